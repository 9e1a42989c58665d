using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Loading.Baselines;
using BackupPolicyLint.Loading.Discovery;
using BackupPolicyLint.Loading.Files;
using BackupPolicyLint.Loading.Policies;
using BackupPolicyLint.Loading.Yaml;
using BackupPolicyLint.Suppressions;

namespace BackupPolicyLint.Engine;

/// <summary>
/// After the rules: inline <c># bpl-ignore</c> comments of the checked files, then waivers, then (after fingerprints)
/// the baseline. Each step only marks findings suppressed, with why; the findings about suppressions themselves
/// (BPL005, BPL006) are added here.
/// </summary>
internal sealed class SuppressionStage
{
    private readonly CheckRequest _options;
    private readonly ProjectPolicy _project;
    private readonly JudgedPlans _plans;
    private readonly DateOnly _today;
    private readonly WaiverMatcher? _waivers;
    private readonly Dictionary<string, FileSuppressions> _comments = new(StringComparer.Ordinal);

    public SuppressionStage(CheckRequest options, ProjectPolicy project, JudgedPlans plans)
    {
        _options = options;
        _project = project;
        _plans = plans;
        _today = DateOnly.FromDateTime(options.Now.UtcDateTime);
        _waivers = project.Waivers.Count > 0 ? new WaiverMatcher(project.Waivers, Target, _today) : null;
    }

    /// <summary>Each waiver of the project config and how many findings it suppressed (filled by <see cref="WaiverProblems"/>).</summary>
    public IReadOnlyList<WaiverUse> WaiverUses { get; private set; } = [];

    /// <summary>
    /// Reads the bpl-ignore comments of the checked files, keeps those in force, and returns a finding for each that
    /// suppresses nothing (rejected, expired), in file then line order.
    /// </summary>
    public List<Finding> JudgeComments(IReadOnlyList<InputFile> readFiles)
    {
        var problems = new List<Finding>();
        foreach (var file in readFiles)
        {
            if (Lines(file.FullPath) is { } lines)
            {
                var judged = InlineSuppressions.Judge(file.DisplayPath, lines, _project.Inline, _today);
                problems.AddRange(judged.Problems);
                if (judged.Live.Count > 0)
                {
                    _comments.TryAdd(file.DisplayPath, judged);
                }
            }
        }

        return problems;
    }

    /// <summary>The finding, suppressed when a bpl-ignore comment of its file covers it.</summary>
    public Finding Inline(Finding finding) => _comments.TryGetValue(finding.Span.File, out var comments) ? comments.Suppress(finding) : finding;

    /// <summary>The finding, suppressed when a waiver in force targets it; <paramref name="count"/> counts it in the waiver's uses.</summary>
    public Finding Waive(Finding finding, bool count) => _waivers?.Apply(finding, count) ?? finding;

    /// <summary>
    /// After every finding was counted: BPL005 for waivers past their date or missing one in production, then BPL007
    /// for waivers in force that suppressed nothing although their target was checked.
    /// </summary>
    public List<Finding> WaiverProblems(IReadOnlyList<InputFile> readFiles)
    {
        if (_waivers is null)
        {
            return [];
        }

        var planNames = _plans.Names.ToHashSet(StringComparer.Ordinal);
        var (uses, unused) = Waivers.Uses(_waivers.Suppressed, _project.Waivers, planNames, readFiles.Select(f => f.FullPath).ToList(), _today);
        WaiverUses = uses;
        return [.. _waivers.Problems(), .. unused];
    }

    /// <summary>With --baseline (or the config's baseline): what matches the report's findings against it, in report order; else null.</summary>
    public BaselineMatcher? OpenBaseline()
    {
        var path = _options.Baseline is { } given
            ? Path.GetFullPath(given, _options.WorkingDirectory)
            : _options.Config?.Baseline;
        if (path is null)
        {
            return null;
        }

        if (!File.Exists(path))
        {
            throw new CheckFailureException(CheckFailureKind.MissingInput, $"baseline '{ProjectPolicy.Display(path, _options.WorkingDirectory)}' does not exist; create it with `bpl baseline create --output FILE`", path);
        }

        var display = ProjectPolicy.Display(path, _options.WorkingDirectory);
        try
        {
            var entries = BaselineFile.Read(path, display);
            var directory = Path.GetDirectoryName(path)!;
            return new BaselineMatcher(entries, f => KeyOf(f, directory), display);
        }
        catch (PolicyDocumentException ex)
        {
            throw new CheckFailureException(CheckFailureKind.InvalidPolicy, ex.Message, path);
        }
    }

    /// <summary>A finding's baseline entry, its file relative to <paramref name="baselineDirectory"/>.</summary>
    public BaselineEntry KeyOf(Finding finding, string baselineDirectory)
    {
        var full = Path.GetFullPath(finding.Span.File, _options.WorkingDirectory);
        var relative = Path.GetRelativePath(baselineDirectory, full).Replace('\\', '/');
        return _plans.KeyOf(finding, relative);
    }

    private WaiverTarget Target(Finding finding)
    {
        var plan = _plans.PlanOf(finding);
        return new WaiverTarget(plan?.Name, plan?.Environment, Path.GetFullPath(finding.Span.File, _options.WorkingDirectory));
    }

    /// <summary>The file's lines when it mentions bpl-ignore at all (most files are skipped without splitting).</summary>
    private static string[]? Lines(string fullPath)
    {
        try
        {
            // As the loaders read it: a regular file, within the size limit.
            if (InputFileReader.ReadAll(fullPath, ReaderLimits.Default.MaxFileBytes).Bytes is not { } bytes
                || SourceFiles.Decode(fullPath, bytes, ReaderLimits.Default).Text is not { } text)
            {
                return null;
            }

            return text.Contains("bpl-ignore", StringComparison.Ordinal) ? text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray() : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
