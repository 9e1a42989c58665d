using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Documents;

namespace BackupPolicyLint.Loading.Infra;

/// <summary>
/// Model nodes for elements bpl builds from infrastructure files. Each node (and each key) carries the span of what it
/// was read from in the script, manifest or conf, so a rule reporting "at the job's destination" lands on the
/// <c>--to-path</c> word of the command.
/// </summary>
internal static class SyntheticNodes
{
    public static DocNode Scalar(string value, SourceSpan span, string pointer, ScalarKind kind = ScalarKind.String) =>
        new() { Kind = DocNodeKind.Scalar, Span = span, Pointer = pointer, Value = value, ScalarKind = kind };

    public static DocNode Bool(bool value, SourceSpan span, string pointer) => Scalar(value ? "true" : "false", span, pointer, ScalarKind.Bool);

    public static DocNode Sequence(SourceSpan span, string pointer, IEnumerable<DocNode> items) =>
        new() { Kind = DocNodeKind.Sequence, Span = span, Pointer = pointer, Items = items.ToList() };

    /// <summary>A mapping whose keys are located where their values are.</summary>
    public static DocNode Map(SourceSpan span, string pointer, IEnumerable<(string Key, DocNode? Value)> entries) => new()
    {
        Kind = DocNodeKind.Mapping,
        Span = span,
        Pointer = pointer,
        Entries = entries.Where(e => e.Value is not null)
            .Select(e => new DocEntry(Scalar(e.Key, e.Value!.Span, e.Value.Pointer), e.Value!))
            .ToList(),
    };
}
