using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Rules;

/// <summary>Cases of the method-and-edition rules (BPL201–BPL209) that the base-plan fixtures cannot express well.</summary>
public sealed class MethodRuleTests
{
    private const string Header = "apiVersion: bpl/v1\nkind: BackupPlan\nmetadata: { name: demo }\nspec:\n";

    private static List<string> Messages(string ruleId, string spec) =>
        Checks.RunText(Header + spec).Findings.Where(f => f.RuleId == ruleId).Select(f => $"{f.Span.Line}: {f.Message}").ToList();

    private static string Job(string name, string command, string extra = "") =>
        $"    - {{ name: {name}, command: {command}, databases: [ neo4j ], schedule: \"0 2 * * *\"{extra} }}\n";

    [Fact]
    public void Bpl201_OnCommunity_ShouldFlagCopyAndLocalBackup_ButNotDump()
    {
        // Given a Community DBMS with a local backup (loopback source), a copy and a dump
        var spec = "  dbms: { edition: community }\n  jobs:\n"
            + Job("local", "backup", ", runsOn: db-1, from: [ localhost:6362 ]")
            + Job("compact", "copy")
            + Job("nightly", "dump");

        // When checked
        var messages = Messages("BPL201", spec);

        // Then backup and copy are flagged, the backup not called remote, and the dump passes
        Assert.Equal(2, messages.Count);
        Assert.Contains("'local' runs an online `backup`,", messages[0], StringComparison.Ordinal);
        Assert.Contains("'compact' runs `neo4j-admin database copy`", messages[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Bpl201_OnEnterprise_ShouldAcceptRestore()
    {
        var spec = "  dbms: { edition: enterprise }\n  recovery: { restoreMethod: restore }\n  jobs:\n" + Job("nightly", "backup");

        Assert.Empty(Messages("BPL201", spec));
    }

    [Fact]
    public void Bpl202_WithoutEnvironment_ShouldAssumeProductionWhateverTheTolerance()
    {
        var spec = "  objectives: { downtimeTolerance: hours }\n  jobs:\n" + Job("nightly", "dump");

        var message = Assert.Single(Messages("BPL202", spec));
        Assert.Contains("production is assumed", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bpl204_And_Bpl205_ShouldJudgeDatabasesTheJobsNameButThePlanDoesNotDeclare()
    {
        // Given no declared databases: a diff of 'ledger' without a full, and a copy of 'archive' with nothing else
        var spec = "  jobs:\n"
            + "    - { name: ledger-diff, command: backup, type: diff, databases: [ ledger ], schedule: \"0 * * * *\" }\n"
            + "    - { name: archive-copy, command: copy, databases: [ archive ], schedule: \"0 3 * * *\" }\n";

        Assert.Contains("'ledger'", Assert.Single(Messages("BPL204", spec)), StringComparison.Ordinal);
        Assert.Contains("'archive'", Assert.Single(Messages("BPL205", spec)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"100M size\"")]
    [InlineData("keep_all")]
    public void Bpl208_WithRetentionThatIsNotATimeWindow_ShouldStayQuiet(string retention)
    {
        var spec = $"  dbms: {{ txLogRetention: {retention} }}\n  jobs:\n"
            + "    - { name: weekly-diff, command: backup, type: diff, databases: [ neo4j ], schedule: \"0 2 * * 0\" }\n";

        Assert.Empty(Messages("BPL208", spec));
    }

    [Fact]
    public void Bpl208_WithoutDifferentials_ShouldIgnoreKeepNone()
    {
        var spec = "  dbms: { txLogRetention: keep_none }\n  jobs:\n" + Job("nightly", "backup", ", type: full");

        Assert.Empty(Messages("BPL208", spec));
    }

    [Fact]
    public void Bpl209_ShouldRecogniseACloudUriOnAnyStorageType_AndIgnoreCopyTo()
    {
        // Given a backup to a remote-server storage whose uri is gs://, and one that only copies to S3 afterwards
        var spec = "  storage:\n"
            + "    - { name: bucket, type: remote-server, uri: \"gs://acme/neo4j\" }\n"
            + "    - { name: disk, type: local, path: /backups }\n"
            + "    - { name: s3, type: s3, uri: \"s3://acme/neo4j\" }\n"
            + "  jobs:\n"
            + Job("to-bucket", "backup", ", destination: bucket")
            + Job("to-disk", "backup", ", destination: disk, copyTo: [ s3 ]");

        var message = Assert.Single(Messages("BPL209", spec));
        Assert.Contains("'to-bucket'", message, StringComparison.Ordinal);
    }
}
