using BackupPolicyLint.Loading.Baselines;
using BackupPolicyLint.Loading.Policies;
using BackupPolicyLint.Suppressions;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Policy;

/// <summary>A baseline grows with the findings it lists: whatever `bpl baseline create` writes, `bpl check --baseline` reads.</summary>
public sealed class BaselineFileTests
{
    [Fact]
    public void BaselineOfEightyThousandFindings_ShouldReadBackWhatWasWritten()
    {
        // The 10,000-plan corpus has 81,122 findings: a 13.9 MB baseline, over the 10 MiB every other input may have.
        var entries = Enumerable.Range(0, 80_000)
            .Select(i => new BaselineEntry($"BPL{100 + i % 700}", $"team-{i % 40:D2}/plan-{i:D5}.yaml", $"/spec/jobs/{i % 5}/schedule", i % 3 == 0 ? "" : $"0 {i % 24} * * *"))
            .ToList();
        using var directory = new TempDirectory();
        var file = Path.Combine(directory.Path, "baseline.json");
        var text = BaselineFile.Write(entries);
        File.WriteAllText(file, text);
        Assert.True(new FileInfo(file).Length > 10 * 1024 * 1024, "the baseline was meant to be larger than 10 MiB");

        var read = BaselineFile.Read(file, "baseline.json");

        Assert.Equal(entries.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.RuleId, StringComparer.Ordinal), read);
    }

    [Theory]
    [InlineData("[]", "baseline.json: a baseline is a JSON object")]
    [InlineData("""{"kind": "Waivers"}""", "baseline.json: not a baseline (kind is not Baseline)")]
    [InlineData("""{"kind": "Baseline", "entries": [3]}""", "baseline.json: each baseline entry is a JSON object")]
    [InlineData("""{"kind": "Baseline", "entries": [{"file": "a", "path": "/", "value": ""}]}""", "baseline.json: a baseline entry lacks 'ruleId'")]
    [InlineData("""{"kind": "Baseline", "entries": [{"ruleId": null, "file": "a", "path": "/", "value": ""}]}""", "baseline.json: a baseline entry's 'ruleId' must be a string, not null")]
    [InlineData("""{"kind": "Baseline",""", "baseline.json:1:20: the baseline is not valid JSON")]
    public void BaselineThatIsNotOne_ShouldBeRefusedWithItsReason(string json, string expected)
    {
        using var directory = new TempDirectory();
        var file = Path.Combine(directory.Path, "baseline.json");
        File.WriteAllText(file, json);

        var refusal = Assert.Throws<PolicyDocumentException>(() => BaselineFile.Read(file, "baseline.json"));

        Assert.StartsWith(expected, refusal.Message, StringComparison.Ordinal);
    }
}
