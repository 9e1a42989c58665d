using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace BackupPolicyLint.Tests.RealWorld;

/// <summary>
/// What an expert expects from checking one imagined repository under Fixtures/RealWorld: the manifest
/// <c>NAME.expect.yaml</c> sits beside the folder <c>NAME/</c> (outside it, so the folder is checked exactly as a user's
/// repository would be).
/// <code>
/// pattern: the real-world shape this folder stands for (where it was seen, in words; nothing copied)
/// family: uploads              # one pattern family, for the precision/recall table in docs/infrastructure.md
/// paths: ["."]                 # optional: what the user types after `bpl check`, relative to the folder
/// expect:                      # every finding, exactly: RULE severity file:line:column
///   - BPL101 error scripts/backup.sh:12:5
/// mustNot:                     # what a wrong reader produced, or would: RULE [file]; never seen (documents the trap)
///   - BPL401
///   - BPL001 charts/neo4j/templates/backup.yaml
/// </code>
/// </summary>
internal sealed partial record RealWorldManifest(
    string Name,
    string Pattern,
    string Family,
    IReadOnlyList<string> Paths,
    IReadOnlyList<ExpectedFinding> Expect,
    IReadOnlyList<ForbiddenFinding> MustNot)
{
    public static RealWorldManifest Load(string manifestPath)
    {
        var name = Path.GetFileName(manifestPath)[..^".expect.yaml".Length];
        var stream = new YamlStream();
        using (var reader = File.OpenText(manifestPath))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        string Scalar(string key) => root.Children.TryGetValue(new YamlScalarNode(key), out var node) ? ((YamlScalarNode)node).Value ?? "" : "";
        IReadOnlyList<string> Sequence(string key) => root.Children.TryGetValue(new YamlScalarNode(key), out var node)
            ? ((YamlSequenceNode)node).Children.Select(c => ((YamlScalarNode)c).Value ?? "").ToList()
            : [];

        var pattern = Scalar("pattern");
        var family = Scalar("family");
        if (pattern.Length == 0 || family.Length == 0)
        {
            throw new InvalidDataException($"{manifestPath}: 'pattern' and 'family' are required");
        }

        var paths = Sequence("paths");
        return new RealWorldManifest(
            name,
            pattern.Trim(),
            family,
            paths.Count == 0 ? ["."] : paths,
            Sequence("expect").Select(e => ExpectedFinding.Parse(manifestPath, e)).ToList(),
            Sequence("mustNot").Select(e => ForbiddenFinding.Parse(manifestPath, e)).ToList());
    }
}

/// <summary>One finding as the manifest writes it: <c>BPL101 error scripts/backup.sh:12:5</c>.</summary>
internal sealed partial record ExpectedFinding(string RuleId, string Severity, string File, int Line, int Column)
{
    public override string ToString() => $"{RuleId} {Severity} {File}:{Line}:{Column}";

    public static ExpectedFinding Parse(string manifestPath, string text)
    {
        var match = Shape().Match(text.Trim());
        if (!match.Success)
        {
            throw new InvalidDataException($"{manifestPath}: expected 'RULE severity file:line:column', got '{text}'");
        }

        return new ExpectedFinding(match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value,
            int.Parse(match.Groups[4].Value), int.Parse(match.Groups[5].Value));
    }

    [GeneratedRegex(@"^(BPL\d{3})\s+(error|warning|note)\s+(\S+):(\d+):(\d+)$")]
    private static partial Regex Shape();
}

/// <summary>A finding that must not appear: a rule, anywhere or in one file.</summary>
internal sealed partial record ForbiddenFinding(string RuleId, string? File)
{
    public override string ToString() => File is null ? RuleId : $"{RuleId} {File}";

    public bool Matches(string ruleId, string file) => ruleId == RuleId && (File is null || File == file);

    public static ForbiddenFinding Parse(string manifestPath, string text)
    {
        var match = Shape().Match(text.Trim());
        if (!match.Success)
        {
            throw new InvalidDataException($"{manifestPath}: expected 'RULE [file]', got '{text}'");
        }

        return new ForbiddenFinding(match.Groups[1].Value, match.Groups[2].Success ? match.Groups[2].Value : null);
    }

    [GeneratedRegex(@"^(BPL\d{3})(?:\s+(\S+))?$")]
    private static partial Regex Shape();
}
