using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Documents;

namespace BackupPolicyLint.Model;

/// <summary>A plan element that remembers the YAML node it came from, so findings can point at it.</summary>
public abstract record ModelElement
{
    /// <summary>The YAML/JSON node the element was read from.</summary>
    public required DocNode Node { get; init; }

    /// <summary>Where the element is in its file.</summary>
    public SourceSpan Span => Node.Span;

    /// <summary>The span of one of this element's keys, or the element itself when that key is missing.</summary>
    public SourceSpan At(string key) => Node.KeySpanOr(key);
}

/// <summary>A name that refers to another element (a storage, a database), located where it is written.</summary>
public sealed record NamedRef(string Name, DocNode Node)
{
    /// <summary>Where the name is written.</summary>
    public SourceSpan Span => Node.Span;
}
