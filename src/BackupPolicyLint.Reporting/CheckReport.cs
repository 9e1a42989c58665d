using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Evaluation;
using BackupPolicyLint.Reporting.Model;
using BackupPolicyLint.Suppressions;

namespace BackupPolicyLint.Reporting;

/// <summary>
/// What a run produced, finished: findings sorted and fingerprinted, outcomes in plan then rule order, and what an audit
/// report says about the run. Writers only format it: they never filter, sort, or read files.
/// </summary>
internal sealed record CheckReport(string ToolVersion, IReadOnlyList<Finding> Findings, int FilesChecked, IReadOnlyList<PolicyPack> Packs)
{
    public const string ToolName = "backup-policy-lint";
    public const string InformationUri = "https://github.com/backup-policy-lint/backup-policy-lint";

    /// <summary>One per plan and rule that ran on it, in plan (file, document) then rule-id order.</summary>
    public IReadOnlyList<RuleOutcome> Outcomes { get; init; } = [];

    private (FindingCounts Counts, IReadOnlyList<Finding> Of)? _counts;
    private PlanReportSource? _planReports;

    /// <summary>
    /// The findings counted by severity. The pipeline counts them as it writes them; a report made otherwise, or copied
    /// with other findings (<c>with { Findings = … }</c>), counts its own on first use.
    /// </summary>
    public FindingCounts Counts
    {
        get
        {
            if (_counts is { } given && ReferenceEquals(given.Of, Findings))
            {
                return given.Counts;
            }

            var counted = FindingCounts.Of(Findings);
            _counts = (counted, Findings);
            return counted;
        }

        init => _counts = (value, Findings);
    }

    /// <summary>
    /// The plans in the report's scope, each with its outcomes and findings, read plan by plan: a writer that goes
    /// through them once holds one plan's at a time, also when the run keeps its findings on disk.
    /// </summary>
    public IEnumerable<PlanReport> PlanReports =>
        _planReports is { } source && source.Describes(Findings, Outcomes, Plans) ? source.Read() : PlanReport.Join(Plans, Outcomes, Findings);

    /// <summary>Where <see cref="PlanReports"/> come from when the pipeline streams them; used while the report holds the lists it was made for.</summary>
    public PlanReportSource PlanReportsSource
    {
        init => _planReports = value;
    }

    private IReadOnlyList<ReportRule>? _rules;
    private Func<IReadOnlyList<ReportRule>>? _rulesFactory;

    /// <summary>Every rule and diagnostic the report mentions (rules that ran, diagnostics that were reported), by id.</summary>
    public IReadOnlyList<ReportRule> Rules
    {
        get => _rules ??= _rulesFactory?.Invoke() ?? [];
        init => _rules = value;
    }

    /// <summary>
    /// Makes <see cref="Rules"/> when a format first asks: their texts come from the rule pages, which the text and JSON
    /// formats never read (a tenth of a one-plan run's time).
    /// </summary>
    public Func<IReadOnlyList<ReportRule>> RulesWhenAsked
    {
        init => _rulesFactory = value;
    }

    /// <summary>The files in the report's scope (all files read, or those changed under --changed-since), ordinal order.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>Files about Neo4j that bpl found and did not judge (a Helm template, a resource kind it does not read), with why; shown with --verbose.</summary>
    public IReadOnlyList<SkippedFile> SkippedFiles { get; init; } = [];

    /// <summary>The plans in the report's scope, with the evidence an auditor reads.</summary>
    public IReadOnlyList<PlanSummary> Plans { get; init; } = [];

    public RunInfo Run { get; init; } = new();

    /// <summary>Lines around a finding, provided by the pipeline (writers do no file I/O).</summary>
    public ISourceExcerpts Excerpts { get; init; } = NoSourceExcerpts.Instance;

    /// <summary>The working directory relative to the repository root ("" when they are the same), '/' separated.</summary>
    public string RepositoryPrefix { get; init; } = "";

    public int Count(Severity severity) => Counts.Reported(severity);

    public int SuppressedCount => Counts.Suppressed;

    /// <summary>Every waiver of the project config, with how many findings of the whole run it suppressed.</summary>
    public IReadOnlyList<WaiverUse> Waivers { get; init; } = [];

    /// <summary>With <c>--baseline</c>: how many findings it hid, how many of its entries are fixed, how many findings are new.</summary>
    public BaselineCounts? Baseline { get; init; }

    public int Count(OutcomeKind kind) => Outcomes.Count(o => o.Kind == kind);

    public ReportRule? Rule(string id) => Rules.FirstOrDefault(r => r.Id == id);

    /// <summary>A report path (relative to the working directory) made relative to the repository root.</summary>
    public string RepositoryPath(string file) => RepositoryPaths.Combine(RepositoryPrefix, file);
}

/// <summary>A file bpl did not judge and why.</summary>
internal sealed record SkippedFile(string File, string Reason);
