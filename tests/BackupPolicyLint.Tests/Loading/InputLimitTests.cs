using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Loading.Discovery;
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
        Assert.Contains($"| backup and dump commands in one file | {ReaderLimits.Default.MaxBackupCommandsPerFile:N0} |", File.ReadAllText(Repo.Path("docs", "security.md")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(InfraFileKind.Shell, "backup.sh", "#!/bin/bash\n", "{0}\n", 2)]
    [InlineData(InfraFileKind.Yaml, "cronjob.yaml", "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: b\nspec:\n  schedule: \"0 1 * * *\"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n            - name: backup\n              image: neo4j:5.26-enterprise\n              command: [\"/bin/sh\", \"-c\"]\n              args:\n                - |\n", "                  {0}\n", 17)]
    public void Script_WithMoreBackupCommandsThanTheLimit_ShouldStopThereAndKeepTheOnesBefore(object fileKind, string name, string head, string line, int firstLine)
    {
        // object: a theory is public and InfraFileKind is internal; InlineData still names the enum's values.
        var kind = (InfraFileKind)fileKind;
        var limits = new ReaderLimits { MaxBackupCommandsPerFile = 5 };
        var commands = Enumerable.Range(1, 7).Select(i => string.Format(System.Globalization.CultureInfo.InvariantCulture, line, $"neo4j-admin database backup --to-path=/backups db{i}"));
        var text = head + string.Concat(commands);

        var result = InfraLoader.Parse(new InputFile(name, name, Explicit: true), kind, text, limits);

        var limit = Assert.Single(result.Findings);
        Assert.Equal((DiagnosticIds.ParseError, name, firstLine + 5), (limit.RuleId, limit.Span.File, limit.Span.Line));
        Assert.StartsWith("more than 5 backup and dump commands in one file", limit.Message, StringComparison.Ordinal);
        Assert.Equal(5, result.Facts.Sum(f => f.Jobs.Count));
    }
}
