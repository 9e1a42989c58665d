using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Documents;

public enum DocNodeKind
{
    Scalar,
    Mapping,
    Sequence,
}

/// <summary>How a scalar resolves under the YAML 1.2 core schema (quoted scalars are always strings).</summary>
public enum ScalarKind
{
    String,
    Null,
    Bool,
    Int,
    Float,
}

/// <summary>A key and its value inside a mapping, both located.</summary>
public sealed record DocEntry(DocNode Key, DocNode Value);

/// <summary>
/// A YAML/JSON node with its source span and JSON pointer, captured while parsing so that
/// every later stage (schema errors, model elements, findings) can point back at the file.
/// </summary>
public sealed class DocNode
{
    private static readonly IReadOnlyList<DocEntry> NoEntries = [];
    private static readonly IReadOnlyList<DocNode> NoItems = [];

    public required DocNodeKind Kind { get; init; }
    public required SourceSpan Span { get; init; }

    /// <summary>RFC 6901 pointer from the document root, e.g. <c>/spec/jobs/0/command</c>.</summary>
    public required string Pointer { get; init; }

    public string Value { get; init; } = "";
    public ScalarKind ScalarKind { get; init; } = ScalarKind.String;
    public IReadOnlyList<DocEntry> Entries { get; init; } = NoEntries;
    public IReadOnlyList<DocNode> Items { get; init; } = NoItems;

    public bool IsMapping => Kind == DocNodeKind.Mapping;
    public bool IsSequence => Kind == DocNodeKind.Sequence;
    public bool IsScalar => Kind == DocNodeKind.Scalar;
    public bool IsNull => Kind == DocNodeKind.Scalar && ScalarKind == ScalarKind.Null;

    /// <summary>The value under <paramref name="key"/> in a mapping, or null.</summary>
    public DocNode? Get(string key) => Entry(key)?.Value;

    public DocEntry? Entry(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key.Value == key)
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>The span of a key in this mapping, or this node's own span when the key is absent.</summary>
    public SourceSpan KeySpanOr(string key) => Entry(key)?.Key.Span ?? Span;

    /// <summary>A scalar's text when this is a non-null scalar; null otherwise.</summary>
    public string? Text => IsScalar && !IsNull ? Value : null;

    public override string ToString() => $"{Kind} {Pointer} at {Span}";

    public static string EscapePointerToken(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
