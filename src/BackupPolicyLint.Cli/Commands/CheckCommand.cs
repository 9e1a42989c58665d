using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text;
using BackupPolicyLint.Cli.Output;
using BackupPolicyLint.Cli.Parsing;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Engine;
using BackupPolicyLint.Reporting;
using BackupPolicyLint.Reporting.GitHub;
using BackupPolicyLint.Reporting.Sarif;
using BackupPolicyLint.Rules.Controls;

namespace BackupPolicyLint.Cli.Commands;

/// <summary>`bpl check [PATH...]`: load, judge, report in each requested format, and exit by the --fail-on threshold.</summary>
internal static class CheckCommand
{
    private static readonly string[] FailOnValues = ["error", "warning", "note", "none"];
    private static readonly string[] ControlValues = ["nist", "iso27001", "soc2"];

    public static Command Create(CliIo io)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files or directories to check (default: the current directory).", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string[]>("--format", "-f") { Description = "Output format; repeat it (each with its --output) to write several reports in one run. Default: text.", AllowMultipleArgumentsPerToken = false };
        format.AcceptOnly([.. ReportFormats.Names]);
        var output = new Option<string[]>("--output", "-o") { HelpName = "FILE", Description = "Write the report of the --format before it to FILE instead of stdout.", AllowMultipleArgumentsPerToken = false };
        var policy = new PolicyOptions();
        var baseline = new Option<string?>("--baseline") { HelpName = "FILE", Description = "Hide the findings this baseline (bpl baseline create) lists; the summary counts baselined, fixed and new." };
        var now = new Option<string?>("--now") { HelpName = "ISO-8601", Description = "The current time for time-based rules, ISO 8601 (default: the clock)." };
        var backups = new Option<string?>("--backups") { HelpName = "DIR", Description = "Backup location to inspect: .backup and .dump artifacts per database, their ages, chains and modes." };
        var backupInspect = new Option<string?>("--backup-inspect") { HelpName = "FILE", Description = "Saved output of `neo4j-admin backup inspect --show-metadata` for exact chain data (needs --backups)." };
        var failOn = new Option<string>("--fail-on") { Description = "Exit 1 when a finding is at or above this severity.", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnly(FailOnValues);
        var controls = new Option<string?>("--controls") { Description = "Group the markdown and html reports by the controls of this framework." };
        controls.AcceptOnly(ControlValues);
        var changedSince = new Option<string?>("--changed-since") { HelpName = "REV", Description = "Report only files that git says changed since REV, and untracked files (all files are still loaded)." };

        var quiet = new Option<bool>("--quiet", "-q") { Description = "Text output: print errors only (the summary line still counts every finding)." };
        var maxWarnings = MaxWarnings.Create();
        var allowNoFiles = new Option<bool>("--allow-no-files") { Description = "Exit 0 (0 files checked) when a PATH holds no file bpl reads, instead of 2: for repositories that add plans later." };
        var maxResults = new Option<int?>("--max-results")
        {
            HelpName = "N",
            Description = "SARIF: at most N results, the most severe first (code scanning refuses very large logs); the run properties say how many were found.",
            CustomParser = result => Counts.Parse(result, "--max-results", minimum: 1),
        };
        var noColor = new Option<bool>("--no-color") { Description = "No ANSI colour in text output, even with FORCE_COLOR set." };

        var inventory = new Option<string[]>("--inventory") { HelpName = "FILE", Description = "An inventory snapshot (kind: Inventory, JSON or YAML) of a DBMS; repeat for several DBMSs." };
        var neo4j = new Neo4jOptions(several: true);

        var command = new Command("check", "Check backup plans against the policy and report violations.") { paths, format, output, now, backups, backupInspect, failOn, controls, changedSince, inventory, baseline, quiet, maxWarnings, noColor, allowNoFiles, maxResults };
        policy.AddTo(command);
        neo4j.AddTo(command);
        command.SetAction(parse =>
        {
            var nowText = parse.GetValue(now);
            var options = policy.Apply(parse, new CheckRequest
            {
                Paths = parse.GetValue(paths) is { Length: > 0 } given ? given : ["."],
                WorkingDirectory = io.WorkingDirectory,
                Now = ParseNow(nowText),
                NowGiven = nowText is not null,
                GeneratedAt = GeneratedAt(io),
                Backups = parse.GetValue(backups),
                BackupInspect = parse.GetValue(backupInspect),
                ChangedSince = parse.GetValue(changedSince),
                InventoryFiles = parse.GetValue(inventory) ?? [],
                LiveInventories = neo4j.Read(parse) is { } live ? () => LiveInventory.Collect(live, io.InventoryHost) : null,
                Baseline = parse.GetValue(baseline),
                AllowNoFiles = parse.GetValue(allowNoFiles),
                Timings = StageTimings.When(io.Environment("BPL_TIMING")),
                Progress = io.Progress,
            }, io);

            // The config's format and fail-on apply when the command line gives none.
            var requested = FormatAndOutputInOrder(parse, format, output).ToList();
            if (!requested.Any(g => g.IsFormat) && options.Config?.Format is { } configFormat)
            {
                requested.Insert(0, new FormatOrOutput(true, configFormat));
            }

            var targets = ReportTargets.Pair(requested);
            var threshold = parse.GetResult(failOn) is { Implicit: false } || options.Config?.FailOn is null
                ? parse.GetValue(failOn)
                : options.Config.FailOn;
            var report = CheckPipeline.Run(options with { FailOn = SeverityNames.Parse(threshold) });
            if (parse.GetValue<bool>("--verbose"))
            {
                foreach (var skipped in report.SkippedFiles)
                {
                    // stderr is a CI log too: a file name must not start a workflow command there.
                    io.Error.WriteLine($"bpl: not judged: {VisibleText.Escape(skipped.File)}: {VisibleText.Escape(skipped.Reason)}");
                }
            }

            // The exit code first: the SARIF log records it.
            var failThreshold = SeverityNames.Parse(threshold);
            var exit = ExitCodes.For(report.Findings, failThreshold);
            if (MaxWarnings.Exceeded(report, parse.GetValue(maxWarnings)) is { } tooMany)
            {
                io.Error.WriteLine($"bpl: {tooMany}");
                exit = ExitCodes.FindingsAtThreshold;
            }

            var writers = new ReportWriters(
                ControlFrameworkNames.Parse(parse.GetValue(controls)),
                Color: io.UseColor && !parse.GetValue(noColor),
                ErrorsOnly: parse.GetValue(quiet),
                FailOn: failThreshold,
                new SarifRunOptions(exit, options.GeneratedAt, FixedTime(io) ? options.GeneratedAt : DateTimeOffset.UtcNow, parse.GetValue(maxResults)));
            foreach (var target in targets)
            {
                WriteReport(report, target, writers, io);
            }

            if (options.Timings is { } timings)
            {
                timings.Mark("reports");
                timings.WriteTo(io.Error);
            }

            if (targets.Any(t => t.Format == "github") && io.Environment("GITHUB_STEP_SUMMARY") is { Length: > 0 } summary)
            {
                // GitHub shows at most 1 MiB per step, counting what earlier commands of the step wrote.
                var left = JobSummary.MaxBytes - ExistingLength(summary, io);
                WriteTo(summary, append: true, "GITHUB_STEP_SUMMARY", io, writer => writer.Write(JobSummary.Render(report, writers.Create("markdown", color: false), left)));
            }

            return exit;
        });
        return command;
    }

    /// <summary>The --format and --output values in command-line order, which pairs them (see <see cref="ReportTargets"/>).</summary>
    private static IEnumerable<FormatOrOutput> FormatAndOutputInOrder(ParseResult parse, Option format, Option output)
    {
        static bool Names(Option option, Token token) => token.Value == option.Name || option.Aliases.Contains(token.Value);

        var tokens = parse.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var isFormat = Names(format, tokens[i]);
            if (tokens[i].Type == TokenType.Option && (isFormat || Names(output, tokens[i])) && tokens[i + 1].Type == TokenType.Argument)
            {
                yield return new FormatOrOutput(isFormat, tokens[i + 1].Value);
                i++;
            }
        }
    }

    internal static DateTimeOffset ParseNow(string? text)
    {
        if (text is null)
        {
            return DateTimeOffset.UtcNow;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var now)
            ? now
            : throw new UsageException($"--now '{text}' is not an ISO 8601 date or date-time (e.g. 2026-11-20T06:00:00Z)");
    }

    /// <summary>The report's generation time: the clock, or SOURCE_DATE_EPOCH (reproducible-builds.org) when set.</summary>
    private static DateTimeOffset GeneratedAt(CliIo io)
    {
        if (io.Environment("SOURCE_DATE_EPOCH") is not { Length: > 0 } epoch)
        {
            return DateTimeOffset.UtcNow;
        }

        return long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= 253402300799
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : throw new UsageException($"SOURCE_DATE_EPOCH '{epoch}' is not a number of seconds since 1970-01-01");
    }

    private static void WriteReport(CheckReport report, ReportTarget target, ReportWriters writers, CliIo io)
    {
        if (target.Output is null)
        {
            writers.Create(target.Format, writers.Color).Write(report, io.Out);
            return;
        }

        WriteTo(target.Output, append: false, $"--output '{target.Output}'", io, writer => writers.Create(target.Format, color: false).Write(report, writer));
    }

    /// <summary>True when SOURCE_DATE_EPOCH fixes the report's times (reproducible output: the SARIF end time is the start).</summary>
    private static bool FixedTime(CliIo io) => io.Environment("SOURCE_DATE_EPOCH") is { Length: > 0 };

    private static long ExistingLength(string path, CliIo io)
    {
        try
        {
            var info = new FileInfo(Path.GetFullPath(path, io.WorkingDirectory));
            return info.Exists ? info.Length : 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return 0; // WriteTo names the problem with the path.
        }
    }

    private static void WriteTo(string path, bool append, string what, CliIo io, Action<TextWriter> write)
    {
        var full = Path.GetFullPath(path, io.WorkingDirectory);
        try
        {
            using var file = new StreamWriter(full, append, new UTF8Encoding(false));
            write(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot write {what}: {ex.Message}");
        }
    }
}
