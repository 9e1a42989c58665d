using BackupPolicyLint.Engine;
using Xunit;

namespace BackupPolicyLint.Tests.Inventory;

/// <summary>What each live inventory of a run is called: its host, or host:port where hosts collide.</summary>
public sealed class InventoryNamesTests
{
    private static IReadOnlyList<string> Names(params string[] uris) => InventoryNames.For(uris.Select(u => new Uri(u)).ToList());

    [Fact]
    public void DistinctHosts_ShouldBeNamedByTheirHost_AsASingleDbmsIs()
    {
        Assert.Equal(["orders-db", "10.0.1.11"], Names("https://orders-db:7473", "http://10.0.1.11:7474"));
    }

    [Fact]
    public void HostsSharedByTwoEndpoints_ShouldBeNamedHostColonPort_AndTheOthersStayPlain()
    {
        Assert.Equal(
            ["db1:7474", "payments", "db1:8474"],
            Names("http://db1:7474", "https://payments:7473", "http://DB1:8474"));
    }

    [Theory]
    [InlineData("http://db1:7474", "http://db1:7474/", "--neo4j-uri http://db1:7474 is given twice")]
    [InlineData("http://db1:7474", "https://db1:7474", "--neo4j-uri http://db1:7474 and https://db1:7474 are the same DBMS (both would be inventory 'db1:7474')")]
    public void TheSameDbmsTwice_ShouldBeAUsageError(string first, string second, string expected)
    {
        var error = Assert.Throws<CheckFailureException>(() => Names(first, second));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }
}
