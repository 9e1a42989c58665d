using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Documents;

/// <summary>One document of a YAML/JSON file, with its root node.</summary>
public sealed record LoadedDocument(string File, int Index, DocNode Root)
{
    public string? ApiVersion => Root.Get("apiVersion")?.Text;
    public string? Kind => Root.Get("kind")?.Text;
}

/// <summary>What reading one file produced: its documents and the problems found while reading.</summary>
public sealed record LoadedFile(string File, IReadOnlyList<LoadedDocument> Documents, IReadOnlyList<Finding> Findings);
