using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Documents;
using Xunit;

namespace BackupPolicyLint.Tests.Loading;

/// <summary>
/// A node keeps its pointer or path in one field and its entries or items in another (docs/performance.md, "The located
/// reader against YamlDotNet"); built by an initializer, in any order, it still answers as when each had its own field.
/// </summary>
public sealed class DocNodeInitializerTests
{
    private static readonly SourceSpan At = new("plan.yaml", 1, 1, 1, 5);

    [Fact]
    public void EmptyEntries_ShouldLeaveTheItems()
    {
        var item = Scalar("a");

        var node = new DocNode { Kind = DocNodeKind.Sequence, Span = At, Items = [item], Entries = [] };

        Assert.Same(item, Assert.Single(node.Items));
        Assert.Empty(node.Entries);
    }

    [Fact]
    public void EmptyItems_ShouldLeaveTheEntries()
    {
        var entry = new DocEntry(Scalar("k"), Scalar("v"));

        var node = new DocNode { Kind = DocNodeKind.Mapping, Span = At, Entries = [entry], Items = [] };

        Assert.Same(entry, Assert.Single(node.Entries));
        Assert.Empty(node.Items);
        Assert.Equal("v", node.Get("k")!.Value);
    }

    [Fact]
    public void Pointer_ShouldSurviveAnAbsentPath()
    {
        var node = new DocNode { Kind = DocNodeKind.Scalar, Span = At, Pointer = "/spec/jobs/0", Path = null };

        Assert.Equal("/spec/jobs/0", node.Pointer);
        Assert.Null(node.Path);
    }

    [Fact]
    public void Path_ShouldGiveThePointer()
    {
        var node = new DocNode { Kind = DocNodeKind.Scalar, Span = At, Path = PointerPath.Root.Key("spec").Key("a/b").Index(2) };

        Assert.Equal("/spec/a~1b/2", node.Pointer);
    }

    [Fact]
    public void Kinds_ShouldRoundTrip()
    {
        var node = new DocNode { Kind = DocNodeKind.Sequence, Span = At, ScalarKind = ScalarKind.Float };

        Assert.Equal((DocNodeKind.Sequence, ScalarKind.Float), (node.Kind, node.ScalarKind));
        Assert.Equal(ScalarKind.String, new DocNode { Kind = DocNodeKind.Scalar, Span = At }.ScalarKind);
    }

    private static DocNode Scalar(string value) => new() { Kind = DocNodeKind.Scalar, Span = At, Value = value };
}
