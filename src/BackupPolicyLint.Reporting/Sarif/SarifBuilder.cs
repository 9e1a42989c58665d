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

    /// <param name="report">The run.</param>
    /// <param name="options">Exit code, times and --max-results; null leaves out the invocation (a log built outside the CLI).</param>
    public static SarifLog Build(CheckReport report, SarifRunOptions? options = null)
    {
        var ruleIndex = report.Rules.Select((rule, index) => (rule.Id, index)).ToDictionary(x => x.Id, x => x.index, StringComparer.Ordinal);
        var driver = new SarifDriver(CheckReport.ToolName, report.ToolVersion, report.ToolVersion, CheckReport.InformationUri, report.Rules.Select(Rule).ToList());
        var kept = MostSevere(report.Findings, options?.MaxResults);
        var results = kept.Select(f => Result(report, f, ruleIndex)).ToList();
        var packs = report.Packs
            .Select(p => new SarifPolicyPack(p.Name, p.Version, p.Origin, p.ContentHash, report.Plans.Where(plan => plan.Pack == p.Name).Select(plan => plan.Name).ToList()))
            .ToList();
        var truncated = kept.Count < report.Findings.Count;
        var properties = new SarifRunProperties(packs, Utc(report.Run.Now), report.Run.ChangedSince)
        {
            ResultsFound = truncated ? report.Findings.Count : null,
            ResultsTruncated = truncated ? true : null,
        };
        var automation = new SarifAutomationDetails($"{CheckReport.ToolName}/{string.Join('+', report.Run.Paths.DefaultIfEmpty("."))}/");
        IReadOnlyList<SarifInvocation>? invocations = options is null ? null :
        [
            new SarifInvocation(
                options.ExitCode,
                ExecutionSuccessful: true,
                Utc(options.StartTime),
                Utc(options.EndTime),
                truncated
                    ? [new SarifNotification("warning", new SarifMessage($"results truncated: {kept.Count} of {report.Findings.Count} results are in this log (--max-results {options.MaxResults}), the most severe first; the json or html report lists all of them"))]
                    : null),
        ];
        return new SarifLog([new SarifRun(new SarifTool(driver), automation, invocations, results, properties)]);
    }

    private static string Utc(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>At most <paramref name="max"/> findings, the most severe (reported before suppressed), in report order.</summary>
    private static IReadOnlyList<Finding> MostSevere(IReadOnlyList<Finding> findings, int? max)
    {
        if (max is not { } limit || findings.Count <= limit)
        {
            return findings;
        }

        return findings
            .Select((finding, index) => (finding, index))
            .OrderBy(x => x.finding.Suppressed)
            .ThenBy(x => x.finding.Severity)
            .ThenBy(x => x.index)
            .Take(limit)
            .OrderBy(x => x.index)
            .Select(x => x.finding)
            .ToList();
    }

    private static SarifRule Rule(ReportRule rule) => new(
        rule.Id,
        rule.Name,
        new SarifMessage(rule.Title),
        new SarifMessage(rule.Description),
        new SarifMessage(rule.Help, rule.Help),
        IsAbsoluteUrl(rule.HelpUri) ? rule.HelpUri : null,
        new SarifConfiguration(rule.DefaultLevel.ToName()),
        new SarifRuleProperties(
            rule.SecuritySeverity is null ? [rule.Category] : [rule.Category, "security"],
            rule.Controls.Select(c => $"{c.Framework.ToShortTitle()} {c.Id}").ToList(),
            rule.Precision,
            rule.SecuritySeverity?.ToString("0.0", CultureInfo.InvariantCulture)));

    /// <summary>helpUri must be an absolute URI; a custom rule's page given as a path in the repository is left out (its help text stays).</summary>
    private static bool IsAbsoluteUrl(string uri) =>
        System.Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && (parsed.Scheme == System.Uri.UriSchemeHttps || parsed.Scheme == System.Uri.UriSchemeHttp);

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
