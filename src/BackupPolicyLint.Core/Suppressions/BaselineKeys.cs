using System.Text;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Documents;

namespace BackupPolicyLint.Suppressions;

/// <summary>Builds a finding's <see cref="BaselineEntry"/> from the document it points into.</summary>
internal static class BaselineKeys
{
    /// <param name="finding">The finding to key.</param>
    /// <param name="root">The document root the finding's logical path starts at; null when unknown (the pointer is kept as is).</param>
    /// <param name="relativeFile">The finding's file relative to the baseline file's folder, '/' separated.</param>
    public static BaselineEntry Of(Finding finding, DocNode? root, string relativeFile)
    {
        var (path, node) = Named(root, finding.LogicalPath);
        return new BaselineEntry(finding.RuleId, relativeFile, path, Normalise(node?.Text));
    }

    /// <summary>"/spec/jobs/2/destination" → "/spec/jobs/[nightly-full]/destination" when item 2 is named nightly-full.</summary>
    public static (string Path, DocNode? Node) Named(DocNode? root, string pointer)
    {
        if (root is null || pointer.Length == 0)
        {
            return (pointer, root);
        }

        var node = root;
        var path = new StringBuilder();
        foreach (var token in pointer.Split('/').Skip(1))
        {
            var key = DocNode.UnescapePointerToken(token);
            if (node is { IsSequence: true } && int.TryParse(key, out var index) && index >= 0 && index < node.Items.Count)
            {
                node = node.Items[index];
                var name = node.IsMapping ? node.Get("name")?.Text : null;
                path.Append('/').Append(name is null ? token : $"[{DocNode.EscapePointerToken(name)}]");
            }
            else
            {
                node = node?.IsMapping == true ? node.Get(key) : null;
                path.Append('/').Append(token);
            }
        }

        return (path.ToString(), node);
    }

    /// <summary>Whitespace collapsed and trimmed, so re-indenting or re-quoting a value keeps its entry.</summary>
    public static string Normalise(string? value) =>
        value is null ? "" : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
