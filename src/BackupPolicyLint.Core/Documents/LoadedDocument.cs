using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Documents;

/// <summary>One document of a YAML/JSON file, with its root node.</summary>
public sealed record LoadedDocument(string File, int Index, DocNode Root)
{
    /// <summary>The document's <c>apiVersion</c>, e.g. <c>bpl/v1</c>; null when it has none.</summary>
    public string? ApiVersion => Root.Get("apiVersion")?.Text;
    /// <summary>The document's <c>kind</c>, e.g. <c>BackupPlan</c>; null when it has none.</summary>
    public string? Kind => Root.Get("kind")?.Text;
}

/// <summary>What reading one file produced: its documents and the problems found while reading.</summary>
internal sealed record LoadedFile(string File, IReadOnlyList<LoadedDocument> Documents, IReadOnlyList<Finding> Findings);
