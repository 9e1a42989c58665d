using BackupPolicyLint.Documents;

namespace BackupPolicyLint.Rules.Declarative;

/// <summary>A node reached by a path, or the nearest node above it when the path leads nowhere.</summary>
internal sealed record PathHit(DocNode? Node, DocNode Nearest, string Path);

/// <summary>
/// Dotted paths over a plan document: <c>spec.retention.maxAge</c>, <c>spec.jobs[*].schedule</c> (every item),
/// <c>spec.jobs[0]</c> (one item), <c>metadata.labels.*</c> (every value of a mapping).
/// </summary>
internal static class PlanPath
{
    public static IReadOnlyList<PathHit> Resolve(DocNode start, string? path, string startPath)
    {
        var hits = new List<PathHit> { new(start, start, startPath) };
        if (string.IsNullOrEmpty(path))
        {
            return hits;
        }

        foreach (var segment in Segments(path))
        {
            var next = new List<PathHit>();
            foreach (var hit in hits)
            {
                if (hit.Node is not { } node)
                {
                    next.Add(hit with { Path = Join(hit.Path, segment) });
                    continue;
                }

                next.AddRange(Step(node, segment, hit.Path));
            }

            hits = next;
        }

        return hits;
    }

    private static IEnumerable<PathHit> Step(DocNode node, string segment, string path)
    {
        if (segment == "*")
        {
            if (node.IsSequence)
            {
                return node.Items.Select((item, i) => new PathHit(item, item, $"{path}[{Name(item) ?? i.ToString(System.Globalization.CultureInfo.InvariantCulture)}]"));
            }

            return node.Entries.Select(e => new PathHit(e.Value, e.Value, Join(path, e.Key.Value)));
        }

        if (segment.StartsWith('[') && int.TryParse(segment.AsSpan(1, segment.Length - 2), out var index))
        {
            var item = node.IsSequence && index >= 0 && index < node.Items.Count ? node.Items[index] : null;
            return [new PathHit(item, item ?? node, $"{path}{segment}")];
        }

        var value = node.IsMapping ? node.Get(segment) : null;
        return [new PathHit(value is { IsNull: true } ? null : value, value is { IsNull: false } ? value : node, Join(path, segment))];
    }

    /// <summary>"spec.jobs[*].schedule" → spec, jobs, *, schedule; "spec.jobs[0]" → spec, jobs, [0].</summary>
    private static IEnumerable<string> Segments(string path)
    {
        foreach (var part in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            if (bracket < 0)
            {
                yield return part;
                continue;
            }

            if (bracket > 0)
            {
                yield return part[..bracket];
            }

            var suffix = part[bracket..];
            yield return suffix == "[*]" ? "*" : suffix;
        }
    }

    private static string? Name(DocNode item) => item.IsMapping ? item.Get("name")?.Text : null;

    private static string Join(string path, string segment) => path.Length == 0 ? segment : $"{path}.{segment}";
}
