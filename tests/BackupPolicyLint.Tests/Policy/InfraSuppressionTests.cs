using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Policy;

/// <summary>Inline `# bpl-ignore` comments work in neo4j.conf and scripts, not only in plan files.</summary>
public sealed class InfraSuppressionTests
{
    private const string Conf = "server.backup.enabled=true\n{0}server.backup.listen_address=0.0.0.0:6362\ndbms.ssl.policy.backup.enabled=false\n";

    [Fact]
    public void ConfSetting_WithAJustifiedIgnoreOnTheLineBefore_ShouldBeSuppressed()
    {
        using var directory = new TempDirectory();
        directory.Write("neo4j.conf", string.Format(System.Globalization.CultureInfo.InvariantCulture, Conf, "# bpl-ignore BPL501 -- the backup network is an isolated VLAN, see SEC-114\n"));

        var report = Checks.Run(directory.Path, ".");

        var finding = Assert.Single(report.Findings, f => f.RuleId == "BPL501");
        Assert.True(finding.Suppressed);
        Assert.Equal(("neo4j.conf", 3), (finding.Span.File, finding.Span.Line));
        Assert.Contains(report.Findings, f => f.RuleId == "BPL502" && !f.Suppressed);
    }

    [Fact]
    public void ConfSetting_WithoutAnIgnore_ShouldBeReported()
    {
        using var directory = new TempDirectory();
        directory.Write("neo4j.conf", string.Format(System.Globalization.CultureInfo.InvariantCulture, Conf, ""));

        var report = Checks.Run(directory.Path, ".");

        Assert.False(Assert.Single(report.Findings, f => f.RuleId == "BPL501").Suppressed);
    }

    [Fact]
    public void ScriptLine_WithAnUnjustifiedIgnore_ShouldStayAndBeFlagged()
    {
        using var directory = new TempDirectory();
        directory.Write("backup.sh", "#!/bin/sh\ncp -r /var/lib/neo4j/data/databases /mnt/copy   # bpl-ignore BPL206\n");

        var report = Checks.Run(directory.Path, ".");

        Assert.False(Assert.Single(report.Findings, f => f.RuleId == "BPL206").Suppressed);
        Assert.Contains(report.Findings, f => f.RuleId == "BPL006" && f.Span.File == "backup.sh" && f.Span.Line == 2);
    }
}
