using System.Diagnostics.CodeAnalysis;
using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Documents;

/// <summary>What a <see cref="DocNode"/> is: a scalar, a mapping or a sequence.</summary>
public enum DocNodeKind
{
    /// <summary>A single value (string, number, boolean or null).</summary>
    Scalar,
    /// <summary>Keys and values (<see cref="DocNode.Entries"/>).</summary>
    Mapping,
    /// <summary>A list (<see cref="DocNode.Items"/>).</summary>
    Sequence,
}

/// <summary>How a scalar resolves under the YAML 1.2 core schema (quoted scalars are always strings).</summary>
public enum ScalarKind
{
    /// <summary>A string, or any quoted scalar.</summary>
    String,
    /// <summary><c>null</c>, <c>~</c> or an empty value.</summary>
    Null,
    /// <summary><c>true</c> or <c>false</c>.</summary>
    Bool,
    /// <summary>An integer.</summary>
    Int,
    /// <summary>A floating-point number.</summary>
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

    // The span is kept as fields, not a SourceSpan object, and the pointer as a path: a plan tree has a node per
    // key and value, and at 10,000 plans those two objects per node were a third of the memory. For the same reason
    // a node has one field for where it sits (a PointerPath from the reader, or a pointer string from an initializer)
    // and one for its children (entries of a mapping or items of a sequence), and its two kinds as bytes: 72 bytes a node
    // instead of 88.
    private string _file = "";
    private int _line;
    private int _column;
    private int _endLine;
    private int _endColumn;
    private object? _where;
    private object? _children;
    private byte _kind;
    private byte _scalarKind;

    internal DocNode()
    {
    }

    // Span is required of initializers but kept as fields, which this constructor sets; the compiler cannot see that.
#pragma warning disable CS8618
    [SetsRequiredMembers]
    private DocNode(DocNodeKind kind, string file, (int Line, int Column) start, (int Line, int Column) end, PointerPath path)
    {
        Kind = kind;
        (_file, _line, _column, _endLine, _endColumn) = (file, start.Line, start.Column, end.Line, end.Column);
        _where = path;
    }
#pragma warning restore CS8618

    /// <summary>Whether the node is a scalar, a mapping or a sequence.</summary>
    public required DocNodeKind Kind
    {
        get => (DocNodeKind)_kind;
        init => _kind = (byte)value;
    }

    /// <summary>Where the node ends (line, column), without making a <see cref="SourceSpan"/>.</summary>
    public (int Line, int Column) End => (_endLine, _endColumn);

    /// <summary>Where the node is in its file, start and end.</summary>
    public required SourceSpan Span
    {
        get => new(_file, _line, _column, _endLine, _endColumn);
        init => (_file, _line, _column, _endLine, _endColumn) = (value.File, value.Line, value.Column, value.EndLine, value.EndColumn);
    }

    /// <summary>RFC 6901 pointer from the document root, e.g. <c>/spec/jobs/0/command</c>; built from <see cref="Path"/> when set.</summary>
    public string Pointer
    {
        get => _where switch
        {
            string pointer => pointer,
            PointerPath path => path.ToString(),
            _ => "",
        };
        init => _where = value;
    }

    /// <summary>Where the node sits, kept instead of its pointer string by the YAML reader.</summary>
    internal PointerPath? Path
    {
        get => _where as PointerPath;
        init => _where = value ?? _where;
    }

    /// <summary>A scalar's text as written (without quotes); "" for mappings and sequences.</summary>
    public string Value { get; init; } = "";
    /// <summary>How a scalar resolves under the YAML 1.2 core schema (string, null, bool, int, float).</summary>
    public ScalarKind ScalarKind
    {
        get => (ScalarKind)_scalarKind;
        init => _scalarKind = (byte)value;
    }

    // The reader's arrays are tested for first (an exact type test); an empty list set by an initializer leaves the
    // other kind of children in place, as when each had its own field.
    /// <summary>A mapping's keys and values in document order; empty for other nodes.</summary>
    public IReadOnlyList<DocEntry> Entries
    {
        get => _children is DocEntry[] entries ? entries : _children as IReadOnlyList<DocEntry> ?? NoEntries;
        init => _children = value.Count == 0 ? _children : value;
    }

    /// <summary>A sequence's items in order; empty for other nodes.</summary>
    public IReadOnlyList<DocNode> Items
    {
        get => _children is DocNode[] items ? items : _children as IReadOnlyList<DocNode> ?? NoItems;
        init => _children = value.Count == 0 ? _children : value;
    }

    /// <summary>A scalar as the YAML reader makes it: located, with its path, and no intermediate objects (one per node adds up).</summary>
    internal static DocNode LocatedScalar(string file, (int Line, int Column) start, (int Line, int Column) end, PointerPath path, string value, ScalarKind scalarKind) =>
        new(DocNodeKind.Scalar, file, start, end, path) { Value = value, ScalarKind = scalarKind };

    /// <summary>A mapping as the YAML reader makes it.</summary>
    internal static DocNode LocatedMapping(string file, (int Line, int Column) start, (int Line, int Column) end, PointerPath path, IReadOnlyList<DocEntry> entries) =>
        new(DocNodeKind.Mapping, file, start, end, path) { Entries = entries };

    /// <summary>A sequence as the YAML reader makes it.</summary>
    internal static DocNode LocatedSequence(string file, (int Line, int Column) start, (int Line, int Column) end, PointerPath path, IReadOnlyList<DocNode> items) =>
        new(DocNodeKind.Sequence, file, start, end, path) { Items = items };

    /// <summary>True for a mapping.</summary>
    public bool IsMapping => Kind == DocNodeKind.Mapping;
    /// <summary>True for a sequence.</summary>
    public bool IsSequence => Kind == DocNodeKind.Sequence;
    /// <summary>True for a scalar (null included).</summary>
    public bool IsScalar => Kind == DocNodeKind.Scalar;
    /// <summary>True for a null scalar (<c>null</c>, <c>~</c>, an empty value).</summary>
    public bool IsNull => Kind == DocNodeKind.Scalar && ScalarKind == ScalarKind.Null;

    /// <summary>The value under <paramref name="key"/> in a mapping, or null.</summary>
    public DocNode? Get(string key) => Entry(key)?.Value;

    /// <summary>The key and value under <paramref name="key"/> in a mapping, or null.</summary>
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
    public SourceSpan KeySpanOr(string key) => Entry(key) is { } entry ? entry.Key.Span : Span;

    /// <summary>A scalar's text when this is a non-null scalar; null otherwise.</summary>
    public string? Text => IsScalar && !IsNull ? Value : null;

    /// <summary>The kind, pointer and location, for debugging.</summary>
    public override string ToString() => $"{Kind} {Pointer} at {Span}";

    internal static string EscapePointerToken(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    /// <summary>The key or index a pointer token stands for (the inverse of <see cref="EscapePointerToken"/>).</summary>
    internal static string UnescapePointerToken(string token) => token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
}
