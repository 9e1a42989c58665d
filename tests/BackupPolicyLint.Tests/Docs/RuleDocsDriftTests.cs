using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Rules;
using BackupPolicyLint.Rules.BuiltIn;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Docs;

/// <summary>
/// The rule metadata the docs repeat (each page's header row, the index row) says what the descriptor says: name,
/// category, inputs and the severity per environment. Until the docs are generated from the catalogue (issue 20), a
/// change to a descriptor that the docs do not follow fails here, naming the row to fix.
/// </summary>
public sealed class RuleDocsDriftTests
{
    public static TheoryData<string> RuleIds() => new(RuleCatalog.All.Select(r => r.Descriptor.Id));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void PageHeaderRow_ShouldSayWhatTheDescriptorSays(string id)
    {
        var descriptor = RuleCatalog.Find(id)!.Descriptor;
        var expected = $"| {id} | {descriptor.Name} | {descriptor.Category.ToTitle()} | {Inputs(descriptor.Inputs)} | {Severities(descriptor.Severities)} |";

        var row = File.ReadLines(Repo.Path("docs", "rules", $"{id}.md")).FirstOrDefault(l => l.StartsWith($"| {id} |", StringComparison.Ordinal));

        Assert.Equal(expected, row);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void IndexRow_ShouldSayWhatTheDescriptorSays(string id)
    {
        var descriptor = RuleCatalog.Find(id)!.Descriptor;
        var expected = $"| [{id}]({id}.md) | {descriptor.Name} | {Inputs(descriptor.Inputs)} | {Severities(descriptor.Severities)} |";

        var rows = File.ReadLines(Repo.Path("docs", "rules", "README.md")).Where(l => l.StartsWith($"| [{id}]", StringComparison.Ordinal)).ToList();

        Assert.Equal([expected], rows);
    }

    private static string Inputs(RuleInputs inputs) => string.Join(", ", new[]
    {
        (RuleInputs.Plan, "plan"), (RuleInputs.Config, "config"), (RuleInputs.Scripts, "scripts"),
        (RuleInputs.Inventory, "inventory"), (RuleInputs.Artifacts, "artifacts"),
    }.Where(i => inputs.HasFlag(i.Item1)).Select(i => i.Item2));

    private static string Severities(DefaultSeverities severities) =>
        string.Join(" | ", new[] { severities.Production, severities.Staging, severities.Development }.Select(s => s?.ToName() ?? "off"));
}
