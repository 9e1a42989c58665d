using BackupPolicyLint.Reporting;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Hostile;

/// <summary>Broken and oversized shell scripts: no crash, bounded work, one line per finding.</summary>
public sealed class HostileScriptTests
{
    [Fact]
    public void UnbalancedQuote_ShouldNotTurnTheRestOfTheFileIntoADatabaseName()
    {
        using var directory = new TempDirectory();
        directory.Write("backup.sh", "#!/bin/sh\nneo4j-admin database backup \"neo4j --to-path=/backups\necho done\n");

        var report = Checks.Run(directory.Path, ".");
        var text = new StringWriter();
        new TextReportWriter(color: false).Write(report, text);

        Assert.DoesNotContain(report.Findings, f => f.RuleId == "BPL004");
        Assert.DoesNotContain(report.Findings, f => f.Message.Contains("echo done", StringComparison.Ordinal));
        Assert.All(text.ToString().TrimEnd('\n').Split('\n')[..^1], line => Assert.StartsWith("backup.sh:", line, StringComparison.Ordinal));
    }

    [Fact]
    public void MegabyteSingleLineScript_ShouldBeAnalysedWithoutFailure()
    {
        using var directory = new TempDirectory();
        var line = "neo4j-admin database backup neo4j --to-path=/b " + string.Join(' ', Enumerable.Repeat("--verbose", 110_000));
        directory.Write("long.sh", "#!/bin/sh\n" + line + "\n");

        var report = Checks.Run(directory.Path, ".");

        Assert.Equal(1, report.FilesChecked);
        Assert.DoesNotContain(report.Findings, f => f.RuleId is "BPL001" or "BPL004");
        Assert.Contains(report.Findings, f => f.RuleId == "BPL101" && f.Span.File == "long.sh" && f.Span.Line == 2);
    }
}
