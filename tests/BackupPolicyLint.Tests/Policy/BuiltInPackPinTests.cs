using BackupPolicyLint.Loading.Policies;
using BackupPolicyLint.Rules.BuiltIn;
using Xunit;

namespace BackupPolicyLint.Tests.Policy;

/// <summary>Pinned built-in packs: rules introduced after the pin stay off; pins outside the shipped range are refused.</summary>
public sealed class BuiltInPackPinTests
{
    private static IReadOnlyDictionary<string, string> SinceWithALaterRule() =>
        RuleCatalog.All.ToDictionary(r => r.Descriptor.Id, r => r.Descriptor.Id == "BPL904" ? "2027.02" : r.Descriptor.Since, StringComparer.Ordinal);

    [Fact]
    public void EveryBuiltInRule_ShouldBeSinceAPackVersionTheToolShips()
    {
        var shipped = BuiltInPacks.Shipped.Select(p => p.Version).Distinct().Single();
        Assert.All(RuleCatalog.All, r => Assert.True(string.CompareOrdinal(r.Descriptor.Since, shipped) <= 0, $"{r.Descriptor.Id} since {r.Descriptor.Since}"));
    }

    [Fact]
    public void PinnedPack_ShouldLeaveOutRulesIntroducedAfterThePin()
    {
        // As a 2027.02 tool would see it: BPL904 introduced then, and the shipped pack now at 2027.02.
        var since = SinceWithALaterRule();
        var pinned = BuiltInPacks.Load("production@2026.11", since);
        Assert.DoesNotContain("BPL904", pinned.Rules.Keys);
        Assert.Contains("BPL101", pinned.Rules.Keys);
        Assert.Equal("2026.11", pinned.Version);
        Assert.NotEqual(BuiltInPacks.Load("production", since).ContentHash, pinned.ContentHash);
    }

    [Fact]
    public void PinAtTheShippedVersion_ShouldKeepEveryRule()
    {
        var since = RuleCatalog.All.ToDictionary(r => r.Descriptor.Id, r => r.Descriptor.Since, StringComparer.Ordinal);
        var current = BuiltInPacks.Load("production", since);
        var pinned = BuiltInPacks.Load("production@2026.11", since);
        Assert.Equal(current.Rules.Keys.Order(), pinned.Rules.Keys.Order());
    }

    [Theory]
    [InlineData("production@2099.01", "upgrade bpl")]
    [InlineData("production@2020.01", "start at")]
    [InlineData("production@latest", "YYYY.MM")]
    public void PinOutsideTheShippedRange_ShouldBeRefused(string reference, string expected)
    {
        var since = RuleCatalog.All.ToDictionary(r => r.Descriptor.Id, r => r.Descriptor.Since, StringComparer.Ordinal);
        var error = Assert.Throws<PolicyDocumentException>(() => BuiltInPacks.Load(reference, since));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
