using System.Text;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Hostile;

/// <summary>Broken files on disk, checked the way `bpl check` does: each yields its finding and the others still run.</summary>
public sealed class HostileFileTests
{
    private const string Plan = "apiVersion: bpl/v1\nkind: BackupPlan\nmetadata:\n  name: {0}\nspec:\n  databases:\n    - name: neo4j\n";

    private static string PlanNamed(string name) => string.Format(System.Globalization.CultureInfo.InvariantCulture, Plan, name);

    /// <summary>Writes the hostile file beside a good plan and checks both; the good plan's BPL102 must survive.</summary>
    private static (Finding? Problem, IReadOnlyList<Finding> All) CheckBeside(string name, byte[] content)
    {
        using var directory = new TempDirectory();
        File.WriteAllBytes(Path.Combine(directory.Path, name), content);
        directory.Write("good.yaml", PlanNamed("good"));

        var report = Checks.Run(directory.Path, name, "good.yaml");

        Assert.Contains(report.Findings, f => f.Span.File == "good.yaml" && f.RuleId == "BPL102");
        return (report.Findings.FirstOrDefault(f => f.Span.File == name && f.RuleId is "BPL001" or "BPL002"), report.Findings);
    }

    [Fact]
    public void FiftyMegabyteFile_ShouldBeRefusedWithoutReadingIt()
    {
        using var directory = new TempDirectory();
        var path = Path.Combine(directory.Path, "huge.yaml");
        using (var stream = File.Create(path))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var report = Checks.Run(directory.Path, "huge.yaml");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var finding = Assert.Single(report.Findings);
        Assert.Equal(("BPL001", 1), (finding.RuleId, finding.Span.Line));
        Assert.Contains("over the 10 MiB limit", finding.Message, StringComparison.Ordinal);
        Assert.True(allocated < 10 * 1024 * 1024, $"allocated {allocated:N0} bytes for a file it should not read");
    }

    [Fact]
    public void CrlfLineEndings_ShouldGiveTheSameLines()
    {
        var (_, all) = CheckBeside("crlf.yaml", Encoding.UTF8.GetBytes(PlanNamed("crlf").Replace("\n", "\r\n", StringComparison.Ordinal)));

        Assert.Contains(all, f => f.Span.File == "crlf.yaml" && f.RuleId == "BPL102" && f.Span.Line == 7 && f.Span.Column == 7);
    }

    [Fact]
    public void TabIndentation_ShouldGiveBpl001()
    {
        var (problem, _) = CheckBeside("tabs.yaml", Encoding.UTF8.GetBytes("apiVersion: bpl/v1\nkind: BackupPlan\nmetadata:\n\tname: tabs\n"));

        Assert.Equal("BPL001", problem?.RuleId);
        Assert.Equal(4, problem!.Span.Line);
    }

    [Fact]
    public void JsonWithTrailingComma_ShouldGiveBpl001()
    {
        var (problem, _) = CheckBeside("trailing.json", Encoding.UTF8.GetBytes("{\n  \"apiVersion\": \"bpl/v1\",\n  \"kind\": \"BackupPlan\",\n}\n"));

        Assert.Equal(("BPL001", 4), (problem?.RuleId, problem?.Span.Line));
        Assert.StartsWith("JSON syntax error", problem!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnclosedFlowSequence_ShouldGiveBpl001NearIt()
    {
        // YamlDotNet's scanner throws InvalidOperationException here rather than a YamlException.
        var (problem, _) = CheckBeside("unclosed.yaml", Encoding.UTF8.GetBytes("apiVersion: bpl/v1\nkind: BackupPlan\nb: [1, 2\nc: 3\n"));

        Assert.Equal(("BPL001", 3), (problem?.RuleId, problem?.Span.Line));
    }

    [Fact]
    public void Yaml11Boolean_WhereAStringIsExpected_ShouldBeAString()
    {
        // YAML 1.2: 'yes' is a string, so it is an invalid environment name, not `true`.
        var (problem, _) = CheckBeside("yes.yaml", Encoding.UTF8.GetBytes("apiVersion: bpl/v1\nkind: BackupPlan\nmetadata:\n  name: yes-plan\nspec:\n  environment: yes\n"));

        Assert.Equal(("BPL002", 6), (problem?.RuleId, problem?.Span.Line));
        Assert.Contains("'yes'", problem!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NumberWhereAVersionStringIsExpected_ShouldHintToQuote()
    {
        var (problem, _) = CheckBeside("num.yaml", Encoding.UTF8.GetBytes("apiVersion: bpl/v1\nkind: BackupPlan\nmetadata:\n  name: num\nspec:\n  dbms:\n    version: 5.10\n"));

        Assert.Equal(("BPL002", 7), (problem?.RuleId, problem?.Span.Line));
        Assert.Contains("quote it", problem!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("apiVersion: bpl/v1\nkind: BackupPlan\nmetadata: [1, 2]\nspec: 7\n")]
    [InlineData("apiVersion: bpl/v1\nkind: BackupPlan\nspec:\n  jobs: {a: 1}\n  databases: [1, [2], {name: [x]}]\n  storage: 'text'\n")]
    [InlineData("apiVersion: bpl/v1\nkind: BackupPlan\nmetadata: {name: w}\nspec:\n  jobs:\n    - {name: j, command: backup, databases: [~, ''], schedule: ~, destination: [x]}\n")]
    [InlineData("- just\n- a list\n")]
    [InlineData("apiVersion: bpl/v1\nkind: BackupPlan\n? [complex, key]\n: value\n")]
    public void WrongTypesEverywhere_ShouldGiveSchemaFindingsAndNoRuleFailure(string text)
    {
        using var directory = new TempDirectory();
        directory.Write("weird.yaml", text);

        var report = Checks.Run(directory.Path, "weird.yaml");

        Assert.DoesNotContain(report.Findings, f => f.RuleId == "BPL004");
    }
}
