using System.Text.Json.Nodes;
using BackupPolicyLint.Loading.Schema;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Loading;

/// <summary>BPL002 quotes the expected form from the schema's descriptions; it must be whole, never cut at an "e.g.".</summary>
public sealed class SchemaMessageTests
{
    public static TheoryData<string, string> PatternDescriptions()
    {
        var data = new TheoryData<string, string>();
        foreach (var schema in Directory.GetFiles(Repo.Path("policies", "schema"), "*.schema.json"))
        {
            Walk(JsonNode.Parse(File.ReadAllText(schema))!, Path.GetFileName(schema), data);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PatternDescriptions))]
    public void ExpectedForm_ShouldBeAWholeSentence(string where, string description)
    {
        var form = SchemaValidator.FirstSentence(description);

        Assert.False(form.EndsWith("e.g", StringComparison.Ordinal) || form.EndsWith("i.e", StringComparison.Ordinal), $"{where}: '{form}'");
        Assert.True(form.Count(c => c == '(') == form.Count(c => c == ')'), $"{where}: unbalanced parentheses in '{form}'");
        Assert.True(form.Count(c => c == '"') % 2 == 0, $"{where}: unbalanced quotes in '{form}'");
    }

    [Fact]
    public void ScheduleMismatch_ShouldQuoteTheExamplesWhole()
    {
        var report = Checks.RunText(File.ReadAllText(Path.Combine(Repo.Fixtures, "base-plan.yaml")).Replace("schedule: \"0 2 * * *\"", "schedule: \"every night\"", StringComparison.Ordinal));

        var finding = Assert.Single(report.Findings, f => f.RuleId == "BPL002");
        Assert.Contains("e.g. \"0 2 * * *\" (daily at 02:00) or \"0 * * * *\" (hourly)", finding.Message, StringComparison.Ordinal);
    }

    private static void Walk(JsonNode node, string where, TheoryData<string, string> data)
    {
        if (node is JsonObject obj)
        {
            if (obj["pattern"] is not null && obj["description"]?.GetValue<string>() is { } description)
            {
                data.Add(where, description);
            }

            foreach (var (key, child) in obj)
            {
                if (child is not null)
                {
                    Walk(child, $"{where}/{key}", data);
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array.OfType<JsonNode>())
            {
                Walk(child, where, data);
            }
        }
    }
}
