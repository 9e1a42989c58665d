using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Documents;
using BackupPolicyLint.Loading.Baselines;
using BackupPolicyLint.Loading.Discovery;
using BackupPolicyLint.Loading.Files;
using BackupPolicyLint.Loading.Policies;
using BackupPolicyLint.Loading.Yaml;
using BackupPolicyLint.Model;
using BackupPolicyLint.Suppressions;

namespace BackupPolicyLint.Engine;

/// <summary>
/// After the rules: inline <c># bpl-ignore</c> comments of the checked files, then waivers, then (after fingerprints)
/// the baseline. Each step only marks findings suppressed, with why; the findings about suppressions themselves
/// (BPL005, BPL006) are added here.
/// </summary>
internal sealed class SuppressionStage(CheckRequest options, ProjectPolicy project, IReadOnlyList<BackupPlan> plans)
{
    private readonly Dictionary<string, BackupPlan> _plansById = plans.ToDictionary(p => p.Id, StringComparer.Ordinal);
    private readonly ILookup<string, BackupPlan> _plansByFile = plans.ToLookup(p => p.File, StringComparer.Ordinal);
    private readonly DateOnly _today = DateOnly.FromDateTime(options.Now.UtcDateTime);

    /// <summary>Each waiver of the project config and how many findings it suppressed (filled by <see cref="Apply"/>).</summary>
    public IReadOnlyList<WaiverUse> WaiverUses { get; private set; } = [];

    public List<Finding> Apply(IReadOnlyList<Finding> findings, IReadOnlyList<InputFile> readFiles)
    {
        IReadOnlyList<Finding> result = findings;
        foreach (var file in readFiles)
        {
            if (Lines(file.FullPath) is { } lines)
            {
                result = InlineSuppressions.Apply(result, file.DisplayPath, lines, project.Inline, _today);
            }
        }

        if (project.Waivers.Count > 0)
        {
            result = Waivers.Apply(result, project.Waivers, Target, _today);
            var planNames = _plansById.Values.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            var (uses, unused) = Waivers.Uses(result, project.Waivers, planNames, readFiles.Select(f => f.FullPath).ToList(), _today);
            WaiverUses = uses;
            result = [.. result, .. unused];
        }

        return result.ToList();
    }

    /// <summary>With --baseline (or the config's baseline): the findings with baselined ones suppressed, and the counts; else null.</summary>
    public BaselineMatch? ApplyBaseline(IReadOnlyList<Finding> findings)
    {
        var path = options.Baseline is { } given
            ? Path.GetFullPath(given, options.WorkingDirectory)
            : options.Config?.Baseline;
        if (path is null)
        {
            return null;
        }

        if (!File.Exists(path))
        {
            throw new CheckFailureException(CheckFailureKind.MissingInput, $"baseline '{ProjectPolicy.Display(path, options.WorkingDirectory)}' does not exist; create it with `bpl baseline create --output FILE`", path);
        }

        var display = ProjectPolicy.Display(path, options.WorkingDirectory);
        try
        {
            var entries = BaselineFile.Read(path, display);
            var directory = Path.GetDirectoryName(path)!;
            return Baselines.Apply(findings, entries, f => KeyOf(f, directory), display);
        }
        catch (PolicyDocumentException ex)
        {
            throw new CheckFailureException(CheckFailureKind.InvalidPolicy, ex.Message, path);
        }
    }

    /// <summary>A finding's baseline entry, its file relative to <paramref name="baselineDirectory"/>.</summary>
    public BaselineEntry KeyOf(Finding finding, string baselineDirectory)
    {
        var full = Path.GetFullPath(finding.Span.File, options.WorkingDirectory);
        var relative = Path.GetRelativePath(baselineDirectory, full).Replace('\\', '/');
        return BaselineKeys.Of(finding, RootOf(finding), relative);
    }

    private DocNode? RootOf(Finding finding) =>
        (finding.PlanId is { } id && _plansById.TryGetValue(id, out var plan) ? plan : _plansByFile[finding.Span.File].FirstOrDefault())?.Node;

    private WaiverTarget Target(Finding finding)
    {
        var plan = finding.PlanId is { } id && _plansById.TryGetValue(id, out var byId) ? byId : _plansByFile[finding.Span.File].FirstOrDefault();
        return new WaiverTarget(plan?.Name, plan?.Environment, Path.GetFullPath(finding.Span.File, options.WorkingDirectory));
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
