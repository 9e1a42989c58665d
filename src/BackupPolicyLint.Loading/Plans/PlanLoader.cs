using System.Text;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Documents;
using BackupPolicyLint.Loading.Discovery;
using BackupPolicyLint.Loading.Files;
using BackupPolicyLint.Loading.Schema;
using BackupPolicyLint.Loading.Yaml;
using BackupPolicyLint.Model;

namespace BackupPolicyLint.Loading.Plans;

/// <summary>The plans of one file and the problems met reading them.</summary>
internal sealed record PlanFileResult(InputFile File, bool Read, IReadOnlyList<BackupPlan> Plans, IReadOnlyList<Finding> Findings)
{
    /// <summary>Every document of the file is one of bpl's (apiVersion bpl/…): nothing in it for the infrastructure readers.</summary>
    public bool OnlyBplDocuments { get; init; }
}

/// <summary>
/// Loads backup plans from files: reads, parses with locations, validates against the schema and binds.
/// Documents of other kinds are skipped silently, so plans can live beside Kubernetes manifests.
/// </summary>
internal static class PlanLoader
{
    public const string ApiVersion = ApiGroup + "v1";

    /// <summary>What every apiVersion of bpl's own documents starts with.</summary>
    public const string ApiGroup = "bpl/";
    public const string PlanKind = "BackupPlan";

    /// <summary>How much of a file found by walking is searched for <see cref="ApiVersion"/> before parsing it.</summary>
    private const int SniffBytes = 64 * 1024;

    private static readonly byte[] Marker = Encoding.ASCII.GetBytes(ApiGroup);

    /// <summary>Kind names that make a walked file worth parsing even without "bpl/": a plan whose apiVersion is misspelt.</summary>
    private static readonly byte[][] KindMarkers = [Encoding.ASCII.GetBytes(PlanKind), Encoding.ASCII.GetBytes("PolicyPack"), Encoding.ASCII.GetBytes("Waivers")];

    /// <summary>bpl's own policy documents: data for --config/--policy, never plans to check.</summary>
    public static readonly IReadOnlyList<string> PolicyKindNames = ["PolicyPack", "Waivers", "Baseline", "Config", "Rule"];

    public static readonly IReadOnlySet<string> PolicyKinds = new HashSet<string>(PolicyKindNames, StringComparer.Ordinal);

    public static PlanFileResult Load(InputFile file, ReaderLimits? limits = null)
    {
        limits ??= ReaderLimits.Default;
        byte[] bytes;
        var onlyKindMentioned = false;
        try
        {
            // One open per file, and only of a regular file: the head decides whether a walked file is ours, and the
            // rest is read only then, never past the size limit (oversized files cost no memory).
            using var stream = InputFileReader.Open(file.FullPath);
            if (!file.Explicit)
            {
                var head = InputFileReader.ReadHead(stream, SniffBytes);
                if (!MentionsBpl(head))
                {
                    onlyKindMentioned = MentionsBplKind(head);
                    if (!onlyKindMentioned)
                    {
                        // A YAML/JSON file of some other tool: not ours to judge (no finding, not counted).
                        return new PlanFileResult(file, Read: false, [], []);
                    }
                }

                stream.Position = 0;
            }

            var (content, length) = InputFileReader.ReadAll(stream, limits.MaxFileBytes);
            if (content is null)
            {
                return new PlanFileResult(file, Read: true, [], [SourceFiles.TooLarge(file.DisplayPath, length, limits)]);
            }

            bytes = content;
        }
        catch (NotRegularFileException ex)
        {
            return new PlanFileResult(file, Read: true, [], [DiagnosticIds.Create(DiagnosticIds.ParseError, ex.Message, SourceSpan.FileStart(file.DisplayPath))]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var problem = DiagnosticIds.Create(DiagnosticIds.ParseError, $"cannot read file: {InputFileReader.Reason(ex, file.FullPath, file.DisplayPath)}", SourceSpan.FileStart(file.DisplayPath));
            return new PlanFileResult(file, Read: true, [], [problem]);
        }

        var result = LoadText(file, bytes, limits);
        // Parsed only for its kind name and nothing of bpl's was in it (Trilio's BackupPlan, say): not ours, not counted.
        var claimedByBpl = result.Plans.Count > 0 || result.Findings.Any(f => f.RuleId == DiagnosticIds.SchemaViolation);
        return onlyKindMentioned && !claimedByBpl ? new PlanFileResult(file, Read: false, [], []) : result;
    }

    public static PlanFileResult LoadText(InputFile file, byte[] bytes, ReaderLimits limits)
    {
        var (text, decodeProblem) = SourceFiles.Decode(file.DisplayPath, bytes, limits);
        if (text is null)
        {
            return new PlanFileResult(file, Read: true, [], [decodeProblem!]);
        }

        if (file.FullPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && JsonSyntax.Check(file.DisplayPath, text, limits) is { } jsonProblem)
        {
            return new PlanFileResult(file, Read: true, [], [jsonProblem]);
        }

        var parsed = LocatedYamlReader.Read(file.DisplayPath, text, limits);
        var findings = new List<Finding>(parsed.Findings);
        var plans = new List<BackupPlan>();
        var directory = Path.GetDirectoryName(file.FullPath) ?? ".";
        foreach (var document in parsed.Documents)
        {
            if (!IsPlan(document, findings))
            {
                continue;
            }

            var schemaFindings = SchemaValidator.Validate(document.Root);
            findings.AddRange(schemaFindings);
            var reported = new HashSet<string>(schemaFindings.Select(f => f.LogicalPath), StringComparer.Ordinal);
            var (plan, bindFindings) = PlanBinder.Bind(document, reported, runbook => RunbookExists(directory, runbook));
            findings.AddRange(bindFindings);
            plans.Add(plan);
        }

        // A policy file found by walking (a pack, rule, waivers, config or baseline next to the plans) is not a checked
        // file: it neither counts in summary.files nor changes what is reported unless --config/--policy names it.
        if (!file.Explicit && plans.Count == 0 && findings.Count == 0 && parsed.Documents.Count > 0
            && parsed.Documents.All(d => d.Kind is { } kind && PolicyKinds.Contains(kind)))
        {
            return new PlanFileResult(file, Read: false, [], []);
        }

        return new PlanFileResult(file, Read: true, plans, findings)
        {
            OnlyBplDocuments = parsed.Documents.Count > 0 && parsed.Documents.All(d => d.ApiVersion?.StartsWith(ApiGroup, StringComparison.Ordinal) == true),
        };
    }

    private static bool IsPlan(LoadedDocument document, List<Finding> findings)
    {
        if (BplDocumentIdentity.Problem(document) is { } problem)
        {
            findings.Add(problem);
            return false;
        }

        return document.Root.IsMapping && document.Kind == PlanKind && document.ApiVersion == ApiVersion;
    }

    private static bool RunbookExists(string planDirectory, string runbook)
    {
        try
        {
            return File.Exists(Path.GetFullPath(runbook, planDirectory));
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return false;
        }
    }

    private static bool MentionsBplKind(ReadOnlySpan<byte> head)
    {
        foreach (var marker in KindMarkers)
        {
            if (head.IndexOf(marker) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Files found by walking a directory are parsed only when they mention "bpl/" near the top.</summary>
    private static bool MentionsBpl(ReadOnlySpan<byte> head) =>
        head.IndexOf(Marker) >= 0
        // UTF-16 text never matches the ASCII marker; let the decoder look at it.
        || head.Length >= 2 && (head[0] == 0xFF && head[1] == 0xFE || head[0] == 0xFE && head[1] == 0xFF);
}
