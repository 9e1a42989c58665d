using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Loading.Infra;
using BackupPolicyLint.Loading.Yaml;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Loading;

/// <summary>
/// The documented input limits (docs/security.md, "Limits on input") end reading with BPL001 where they were reached,
/// and what came before is still judged; an input just under a limit is read whole.
/// </summary>
public sealed class InputLimitTests
{
    [Theory]
    [InlineData(10, false)]
    [InlineData(11, true)]
    public void Mapping_WithMoreKeysThanTheLimit_ShouldStopAtTheFirstKeyPastIt(int keys, bool stops)
    {
        var text = "top:\n" + string.Concat(Enumerable.Range(1, keys).Select(i => $"  key{i}: {i}\n"));

        var file = LocatedYamlReader.Read("big.yaml", text, new ReaderLimits { MaxKeysPerMapping = 10 });

        if (stops)
        {
            var limit = Assert.Single(file.Findings);
            Assert.Equal((DiagnosticIds.ParseError, 12, 3), (limit.RuleId, limit.Span.Line, limit.Span.Column));
            Assert.Equal("the mapping has more than 10 keys; the file is not read further", limit.Message);
        }
        else
        {
            Assert.Empty(file.Findings);
            Assert.Equal(10, file.Documents[0].Root.Get("top")!.Entries.Count);
        }
    }

    [Fact]
    public void DefaultKeyLimit_ShouldBeDocumented()
    {
        Assert.Contains($"| keys in one mapping | {ReaderLimits.Default.MaxKeysPerMapping:N0} |", File.ReadAllText(Repo.Path("docs", "security.md")), StringComparison.Ordinal);
        Assert.Contains($"| backup and dump commands in one file | {InfraFileFacts.MaxJobs:N0} |", File.ReadAllText(Repo.Path("docs", "security.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Script_WithMoreBackupCommandsThanTheLimit_ShouldStopThereAndJudgeTheRest()
    {
        using var directory = new TempDirectory();
        var lines = Enumerable.Range(1, InfraFileFacts.MaxJobs + 2).Select(i => $"neo4j-admin database backup --to-path=/backups db{i}");
        directory.Write("backup.sh", "#!/bin/bash\nset -euo pipefail\n" + string.Join('\n', lines) + "\n");

        var report = Checks.Run(directory.Path, "backup.sh");

        var limit = Assert.Single(report.Findings, f => f.RuleId == DiagnosticIds.ParseError);
        Assert.Equal(("backup.sh", InfraFileFacts.MaxJobs + 3, 1), (limit.Span.File, limit.Span.Line, limit.Span.Column));
        Assert.StartsWith($"more than {InfraFileFacts.MaxJobs:N0} backup and dump commands in one file", limit.Message, StringComparison.Ordinal);
        // The commands before the limit are still judged (a local backup folder: no off-site copy).
        Assert.Contains(report.Findings, f => f.RuleId != DiagnosticIds.ParseError && f.Span.File == "backup.sh");
    }
}
