using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Documents;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BackupPolicyLint.Loading.Yaml;

/// <summary>
/// Reads YAML (and JSON, a subset of it) from parser events into <see cref="DocNode"/> trees, recording each
/// node's span and pointer as it goes. Aliases share the anchored node; their expansion is counted against
/// <see cref="ReaderLimits.MaxExpandedNodes"/>. Duplicate keys are reported (BPL002) and the first one kept.
/// </summary>
internal sealed class LocatedYamlReader
{
    private const string StringTag = "tag:yaml.org,2002:str";

    private readonly string _file;
    private readonly ReaderLimits _limits;
    private readonly List<Finding> _findings = [];
    private readonly Dictionary<string, (DocNode Node, long Size)> _anchors = new(StringComparer.Ordinal);
    private readonly SharedStrings _strings = SharedStrings.ForThisThread();
    private readonly ChildLists _children = ChildLists.ForThisThread();
    private long _expanded;

    private LocatedYamlReader(string file, ReaderLimits limits)
    {
        _file = file;
        _limits = limits;
    }

    /// <summary>Every document of <paramref name="text"/>; a syntax error ends the file with BPL001 but keeps the documents before it.</summary>
    public static LoadedFile Read(string file, string text, ReaderLimits? limits = null)
    {
        var reader = new LocatedYamlReader(file, limits ?? ReaderLimits.Default);
        var documents = new List<LoadedDocument>();
        var parser = new Parser(new StringReader(text));
        try
        {
            parser.Consume<StreamStart>();
            while (!parser.Accept<StreamEnd>(out _))
            {
                var start = parser.Consume<DocumentStart>();
                reader._anchors.Clear();
                reader._expanded = 0;
                var root = parser.Accept<DocumentEnd>(out _)
                    ? reader.Empty(start.End)
                    : reader.ReadNode(parser, PointerPath.Root, 0).Node;
                parser.Consume<DocumentEnd>();
                documents.Add(new LoadedDocument(file, documents.Count, root));
            }
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException is { } inner && inner.Message != ex.Message ? $"{ex.Message} {inner.Message}" : ex.Message;
            var at = reader.TabIndentation(text, ex) ?? reader.At(ErrorMark(ex), ex.End);
            reader._findings.Add(DiagnosticIds.Create(DiagnosticIds.ParseError, $"YAML syntax error: {Clean(message)}", at));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way on some malformed input (e.g. an unclosed flow sequence);
            // the last event it produced is the best position to show.
            var mark = parser.Current?.End ?? Mark.Empty;
            reader._findings.Add(DiagnosticIds.Create(DiagnosticIds.ParseError, "YAML syntax error: the text after this point is not valid YAML (an unclosed bracket or quote?).", reader.At(mark, mark)));
        }
        catch (LimitExceededException ex)
        {
            reader._findings.Add(DiagnosticIds.Create(DiagnosticIds.ParseError, ex.Message, ex.Span));
        }
        finally
        {
            reader._children.Clear();
        }

        return new LoadedFile(file, documents, reader._findings);
    }

    private (DocNode Node, long Size) ReadNode(IParser parser, PointerPath path, int depth)
    {
        if (depth > _limits.MaxDepth)
        {
            throw new LimitExceededException($"nesting deeper than {_limits.MaxDepth} levels; the file is not read further", At(parser.Current!.Start, parser.Current.End));
        }

        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            if (!_anchors.TryGetValue(alias.Value.Value, out var anchored))
            {
                throw new LimitExceededException($"alias '*{alias.Value.Value}' refers to no anchor defined before it", At(alias.Start, alias.End));
            }

            Count(anchored.Size, alias);
            return anchored;
        }

        if (parser.TryConsume<Scalar>(out var scalar))
        {
            Count(1, scalar);
            return Anchor(scalar.Anchor, ScalarNode(scalar, _strings.Share(scalar.Value), path), 1);
        }

        if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            return ReadSequence(parser, sequenceStart, path, depth);
        }

        var mappingStart = parser.Consume<MappingStart>();
        return ReadMapping(parser, mappingStart, path, depth);
    }

    private DocNode ScalarNode(Scalar scalar, string value, PointerPath path)
    {
        var kind = scalar.Style == ScalarStyle.Plain && (scalar.Tag.IsEmpty || scalar.Tag.Value != StringTag && scalar.Tag.Value != "!!str")
            ? ScalarResolver.Resolve(value)
            : ScalarKind.String;
        return DocNode.LocatedScalar(_file, Point(scalar.Start), Point(scalar.End), path, value, kind);
    }

    private (DocNode Node, long Size) ReadSequence(IParser parser, SequenceStart start, PointerPath path, int depth)
    {
        Count(1, start);
        // One reusable list per depth collects the children; the node keeps an exact-size copy.
        var items = _children.Items(depth);
        long size = 1;
        while (!parser.Accept<SequenceEnd>(out _))
        {
            var (item, itemSize) = ReadNode(parser, path.Index(items.Count), depth + 1);
            items.Add(item);
            size = Saturating(size, itemSize);
        }

        var end = parser.Consume<SequenceEnd>();
        var last = start.Style == SequenceStyle.Flow || items.Count == 0 ? Point(end.End) : items[^1].End;
        var node = DocNode.LocatedSequence(_file, Point(start.Start), last, path, ChildLists.Take(items));
        return Anchor(start.Anchor, node, size);
    }

    private (DocNode Node, long Size) ReadMapping(IParser parser, MappingStart start, PointerPath path, int depth)
    {
        Count(1, start);
        var entries = _children.Entries(depth);
        long size = 1;
        Dictionary<string, DocEntry>? keyIndex = null;
        while (!parser.Accept<MappingEnd>(out _))
        {
            // A key shares its value's path, so errors about either point into the same place. Plain keys (nearly all)
            // are made with it at once; an anchored or complex key is read as any node and copied.
            DocNode key;
            long keySize = 1;
            PointerPath valuePath;
            if (parser.Accept<Scalar>(out var plainKey) && plainKey.Anchor.IsEmpty)
            {
                parser.MoveNext();
                Count(1, plainKey);
                // The path takes the shared key text too: with the parser's own string it kept a copy of every key.
                var text = _strings.Share(plainKey.Value);
                valuePath = path.Key(text);
                key = ScalarNode(plainKey, text, valuePath);
            }
            else
            {
                (key, keySize) = ReadNode(parser, path, depth + 1);
                valuePath = path.Key(key.Value);
                key = new DocNode { Kind = key.Kind, Span = key.Span, Path = valuePath, Value = key.Value, ScalarKind = key.ScalarKind, Entries = key.Entries, Items = key.Items };
            }

            var (value, valueSize) = ReadNode(parser, valuePath, depth + 1);
            size = Saturating(Saturating(size, keySize), valueSize);
            var first = key.IsScalar ? FindKey(entries, ref keyIndex, key.Value) : null;
            if (first is not null)
            {
                _findings.Add(DiagnosticIds.Create(
                    DiagnosticIds.SchemaViolation,
                    $"duplicate key '{key.Value}' (first at line {first.Key.Span.Line}); YAML keys must be unique, and this one is ignored",
                    key.Span,
                    logicalPath: value.Pointer));
                continue;
            }

            if (entries.Count == _limits.MaxKeysPerMapping)
            {
                throw new LimitExceededException($"the mapping has more than {_limits.MaxKeysPerMapping:N0} keys; the file is not read further", key.Span);
            }

            var added = new DocEntry(key, value);
            entries.Add(added);
            keyIndex?.TryAdd(key.Value, added);
        }

        var end = parser.Consume<MappingEnd>();
        var last = start.Style == MappingStyle.Flow || entries.Count == 0 ? Point(end.End) : entries[^1].Value.End;
        var node = DocNode.LocatedMapping(_file, Point(start.Start), last, path, ChildLists.Take(entries));
        return Anchor(start.Anchor, node, size);
    }

    /// <summary>
    /// The earlier entry with this key. Nearly every mapping is small and scanned; a large one (a hostile file's
    /// 160,000 keys took minutes, keys × keys) gets a hash index once it passes <see cref="IndexedFrom"/> entries.
    /// </summary>
    private static DocEntry? FindKey(List<DocEntry> entries, ref Dictionary<string, DocEntry>? index, string key)
    {
        if (index is null && entries.Count >= IndexedFrom)
        {
            index = new Dictionary<string, DocEntry>(entries.Count * 2, StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                index.TryAdd(entry.Key.Value, entry);
            }
        }

        if (index is not null)
        {
            if (index.TryGetValue(key, out var found))
            {
                return found;
            }

            return null;
        }

        foreach (var entry in entries)
        {
            if (entry.Key.Value == key)
            {
                return entry;
            }
        }

        return null;
    }

    private const int IndexedFrom = 32;

    private (DocNode Node, long Size) Anchor(AnchorName anchor, DocNode node, long size)
    {
        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = (node, size);
        }

        return (node, size);
    }

    private void Count(long nodes, ParsingEvent at)
    {
        _expanded = Saturating(_expanded, nodes);
        if (_expanded > _limits.MaxExpandedNodes)
        {
            throw new LimitExceededException(
                $"the document expands to more than {_limits.MaxExpandedNodes:N0} nodes (alias expansion or sheer size); the file is not read further",
                At(at.Start, at.End));
        }
    }

    private DocNode Empty(Mark at) => new() { Kind = DocNodeKind.Scalar, Span = At(at, at), Path = PointerPath.Root, Value = "", ScalarKind = ScalarKind.Null };

    private SourceSpan At(Mark start, Mark end) => new(_file, (int)start.Line, (int)start.Column, (int)end.Line, (int)end.Column);

    private static (int Line, int Column) Point(Mark mark) => ((int)mark.Line, (int)mark.Column);

    /// <summary>YamlDotNet points a tab-indentation error at the enclosing mapping; find the first tab-indented line after it.</summary>
    private SourceSpan? TabIndentation(string text, YamlException ex)
    {
        if (!ex.Message.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var lines = text.Split('\n');
        for (var i = (int)Math.Max(0, ex.Start.Line - 1); i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            if (lines[i].AsSpan(0, indent).Contains('\t'))
            {
                return new SourceSpan(_file, i + 1, lines[i].IndexOf('\t', StringComparison.Ordinal) + 1, i + 1, indent + 1);
            }
        }

        return null;
    }

    /// <summary>
    /// YamlDotNet's start mark is sometimes the start of the enclosing construct (a mapping that contains a bad tab);
    /// its end mark is where scanning stopped, which is where the user must look.
    /// </summary>
    private static Mark ErrorMark(YamlException ex) => ex.End.Line > ex.Start.Line ? ex.End : ex.Start;

    private static long Saturating(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    /// <summary>YamlDotNet prefixes positions in parentheses; the finding carries the position already.</summary>
    private static string Clean(string message)
    {
        var text = message.Trim();
        if (text.StartsWith('(') && text.IndexOf("): ", StringComparison.Ordinal) is var close and > 0)
        {
            text = text[(close + 3)..];
        }

        return text.TrimEnd('.') + ".";
    }

    private sealed class LimitExceededException(string message, SourceSpan span) : Exception(message)
    {
        public SourceSpan Span { get; } = span;
    }
}
