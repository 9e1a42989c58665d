using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Reporting;
using BackupPolicyLint.Reporting.Model;
using BackupPolicyLint.Reporting.Sarif;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Reporting;

/// <summary>
/// The JSON and SARIF writers byte for byte on what the examples golden files do not reach: every kind of suppression,
/// waivers, a null subject, a span that ends before it starts, a path that needs escaping, text that needs JSON
/// escaping, a custom rule whose help page is a path, --changed-since, --max-results truncating, and a log without an
/// invocation. The files were written by the writers that built the whole document in memory, so the streaming
/// writers are held to the same bytes. Rewrite with BPL_UPDATE_GOLDEN=1 only for an intended change, and read the diff.
/// </summary>
public sealed class JsonAndSarifGoldenTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 20, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Json_OfARunWithEveryInputAndEdgeCase_ShouldMatchGolden() =>
        Match("every-input.json", Reports.Write(new JsonReportWriter(), EveryInputAndEdgeCase()));

    [Fact]
    public void Sarif_TruncatedByMaxResults_ShouldMatchGolden() =>
        Match("every-input-max-results.sarif", Reports.Write(new SarifReportWriter(new SarifRunOptions(1, Start, Start.AddSeconds(3), MaxResults: 12)), EveryInputAndEdgeCase()));

    [Fact]
    public void Sarif_WithoutAnInvocation_ShouldMatchGolden() =>
        Match("every-input-no-invocation.sarif", Reports.Write(new SarifReportWriter(), EveryInputAndEdgeCase()));

    private static CheckReport EveryInputAndEdgeCase()
    {
        var report = Checks.ExamplesWithEveryInput();
        var template = report.Findings[0];
        Finding[] extra =
        [
            template with
            {
                Message = "quotes ' and \", accents é, a line\nbreak, a separator \u2028, an emoji \U0001F4BE and a tab\t",
                Span = new SourceSpan("my plans/a#1 é.yaml", 4, 9, 4, 2),
                Subject = null,
                Source = SourceKind.Config,
                Suppressed = true,
                Suppression = new Suppression(SuppressionKind.Inline, "checked by hand", "team-db", new DateOnly(2027, 3, 31), "my plans/a#1 é.yaml:3"),
            },
            template with { Message = "flag only", Suppressed = true, Suppression = null, Severity = Severity.Note },
            template with
            {
                Message = "baselined",
                Suppressed = true,
                Suppression = new Suppression(SuppressionKind.Baseline, "in the baseline", null, null, "bpl-baseline.json"),
                Severity = Severity.Warning,
            },
            template with { RuleId = "ACME900", RuleName = "acme-path-help", Message = "custom rule, help page in the repository", Span = new SourceSpan("plans/b.yaml", 7, 3, 9, 1) },
        ];
        var pathHelp = new ReportRule
        {
            Id = "ACME900", Name = "acme-path-help", Title = "t", Description = "d", Help = "h *markdown*", HelpUri = "policies/rules/acme900.yaml",
            Category = "Custom", DefaultLevel = Severity.Warning, SecuritySeverity = 7.25,
        };
        return report with
        {
            Findings = [.. report.Findings, .. extra],
            Rules = [.. report.Rules, pathHelp],
            RepositoryPrefix = "infra dir",
            Run = report.Run with { ChangedSince = "origin/main" },
            Baseline = new BaselineCounts(1, 2, 3),
        };
    }

    private static void Match(string name, string actual)
    {
        var path = Repo.Path("tests", "BackupPolicyLint.Tests", "Reporting", "Golden", name);
        if (Environment.GetEnvironmentVariable("BPL_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"golden file {name} is missing; run the test with BPL_UPDATE_GOLDEN=1 to create it");
        var expected = File.ReadAllText(path);
        Assert.True(expected == actual, $"output differs from Reporting/Golden/{name}:\n{LineDiff.Unified(expected, actual, $"Golden/{name}", "this run")}");
    }
}
