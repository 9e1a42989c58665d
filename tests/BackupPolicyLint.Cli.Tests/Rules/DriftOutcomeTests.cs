using System.Text.Json;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Cli.Tests.Rules;

/// <summary>
/// Issue 17 (2): an outcome of pass means something was compared. For each drift rule, a plan and an inventory that
/// agree give pass, and each way of lacking one side gives not-evaluated (or not-applicable) with its reason, never pass.
/// The plan and snapshot are BPL805's quiet pair (every part collected, everything agreeing), edited per case.
/// </summary>
public sealed class DriftOutcomeTests
{
    private static readonly string Folder = Path.Combine(Repo.Fixtures, "Rules", "BPL805");

    private static string Plan => File.ReadAllText(Path.Combine(Folder, "quiet.yaml")).Replace("  dbms:\n", "  dbms:\n    inventory: fixture-prod-dbms\n", StringComparison.Ordinal);

    private static string Inventory => File.ReadAllText(Path.Combine(Folder, "inventory-quiet.json"));

    /// <summary>Plan without remote address resolution, so BPL804 has 'from' sources to judge.</summary>
    private static string WithFrom => Plan.Replace("remoteAddressResolution: true", "remoteAddressResolution: false", StringComparison.Ordinal);

    private const string NoSettings = "\"settings\": {}";
    private static string Incomplete(string inventory, string part) =>
        inventory.Replace("\"incomplete\": []", $"\"incomplete\": [ {{ \"part\": \"{part}\", \"reason\": \"permission denied (HTTP 403)\" }} ]", StringComparison.Ordinal);

    private static string WithoutSettings(string inventory) =>
        System.Text.RegularExpressions.Regex.Replace(inventory, "\"settings\": \\{[^}]*\\}", NoSettings);

    private static string WithoutDatabases(string inventory) =>
        System.Text.RegularExpressions.Regex.Replace(Incomplete(inventory, "databases"), "\"databases\": \\[.*?\\n    \\]", "\"databases\": []", System.Text.RegularExpressions.RegexOptions.Singleline);

    public static TheoryData<string, string, string, string, string> Cases() => new()
    {
        // rule, case, plan, inventory, expected outcome (and the start of its reason after ':')
        { "BPL801", "both read, agreeing", Plan, Inventory, "pass" },
        { "BPL801", "Community: no backup settings", Plan, WithoutSettings(Inventory).Replace("\"edition\": \"enterprise\"", "\"edition\": \"community\"", StringComparison.Ordinal), "not-evaluated:the live DBMS is Community Edition" },
        { "BPL801", "settings refused", Plan, Incomplete(WithoutSettings(Inventory), "settings"), "not-evaluated:the live settings could not be collected" },
        { "BPL801", "no backup setting visible", Plan, WithoutSettings(Inventory), "not-evaluated:the live DBMS shows no backup settings" },
        { "BPL801", "plan states no listener", RemoveListener(Plan), Inventory, "not-evaluated:the plan states no dbms.backupListener" },
        { "BPL802", "both read, agreeing", Plan, Inventory, "pass" },
        { "BPL802", "components not collected", Plan, Incomplete(Inventory.Replace("\"edition\": \"enterprise\",", "", StringComparison.Ordinal).Replace("\"version\": \"2025.10.1\",", "", StringComparison.Ordinal), "components"), "not-evaluated:the live edition and version could not be collected" },
        { "BPL803", "both read, agreeing", Plan, Inventory, "pass" },
        { "BPL803", "databases not collected", Plan, WithoutDatabases(Inventory), "not-evaluated:the live databases could not be collected" },
        { "BPL804", "both read, agreeing", WithFrom, Inventory, "pass" },
        { "BPL804", "every job resolves its source itself", Plan, Inventory, "not-applicable:no backup job names 'from' sources" },
        { "BPL804", "databases not collected", WithFrom, WithoutDatabases(Inventory), "not-evaluated:the live databases could not be collected" },
        { "BPL804", "no source known to the inventory", WithFrom.Replace("from: [ server-1:6362, server-2:6362, server-3:6362 ]", "from: [ 10.0.9.99:6362 ]", StringComparison.Ordinal), Inventory, "not-evaluated:no 'from' source is a server" },
        { "BPL805", "every part read", Plan, Inventory, "pass" },
        { "BPL806", "the named inventory was given", Plan, Inventory, "pass" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void DriftRule_ShouldPassOnlyWhenBothSidesWereRead(string rule, string @case, string plan, string inventory, string expected)
    {
        using var directory = new TempDirectory();
        directory.Write("plan.yaml", plan);
        directory.Write("live.json", inventory);

        var result = InProcessCli.Run(directory.Path, new Dictionary<string, string>(), "check", "plan.yaml", "--inventory", "live.json", "--format", "json", "--now", "2026-11-20T06:00:00Z");

        var outcome = JsonDocument.Parse(result.Out).RootElement.GetProperty("outcomes").EnumerateArray().Single(o => o.GetProperty("ruleId").GetString() == rule);
        var actual = $"{outcome.GetProperty("outcome").GetString()}:{outcome.GetProperty("reason").GetString()}";
        Assert.True(actual.StartsWith(expected, StringComparison.Ordinal), $"{rule}, {@case}: {actual}\n{result.Error}");
    }

    private static string RemoveListener(string plan)
    {
        var start = plan.IndexOf("    backupListener:\n", StringComparison.Ordinal);
        var end = plan.IndexOf("    txLogRetention:", StringComparison.Ordinal);
        return plan[..start] + plan[end..];
    }
}
