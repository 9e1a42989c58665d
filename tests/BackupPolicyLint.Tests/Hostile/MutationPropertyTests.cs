using System.Text.Json;
using BackupPolicyLint.Engine;
using BackupPolicyLint.Reporting;
using BackupPolicyLint.Tests.Support;
using CsCheck;
using Xunit;

namespace BackupPolicyLint.Tests.Hostile;

/// <summary>
/// Random mutations of the shipped example plans, through the whole pipeline: no exception escapes, no rule fails
/// (BPL004), every finding lies inside its file, the JSON report parses, and the same input gives the same output.
/// </summary>
public sealed class MutationPropertyTests
{
    private static readonly string[] Sources = Directory.GetFiles(Repo.Path("examples"), "*.yaml", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(File.ReadAllText)
        .ToArray();

    private static readonly string[] Fragments = ["\"", "'", ":", "- ", "[", "]", "{", "}", "&a ", "*a", "!!str ", "\t", "  ", "\n", "#", "~", "0", "2025.10", "-1", "*", "yes", "1e999", "\u00e9", "---\n"];

    /// <summary>One edit: delete, duplicate or swap lines, insert a fragment, or truncate.</summary>
    private static readonly Gen<Func<string, string>> Mutation = Gen.OneOf(
        Gen.Int[0, 400].Select<int, Func<string, string>>(n => text => Lines(text, lines => { if (lines.Count > 0) lines.RemoveAt(n % lines.Count); })),
        Gen.Int[0, 400].Select<int, Func<string, string>>(n => text => Lines(text, lines => { if (lines.Count > 0) lines.Insert(n % lines.Count, lines[n % lines.Count]); })),
        Gen.Select(Gen.Int[0, 400], Gen.Int[0, 400]).Select<(int, int), Func<string, string>>(p => text => Lines(text, lines =>
        {
            if (lines.Count > 1) (lines[p.Item1 % lines.Count], lines[p.Item2 % lines.Count]) = (lines[p.Item2 % lines.Count], lines[p.Item1 % lines.Count]);
        })),
        Gen.Select(Gen.Int[0, 20_000], Gen.Int[0, Fragments.Length - 1]).Select<(int, int), Func<string, string>>(p => text => text.Insert(p.Item1 % (text.Length + 1), Fragments[p.Item2])),
        Gen.Int[0, 20_000].Select<int, Func<string, string>>(n => text => text[..(n % (text.Length + 1))]));

    private static readonly Gen<string> MutatedPlan = Gen.Select(Gen.Int[0, Sources.Length - 1], Mutation.Array[1, 4])
        .Select(p => p.Item2.Aggregate(Sources[p.Item1], (text, mutate) => mutate(text)));

    [Fact]
    public void MutatedPlans_ShouldNeverCrashAndAlwaysBeLocated()
    {
        using var directory = new TempDirectory();
        var path = Path.Combine(directory.Path, "plan.yaml");
        MutatedPlan.Sample(text =>
        {
            File.WriteAllText(path, text);
            var first = Run(directory.Path);
            var second = Run(directory.Path);
            var lines = text.Split('\n');

            Assert.Equal(first.Json, second.Json);
            Assert.DoesNotContain(first.Report.Findings, f => f.RuleId == "BPL004");
            foreach (var finding in first.Report.Findings)
            {
                Assert.Equal("plan.yaml", finding.Span.File);
                Assert.InRange(finding.Span.Line, 1, lines.Length + 1);
                Assert.InRange(finding.Span.Column, 1, (finding.Span.Line <= lines.Length ? lines[finding.Span.Line - 1].Length : 0) + 2);
            }

            using var json = JsonDocument.Parse(first.Json);
            Assert.Equal(first.Report.Findings.Count, json.RootElement.GetProperty("findings").GetArrayLength());
        }, iter: PropertyIterations.Count, threads: 1);
    }

    private static (CheckReport Report, string Json) Run(string directory)
    {
        var report = CheckPipeline.Run(new CheckRequest { Paths = ["plan.yaml"], WorkingDirectory = directory, Now = Checks.Now, Parallelism = 1 });
        var json = new StringWriter();
        new JsonReportWriter().Write(report, json);
        return (report, json.ToString());
    }

    private static string Lines(string text, Action<List<string>> edit)
    {
        var lines = text.Split('\n').ToList();
        edit(lines);
        return string.Join('\n', lines);
    }
}
