using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Engine;
using BackupPolicyLint.Loading.Config;
using BackupPolicyLint.Reporting;
using BackupPolicyLint.Suppressions;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Policy;

/// <summary>
/// Waivers name rules that exist (by id or name), never a pattern; the report counts what each suppressed, and a waiver in
/// force whose target was checked but that suppressed nothing is BPL007 (a note), while one whose plan was not in the run
/// is not judged.
/// </summary>
public sealed class WaiverUseTests
{
    private const string Plan = "apiVersion: bpl/v1\nkind: BackupPlan\nmetadata:\n  name: orders\n  owner: team\nspec:\n  environment: staging\n  databases:\n    - name: neo4j\n";

    private static CheckReport Run(string waivers)
    {
        using var directory = new TempDirectory();
        directory.Write("plan.yaml", Plan);
        directory.Write(".bpl.yaml", "apiVersion: bpl/v1\nkind: Config\nspec:\n  waivers: [waivers.yaml]\n");
        directory.Write("waivers.yaml", "apiVersion: bpl/v1\nkind: Waivers\nspec:\n  waivers:\n" + waivers);
        var config = ConfigLoader.Load(Path.Combine(directory.Path, ".bpl.yaml"), ".bpl.yaml");
        return CheckPipeline.Run(new CheckRequest { Paths = ["plan.yaml"], WorkingDirectory = directory.Path, Now = Checks.Now, Config = config });
    }

    private static string Entry(string rule, string extra = "") => $"    - rule: {rule}\n      justification: accepted for now\n      expires: 2027-01-31\n{extra}";

    [Fact]
    public void EachWaiver_ShouldBeCountedWithItsState()
    {
        var report = Run(
            Entry("BPL102", "      plan: orders\n")                   // line 5: suppresses the uncovered database
            + Entry("system-database-not-covered")                  // line 9: by name, suppresses BPL101
            + Entry("BPL405")                                      // line 12: the plan has no retention: nothing to waive
            + Entry("BPL402", "      plan: payments\n")              // line 15: a plan this run did not check
            + "    - rule: BPL404\n      justification: old\n      expires: 2026-01-31\n"); // line 19: expired

        var states = report.Waivers.Select(u => (u.Waiver.RuleId, u.State, u.Suppressed)).ToList();
        Assert.Equal(
            [("BPL102", WaiverState.Used, 1), ("BPL101", WaiverState.Used, 1), ("BPL405", WaiverState.Unused, 0), ("BPL402", WaiverState.TargetNotChecked, 0), ("BPL404", WaiverState.Expired, 0)],
            states);
        var unused = Assert.Single(report.Findings, f => f.RuleId == DiagnosticIds.WaiverUnused);
        Assert.Equal(("waivers.yaml", 12, 7, Severity.Note), (unused.Span.File, unused.Span.Line, unused.Span.Column, unused.Severity));
        Assert.Contains("the waiver of BPL405 suppressed no finding", unused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"*\"", "a waiver names one rule, not a pattern")]
    [InlineData("BPL1*", "a waiver names one rule, not a pattern")]
    [InlineData("BPL1011", "'BPL1011' is not a rule bpl knows (built-in or custom); did you mean 'BPL101'?")]
    [InlineData("retention-undefinde", "did you mean 'BPL404'?")]
    [InlineData("everything", "'everything' is not a rule bpl knows (built-in or custom)")]
    public void Waiver_OfARuleThatDoesNotExist_ShouldEndTheRunAtTheRule(string rule, string expected)
    {
        var ex = Assert.Throws<CheckFailureException>(() => Run(Entry(rule)));

        Assert.Equal(CheckFailureKind.InvalidPolicy, Assert.Single(ex.Failures).Kind);
        Assert.StartsWith("waivers.yaml:5:13: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}
