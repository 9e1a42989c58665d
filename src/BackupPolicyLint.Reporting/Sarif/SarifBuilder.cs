using System.Globalization;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Reporting.Model;
using BackupPolicyLint.Rules.Controls;

namespace BackupPolicyLint.Reporting.Sarif;

/// <summary>Maps a finished report onto SARIF 2.1.0: rules that ran in the driver, one result per finding (none for passes).</summary>
public static class SarifBuilder
{
    /// <summary>The partialFingerprints key: bpl's fingerprint (rule, file, element names; never lines), version 1.</summary>
    public const string FingerprintKey = "bplFingerprint/v1";

    public static SarifLog Build(CheckReport report)
    {
        var ruleIndex = report.Rules.Select((rule, index) => (rule.Id, index)).ToDictionary(x => x.Id, x => x.index, StringComparer.Ordinal);
        var driver = new SarifDriver(CheckReport.ToolName, report.ToolVersion, report.ToolVersion, CheckReport.InformationUri, report.Rules.Select(Rule).ToList());
        var results = report.Findings.Select(f => Result(report, f, ruleIndex)).ToList();
        var packs = report.Packs
            .Select(p => new SarifPolicyPack(p.Name, p.Version, p.Origin, p.ContentHash, report.Plans.Where(plan => plan.Pack == p.Name).Select(plan => plan.Name).ToList()))
            .ToList();
        var properties = new SarifRunProperties(packs, report.Run.Now.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), report.Run.ChangedSince);
        return new SarifLog([new SarifRun(new SarifTool(driver), results, properties)]);
    }

    private static SarifRule Rule(ReportRule rule) => new(
        rule.Id,
        rule.Name,
        new SarifMessage(rule.Title),
        new SarifMessage(rule.Description),
        new SarifMessage(rule.Help, rule.Help),
        rule.HelpUri,
        new SarifConfiguration(rule.DefaultLevel.ToName()),
        new SarifRuleProperties([rule.Category], rule.Controls.Select(c => $"{c.Framework.ToShortTitle()} {c.Id}").ToList()));

    private static SarifResult Result(CheckReport report, Finding finding, Dictionary<string, int> ruleIndex)
    {
        var span = finding.Span;
        var location = new SarifLocation(new SarifPhysicalLocation(
            new SarifArtifactLocation(Uri(report.RepositoryPath(span.File))),
            Region(span)));
        // An inline comment is "inSource"; waivers and baselines live outside the checked file ("external").
        IReadOnlyList<SarifSuppression>? suppressions = finding.Suppression is { } why
            ? [new SarifSuppression(why.Kind == SuppressionKind.Inline ? "inSource" : "external", SuppressionText.Describe(finding))]
            : finding.Suppressed ? [new SarifSuppression("external", null)] : null;
        return new SarifResult(
            finding.RuleId,
            ruleIndex.TryGetValue(finding.RuleId, out var index) ? index : -1,
            finding.Severity.ToName(),
            new SarifMessage(finding.Message),
            [location],
            new Dictionary<string, string> { [FingerprintKey] = finding.Fingerprint },
            suppressions,
            new SarifResultProperties(finding.Subject, finding.Source.ToName()));
    }

    /// <summary>SARIF requires the end at or after the start; a span that ends before it starts is shown empty.</summary>
    private static SarifRegion Region(SourceSpan span)
    {
        var endLine = Math.Max(span.EndLine, span.Line);
        var endColumn = endLine == span.Line ? Math.Max(span.EndColumn, span.Column) : Math.Max(span.EndColumn, 1);
        return new SarifRegion(span.Line, span.Column, endLine, endColumn);
    }

    /// <summary>A relative URI reference: each path segment percent-encoded, '/' kept.</summary>
    private static string Uri(string path) => string.Join('/', path.Split('/').Select(System.Uri.EscapeDataString));
}
