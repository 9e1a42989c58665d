namespace BackupPolicyLint.Cli.RuleListing;

/// <summary>
/// docs/rules/shipped.txt: every rule id and name ever released ("BPL101 system-database-not-covered"), a public
/// contract that waivers, baselines and CI filters rely on. The generator only appends the rules it lacks, in id order;
/// it never edits or removes a line (a renamed or removed rule fails RuleCatalogTests instead).
/// </summary>
internal static class ShippedList
{
    public const string FileName = "shipped.txt";

    private const string Header =
        "# Rule ids and names released so far: a public contract (waivers, baselines and CI filters name them).\n" +
        "# Never remove or rename a line; a retired rule stays in the catalogue marked deprecated.\n";

    public static string Update(IEnumerable<(string Id, string Name)> rules, string? shipped)
    {
        var text = shipped ?? Header;
        var listed = text.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split(' ')[0]).ToHashSet(StringComparer.Ordinal);
        var added = rules.Where(r => !listed.Contains(r.Id)).Select(r => $"{r.Id} {r.Name}\n");
        return (text.Length == 0 || text.EndsWith('\n') ? text : text + "\n") + string.Concat(added);
    }
}
