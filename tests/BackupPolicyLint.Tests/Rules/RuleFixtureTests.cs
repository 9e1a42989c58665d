using System.Text.RegularExpressions;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Engine;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Rules;

/// <summary>
/// Every rule has Fixtures/Rules/BPLnnn/fires.yaml and quiet.yaml. A fixture marks each expected finding on its line
/// with <c># expect: BPLnnn/severity@column</c> (several separated by spaces); the run must produce exactly the marked
/// findings, each at its line and column (no more, no fewer),
/// fires.yaml must expect its rule at least once and quiet.yaml never.
/// A fixture X.yaml with a folder backups-X/ beside it is checked with that folder as the backup location (copied to a
/// temporary folder first, modes set from its _setup.txt, see <see cref="ArtifactTree"/>), and with inspect-X.txt as
/// the saved backup inspect output when that file exists. Artifact timestamps are in the names (git keeps no file times).
/// A fixture may also have an inventory snapshot next to it, named after it: fires.yaml is checked with
/// inventory-fires.json, fires-live.yaml with inventory-fires-live.json; a YAML snapshot (inventory-fires.yaml) may carry
/// markers of its own, for findings on the snapshot (an inventory no plan uses, BPL806).
/// A fixture may be any file kind bpl reads (a script, neo4j.conf, a manifest: infrastructure without a plan), marked in
/// its own # comments. Files named _* are helpers a fixture claims (a plan's configFiles); their markers count when the
/// run reads them, so markers are compared per file and line.
/// </summary>
public sealed partial class RuleFixtureTests
{
    public static TheoryData<string, string> Fixtures()
    {
        var data = new TheoryData<string, string>();
        foreach (var directory in Directory.GetDirectories(Path.Combine(Repo.Fixtures, "Rules")).Order(StringComparer.Ordinal))
        {
            foreach (var file in Directory.GetFiles(directory).Where(IsFixture).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(directory), Path.GetFileName(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_WhenChecked_ShouldProduceExactlyTheMarkedFindings(string ruleId, string fixture)
    {
        // Given a fixture and its markers
        var directory = Path.Combine(Repo.Fixtures, "Rules", ruleId);

        // When it is checked as `bpl check` would, with its backup location, inspect output and inventory if it has them
        var stem = Path.GetFileNameWithoutExtension(fixture);
        var backups = Path.Combine(directory, $"backups-{stem}");
        var inspect = Path.Combine(directory, $"inspect-{stem}.txt");
        using var tree = Directory.Exists(backups) ? ArtifactTree.CopyOf(backups) : null;
        var report = CheckPipeline.Run(new CheckRequest
        {
            Paths = [fixture],
            WorkingDirectory = directory,
            Now = Checks.Now,
            Backups = tree?.Path,
            BackupInspect = File.Exists(inspect) ? inspect : null,
            InventoryFiles = WithInventory(directory, fixture) is { } inventory ? [inventory] : [],
        });
        var expected = report.Files.Append(fixture).Concat(WithInventory(directory, fixture) is { } snapshot && snapshot.EndsWith(".yaml", StringComparison.Ordinal) ? [snapshot] : []).Distinct().SelectMany(file => Markers(file, File.ReadAllLines(Path.Combine(directory, file)))).Order(StringComparer.Ordinal).ToList();
        var actual = report.Findings.Select(RuleFixtureTests.Marker).Order(StringComparer.Ordinal).ToList();

        // Then the findings are exactly the marked ones, each at its line and column
        var messages = string.Join("\n", report.Findings.Select(f => $"  {f.Span}: {f.RuleId} {f.Message}"));
        Assert.True(expected.SequenceEqual(actual), $"{ruleId}/{fixture}\nexpected:\n  {string.Join("\n  ", expected)}\nactual:\n{messages}");
        if (fixture.StartsWith("fires", StringComparison.Ordinal))
        {
            Assert.Contains(expected, e => e.Contains($" {ruleId}/", StringComparison.Ordinal));
        }
        else
        {
            Assert.DoesNotContain(expected, e => e.Contains($" {ruleId}/", StringComparison.Ordinal));
        }
    }

    /// <summary>inventory-X.json, else inventory-X.yaml (a YAML snapshot can carry markers for findings on the snapshot itself).</summary>
    private static string? WithInventory(string directory, string fixture) =>
        new[] { ".json", ".yaml" }.Select(e => $"inventory-{Path.GetFileNameWithoutExtension(fixture)}{e}").FirstOrDefault(s => File.Exists(Path.Combine(directory, s)));

    /// <summary>Fixtures are the files of a rule's folder except helpers (_*), backup locations, inspect outputs and inventories.</summary>
    private static bool IsFixture(string path)
    {
        var name = Path.GetFileName(path);
        return !name.StartsWith('_') && !name.StartsWith("backups-", StringComparison.Ordinal) && !name.StartsWith("inspect-", StringComparison.Ordinal)
            && !name.StartsWith("inventory-", StringComparison.Ordinal)
            && (Path.GetExtension(name) is ".yaml" or ".yml" or ".sh" or ".conf" or ".cron" || name.StartsWith("Dockerfile", StringComparison.Ordinal));
    }

    /// <summary>A finding as its marker reads, with the file and line where the marker is: <c>f.yaml:7: BPL101/warning@3</c>.</summary>
    public static string Marker(Finding finding) =>
        $"{finding.Span.File}:{finding.Span.Line}: {finding.RuleId}/{finding.Severity.ToString().ToLowerInvariant()}@{finding.Span.Column}";

    public static List<string> Markers(string file, string[] lines)
    {
        var markers = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var match = MarkerPattern().Match(lines[i]);
            if (!match.Success)
            {
                // A marker written wrongly (no @column, a typo) would otherwise be no marker at all.
                Assert.False(Regex.IsMatch(lines[i], @"#\s*expect:"), $"{file}:{i + 1}: a marker is '# expect: BPLnnn/severity@column ...'");
                continue;
            }

            foreach (var token in match.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                markers.Add($"{file}:{i + 1}: {token}");
            }
        }

        markers.Sort(StringComparer.Ordinal);
        return markers;
    }

    [GeneratedRegex(@"#\s*expect:\s*((?:BPL\d{3}/(?:error|warning|note)@\d+\s*)+)$")]
    private static partial Regex MarkerPattern();
}
