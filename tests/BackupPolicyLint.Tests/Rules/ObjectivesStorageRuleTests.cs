using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Loading.Discovery;
using BackupPolicyLint.Loading.Plans;
using BackupPolicyLint.Loading.Yaml;
using BackupPolicyLint.Rules;
using BackupPolicyLint.Rules.BuiltIn;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Rules;

/// <summary>Cases the fixtures cannot express: pack parameters, and inputs that other diagnostics already reject.</summary>
public sealed class ObjectivesStorageRuleTests
{
    private static readonly string BasePlan = File.ReadAllText(Path.Combine(Repo.Fixtures, "base-plan.yaml"));

    private static (List<Finding> Rule, List<Finding> Loader) Run(string ruleId, Dictionary<string, string>? parameters = null, params string[] replacements)
    {
        var text = BasePlan;
        for (var i = 0; i < replacements.Length; i += 2)
        {
            Assert.Contains(replacements[i], text, StringComparison.Ordinal);
            text = text.Replace(replacements[i], replacements[i + 1], StringComparison.Ordinal);
        }

        var loaded = PlanLoader.LoadText(new InputFile("/x/plan.yaml", "plan.yaml", true), System.Text.Encoding.UTF8.GetBytes(text), ReaderLimits.Default);
        var plan = Assert.Single(loaded.Plans);
        var rule = RuleCatalog.Find(ruleId)!;
        var context = new PlanContext(plan, rule.Descriptor, Severity.Warning, parameters ?? [], Checks.Now);
        return (rule.Check(context).ToList(), loaded.Findings.ToList());
    }

    [Theory]
    [InlineData("5", true)] // 100 GiB at 5 MiB/s: 20480 s, over the 4h RTO
    [InlineData("7.2", false)] // 100 GiB at 7.2 MiB/s: about 14222 s, inside it
    public void RtoAtRisk_ShouldUseThePacksRestoreThroughput(string throughput, bool fires)
    {
        var (findings, _) = Run("BPL304", new() { ["restoreThroughputMiBps"] = throughput });

        Assert.Equal(fires ? 1 : 0, findings.Count);
    }

    [Fact]
    public void RtoAtRisk_WithANonPositiveThroughput_ShouldFailLoudly()
    {
        // The engine turns this into BPL004 rather than silently dividing by zero.
        Assert.Throws<InvalidOperationException>(() => Run("BPL304", new() { ["restoreThroughputMiBps"] = "0" }));
    }

    [Fact]
    public void RetentionBelowMinimum_ShouldUseThePacksMinimums()
    {
        var (findings, _) = Run("BPL405", new() { ["minKeepLast"] = "15", ["minMaxAge"] = "6w" });

        Assert.Equal(["retention/keepLast", "retention/maxAge"], findings.Select(f => f.Subject!.Split('/', 2)[1]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void RpoExceeded_WithAnUnparseableSchedule_ShouldLeaveItToBpl002()
    {
        // Only the nightly full would count (24h > 1h), but the hourly job's real cadence is unknown.
        var (findings, loader) = Run("BPL302", null, "schedule: \"30 * * * *\"", "schedule: \"61 * * * *\"");

        Assert.Empty(findings);
        Assert.Contains(loader, f => f.RuleId == DiagnosticIds.SchemaViolation);
    }

    [Fact]
    public void NoOffSiteCopy_WithAnUndeclaredStorage_ShouldLeaveItToBpl003()
    {
        // 'offsite' is renamed, so the jobs' copyTo names a storage the plan does not declare: it may well be off-site.
        var (findings, _) = Run("BPL401", null, "- name: offsite", "- name: offsite-euc1");

        Assert.Empty(findings);
    }

    [Fact]
    public void BackupsOnDatabaseServer_ShouldJudgeAHostlessLocalDiskByWhereTheJobRuns()
    {
        var (findings, _) = Run("BPL403", null, "      host: backup-vm-1\n      path: /backups\n", "      path: /backups\n", "runsOn: backup-vm-1\n      runAs: neo4j\n      from: [ server-1:6362, server-2:6362, server-3:6362 ]\n      remoteAddressResolution: true\n      includeMetadata", "runsOn: server-1\n      runAs: neo4j\n      from: [ server-1:6362, server-2:6362, server-3:6362 ]\n      remoteAddressResolution: true\n      includeMetadata");

        var finding = Assert.Single(findings);
        Assert.Contains("'nightly-full'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("'server-1'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BackupsOnDatabaseServer_ShouldJudgeEveryJob_CopyIncluded()
    {
        // rules.md: "a job's destination"; a store copy written on a server is lost with it as well.
        var (findings, _) = Run("BPL403", null, "host: backup-vm-1\n      path: /backups", "host: server-3\n      path: /backups", "command: backup\n      type: full", "command: copy");

        Assert.Equal(["'hourly-diff' (backup)", "'nightly-full' (copy)"], findings.Select(f => f.Message.Split(' ')[1] + " " + f.Message.Split(' ')[2]).Order(StringComparer.Ordinal));
    }
}
