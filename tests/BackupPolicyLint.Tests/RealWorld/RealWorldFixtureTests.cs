using System.Text;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Engine;
using BackupPolicyLint.Reporting;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.RealWorld;

/// <summary>
/// Fixtures/RealWorld holds imagined repositories in the shapes found in real public ones (see each manifest's
/// <c>pattern</c>), each checked as its own path, as a user would, against what an expert expects
/// (<see cref="RealWorldManifest"/>). Set BPL_REALWORLD_SCORE=FILE to write the precision/recall table per family
/// (the one in docs/infrastructure.md) instead of only asserting.
/// </summary>
public sealed class RealWorldFixtureTests
{
    private static string Directory => Path.Combine(Repo.Fixtures, "RealWorld");

    public static TheoryData<string> Repositories() => new(Names());

    private static IEnumerable<string> Names() =>
        System.IO.Directory.GetFiles(Directory, "*.expect.yaml").Select(p => Path.GetFileName(p)[..^".expect.yaml".Length]).Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Repositories))]
    public void Repository_WhenChecked_ShouldProduceExactlyWhatAnExpertExpects(string name)
    {
        var (manifest, report) = Check(name);
        var score = Score.Of(manifest, report);

        var message = new StringBuilder($"{name} ({manifest.Family}): {manifest.Pattern}\n");
        AppendAll(message, "missed (expected, not produced)", score.Missed.Select(e => e.ToString()));
        AppendAll(message, "false (produced, not expected)", score.Unexpected.Select(Describe));
        AppendAll(message, "forbidden and produced", score.Forbidden.Select(Describe));
        Assert.True(score.Missed.Count == 0 && score.Unexpected.Count == 0 && score.Forbidden.Count == 0, message.ToString());
    }

    [Fact]
    public void EveryFolder_ShouldHaveAManifest_AndEveryManifestAFolder()
    {
        var folders = System.IO.Directory.GetDirectories(Directory).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal).ToList();
        var manifests = Names().ToList();
        Assert.Equal(folders, manifests);
    }

    [Fact]
    public void Score_WhenAsked_ShouldWriteThePrecisionAndRecallPerFamily()
    {
        var output = Environment.GetEnvironmentVariable("BPL_REALWORLD_SCORE");
        var scores = Names().Select(name =>
        {
            var (manifest, report) = Check(name);
            return Score.Of(manifest, report);
        }).ToList();

        var table = ScoreTable.Markdown(scores);
        Assert.Contains("| all |", table, StringComparison.Ordinal);
        if (!string.IsNullOrEmpty(output))
        {
            File.WriteAllText(output, table);
        }
    }

    private static (RealWorldManifest Manifest, CheckReport Report) Check(string name)
    {
        var manifest = RealWorldManifest.Load(Path.Combine(Directory, name + ".expect.yaml"));
        var report = CheckPipeline.Run(new CheckRequest
        {
            Paths = manifest.Paths,
            WorkingDirectory = Path.Combine(Directory, name),
            Now = Checks.Now,
        });
        return (manifest, report);
    }

    private static string Describe(Finding f) =>
        $"{f.RuleId} {f.Severity.ToString().ToLowerInvariant()} {f.Span.File}:{f.Span.Line}:{f.Span.Column} — {f.Message}";

    private static void AppendAll(StringBuilder message, string heading, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count > 0)
        {
            message.Append("  ").Append(heading).Append(":\n    ").AppendJoin("\n    ", list).Append('\n');
        }
    }
}

/// <summary>One repository's result: true, missed and unexpected findings (suppressed findings do not count).</summary>
internal sealed record Score(RealWorldManifest Manifest, int True, IReadOnlyList<ExpectedFinding> Missed, IReadOnlyList<Finding> Unexpected, IReadOnlyList<Finding> Forbidden)
{
    public static Score Of(RealWorldManifest manifest, CheckReport report)
    {
        var actual = report.Findings.Where(f => !f.Suppressed).ToList();
        static string Key(string rule, string severity, string file, int line, int column) => $"{rule} {severity} {file}:{line}:{column}";
        var actualKeys = actual.Select(f => Key(f.RuleId, f.Severity.ToString().ToLowerInvariant(), f.Span.File, f.Span.Line, f.Span.Column)).ToList();
        var expectedKeys = manifest.Expect.Select(e => e.ToString()).ToHashSet(StringComparer.Ordinal);

        var missed = manifest.Expect.Where(e => !actualKeys.Contains(e.ToString())).ToList();
        var unexpected = actual.Where((f, i) => !expectedKeys.Contains(actualKeys[i])).ToList();
        var forbidden = actual.Where(f => manifest.MustNot.Any(m => m.Matches(f.RuleId, f.Span.File))).ToList();
        return new Score(manifest, manifest.Expect.Count - missed.Count, missed, unexpected, forbidden);
    }
}

/// <summary>Precision = true / (true + unexpected); recall = true / (true + missed); one row per family and one for all.</summary>
internal static class ScoreTable
{
    public static string Markdown(IReadOnlyList<Score> scores)
    {
        var text = new StringBuilder("| family | repositories | expected | true | missed | false | precision | recall |\n|---|---|---|---|---|---|---|---|\n");
        foreach (var family in scores.GroupBy(s => s.Manifest.Family).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Row(text, family.Key, family.ToList());
        }

        Row(text, "all", scores);
        return text.ToString();
    }

    private static void Row(StringBuilder text, string family, IReadOnlyList<Score> scores)
    {
        var truePositives = scores.Sum(s => s.True);
        var missed = scores.Sum(s => s.Missed.Count);
        var unexpected = scores.Sum(s => s.Unexpected.Count);
        static string Ratio(int part, int whole) => whole == 0 ? "n/a" : $"{100.0 * part / whole:0.0}%";
        text.Append($"| {family} | {scores.Count} | {truePositives + missed} | {truePositives} | {missed} | {unexpected} | {Ratio(truePositives, truePositives + unexpected)} | {Ratio(truePositives, truePositives + missed)} |\n");
    }
}
