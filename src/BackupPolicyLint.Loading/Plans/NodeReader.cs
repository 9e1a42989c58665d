using System.Globalization;
using BackupPolicyLint.Documents;
using BackupPolicyLint.Model;

namespace BackupPolicyLint.Loading.Plans;

/// <summary>Tolerant typed access to a mapping: wrong types read as missing (the schema has already reported them).</summary>
internal static class NodeReader
{
    public static string? String(this DocNode node, string key) => node.Get(key) is { IsScalar: true, IsNull: false } value ? value.Value : null;

    public static bool? Bool(this DocNode node, string key) => node.Get(key) is { ScalarKind: ScalarKind.Bool } value
        ? value.Value is "true" or "True" or "TRUE"
        : null;

    public static int? Int(this DocNode node, string key) => node.Get(key) is { ScalarKind: ScalarKind.Int } value
        && int.TryParse(value.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null;

    public static double? Number(this DocNode node, string key) => node.Get(key) is { ScalarKind: ScalarKind.Int or ScalarKind.Float } value
        && double.TryParse(value.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

    public static DocNode? Map(this DocNode node, string key) => node.Get(key) is { IsMapping: true } value ? value : null;

    /// <summary>The mappings of a list; other items are skipped.</summary>
    public static IEnumerable<DocNode> Maps(this DocNode node, string key) =>
        node.Get(key) is { IsSequence: true } list ? list.Items.Where(i => i.IsMapping) : [];

    /// <summary>The non-null scalars of a list, located.</summary>
    public static IReadOnlyList<NamedRef> Refs(this DocNode node, string key) =>
        node.Get(key) is { IsSequence: true } list
            ? list.Items.Where(i => i.IsScalar && !i.IsNull).Select(i => new NamedRef(i.Value, i)).ToList()
            : [];

    public static IReadOnlyList<string> Strings(this DocNode node, string key) => node.Refs(key).Select(r => r.Name).ToList();

    public static NamedRef? Ref(this DocNode node, string key) => node.Get(key) is { IsScalar: true, IsNull: false } value ? new NamedRef(value.Value, value) : null;
}
