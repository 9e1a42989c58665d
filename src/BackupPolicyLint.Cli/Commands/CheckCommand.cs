using System.CommandLine;
using System.Globalization;
using BackupPolicyLint.Cli.Checking;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Reporting;

namespace BackupPolicyLint.Cli.Commands;

/// <summary>`bpl check [PATH...]`: load, judge, report, and exit by the --fail-on threshold.</summary>
public static class CheckCommand
{
    public static readonly string[] Formats = ["text", "json"];
    private static readonly string[] FailOnValues = ["error", "warning", "note", "none"];

    public static Command Create(CliIo io)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files or directories to check (default: the current directory).", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<string?>("--output") { HelpName = "FILE", Description = "Write the report to FILE instead of stdout." };
        var policy = new Option<string?>("--policy") { HelpName = "NAME|FILE", Description = "Policy pack: a built-in name (production, staging, development) or a pack file. Default: by each plan's environment." };
        var now = new Option<string?>("--now") { HelpName = "ISO-8601", Description = "The current time for time-based rules, ISO 8601 (default: the clock)." };
        var failOn = new Option<string>("--fail-on") { Description = "Exit 1 when a finding is at or above this severity.", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong(FailOnValues);

        var inventory = new Option<string[]>("--inventory") { HelpName = "FILE", Description = "An inventory snapshot (kind: Inventory, JSON or YAML) of a DBMS; repeat for several DBMSs." };
        var neo4j = new Neo4jOptions();

        var command = new Command("check", "Check backup plans against the policy and report violations.") { paths, format, output, policy, now, failOn, inventory };
        neo4j.AddTo(command);
        command.SetAction(parse =>
        {
            var options = new CheckOptions
            {
                Paths = parse.GetValue(paths) is { Length: > 0 } given ? given : ["."],
                WorkingDirectory = io.WorkingDirectory,
                Now = ParseNow(parse.GetValue(now)),
                Policy = parse.GetValue(policy),
                InventoryFiles = parse.GetValue(inventory) ?? [],
                LiveInventory = neo4j.Read(parse) is { } live ? () => Inventory.LiveInventory.Collect(live, io) : null,
            };
            var report = CheckPipeline.Run(options);
            var formatName = parse.GetValue(format)!;
            var outputPath = parse.GetValue(output);
            WriteReport(report, formatName, outputPath, io);
            return ExitCodes.For(report.Findings, SeverityNames.Parse(parse.GetValue(failOn)));
        });
        return command;
    }

    private static DateTimeOffset ParseNow(string? text)
    {
        if (text is null)
        {
            return DateTimeOffset.UtcNow;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var now)
            ? now
            : throw new UsageException($"--now '{text}' is not an ISO 8601 date or date-time (e.g. 2026-11-20T06:00:00Z)");
    }

    private static void WriteReport(CheckReport report, string format, string? outputPath, CliIo io)
    {
        IReportWriter writer = format switch
        {
            "json" => new JsonReportWriter(),
            _ => new TextReportWriter(color: outputPath is null && io.UseColor),
        };

        if (outputPath is null)
        {
            writer.Write(report, io.Out);
            return;
        }

        var full = Path.GetFullPath(outputPath, io.WorkingDirectory);
        try
        {
            using var file = new StreamWriter(full, append: false, new System.Text.UTF8Encoding(false));
            writer.Write(report, file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write --output '{outputPath}': {ex.Message}");
        }
    }
}
