using System.CommandLine;
using System.Text;
using BackupPolicyLint.Engine;
using BackupPolicyLint.Loading.Baselines;
using BackupPolicyLint.Loading.Policies;
using BackupPolicyLint.Suppressions;

namespace BackupPolicyLint.Cli.Commands;

/// <summary>
/// `bpl baseline create|update`: record today's findings so that a check shows only new ones. Update only drops
/// entries whose finding is fixed, unless --allow-growth lets it add the new findings too.
/// </summary>
internal static class BaselineCommand
{
    public static Command Create(CliIo io)
    {
        var command = new Command("baseline", "Record the current findings so that later checks report only new ones.");
        command.Subcommands.Add(CreateSubcommand(io));
        command.Subcommands.Add(UpdateSubcommand(io));
        return command;
    }

    private static Command CreateSubcommand(CliIo io)
    {
        var paths = Paths();
        var output = new Option<string>("--output") { HelpName = "FILE", Description = "The baseline file to write.", Required = true };
        var now = Now();
        var policy = new PolicyOptions();
        var command = new Command("create", "Write every current (not waived) finding to a baseline file.") { paths, output, now };
        policy.AddTo(command);
        command.SetAction(parse =>
        {
            var file = Path.GetFullPath(parse.GetValue(output)!, io.WorkingDirectory);
            var options = Options(parse, paths, now, policy, io) with { Baseline = null };
            // A config's own baseline must not hide what is being recorded.
            options = options with { Config = options.Config is { } config ? config with { Baseline = null } : null };
            var (report, keyOf) = CheckPipeline.RunWithKeys(options);
            var directory = Path.GetDirectoryName(file)!;
            var entries = report.Findings.Where(f => !f.Suppressed).Select(f => keyOf(f, directory)).ToList();
            Write(file, entries, io);
            io.Out.WriteLine($"{entries.Count} finding{(entries.Count == 1 ? "" : "s")} recorded in {ProjectPolicy.Display(file, io.WorkingDirectory)}");
            return ExitCodes.Clean;
        });
        return command;
    }

    private static Command UpdateSubcommand(CliIo io)
    {
        var paths = Paths();
        var baseline = new Option<string?>("--baseline") { HelpName = "FILE", Description = "The baseline to update (default: the config's baseline)." };
        var allowGrowth = new Option<bool>("--allow-growth") { Description = "Also add the findings that are new since the baseline (by default only fixed entries are removed)." };
        var now = Now();
        var policy = new PolicyOptions();
        var command = new Command("update", "Remove the entries whose finding is fixed (and with --allow-growth, add new findings).") { paths, baseline, allowGrowth, now };
        policy.AddTo(command);
        command.SetAction(parse =>
        {
            var options = Options(parse, paths, now, policy, io) with { Baseline = parse.GetValue(baseline) };
            var file = options.Baseline is { } given ? Path.GetFullPath(given, io.WorkingDirectory) : options.Config?.Baseline
                ?? throw new UsageException("bpl baseline update needs --baseline FILE (or a baseline in the config)");
            options = options with { Baseline = file };
            var (report, keyOf) = CheckPipeline.RunWithKeys(options);
            var directory = Path.GetDirectoryName(file)!;
            List<BaselineEntry> entries;
            try
            {
                entries = BaselineFile.Read(file, ProjectPolicy.Display(file, io.WorkingDirectory)).ToList();
            }
            catch (PolicyDocumentException ex)
            {
                throw new UsageException(ex.Message);
            }

            var counts = report.Baseline!;
            var current = report.Findings
                .Where(f => !f.Suppressed || f.Suppression?.Kind == Diagnostics.SuppressionKind.Baseline)
                .Select(f => keyOf(f, directory))
                .ToList();
            var kept = RemoveFixed(entries, current);
            var added = 0;
            if (parse.GetValue(allowGrowth))
            {
                added = counts.New;
                kept = current;
            }

            Write(file, kept, io);
            io.Out.WriteLine($"{counts.Fixed} fixed entr{(counts.Fixed == 1 ? "y" : "ies")} removed, {added} new finding{(added == 1 ? "" : "s")} added{(added == 0 && counts.New > 0 ? $" ({counts.New} new not added; use --allow-growth)" : "")}");
            return ExitCodes.Clean;
        });
        return command;
    }

    /// <summary>The entries still matched by a current finding, as many times as they are matched.</summary>
    private static List<BaselineEntry> RemoveFixed(IReadOnlyList<BaselineEntry> entries, IReadOnlyList<BaselineEntry> current)
    {
        var available = current.GroupBy(e => e).ToDictionary(g => g.Key, g => g.Count());
        var kept = new List<BaselineEntry>();
        foreach (var entry in entries)
        {
            if (available.GetValueOrDefault(entry) > 0)
            {
                available[entry]--;
                kept.Add(entry);
            }
        }

        return kept;
    }

    private static Argument<string[]> Paths() => new("PATH") { Description = "Files or directories to check (default: the current directory).", Arity = ArgumentArity.ZeroOrMore };

    private static Option<string?> Now() => new("--now") { HelpName = "ISO-8601", Description = "The current time for time-based rules (default: the clock)." };

    private static CheckRequest Options(ParseResult parse, Argument<string[]> paths, Option<string?> now, PolicyOptions policy, CliIo io)
    {
        var nowText = parse.GetValue(now);
        var options = new CheckRequest
        {
            Paths = parse.GetValue(paths) is { Length: > 0 } given ? given : ["."],
            WorkingDirectory = io.WorkingDirectory,
            Now = nowText is null ? DateTimeOffset.UtcNow : CheckCommand.ParseNow(nowText),
            NowGiven = nowText is not null,
            Progress = io.Progress,
        };
        return policy.Apply(parse, options, io);
    }

    private static void Write(string file, IEnumerable<BaselineEntry> entries, CliIo io)
    {
        var text = BaselineFile.Write(entries);
        var encoding = new UTF8Encoding(false);
        if (encoding.GetByteCount(text) > BaselineFile.MaxBytes)
        {
            // Written, it would be refused by every later check: say so now, and write nothing.
            throw new UsageException($"the baseline would be larger than the {BaselineFile.MaxBytes / (1024 * 1024)} MiB bpl reads back; baseline a part of the repository at a time (bpl baseline create PATH)");
        }

        try
        {
            File.WriteAllText(file, text, encoding);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write baseline '{ProjectPolicy.Display(file, io.WorkingDirectory)}': {ex.Message}");
        }
    }
}
