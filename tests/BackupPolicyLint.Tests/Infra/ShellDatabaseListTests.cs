using Xunit;
using static BackupPolicyLint.Tests.Infra.ShellTestSupport;

namespace BackupPolicyLint.Tests.Infra;

/// <summary>Database lists in variables, loops, arrays and functions, expanded as the shell would.</summary>
public sealed class ShellDatabaseListTests
{
    [Theory]
    [InlineData("DATABASES=\"neo4j system\"\nfor db in $DATABASES; do neo4j-admin database backup --to-path=/b \"$db\"; done")]
    [InlineData("DBS=(neo4j system)\nfor db in \"${DBS[@]}\"; do neo4j-admin database backup --to-path=/b \"$db\"; done")]
    [InlineData("for db in neo4j system; do\n  neo4j-admin database backup --to-path=/b \"$db\"\ndone")]
    [InlineData("DATABASES=\"neo4j system\"\nneo4j-admin database backup --to-path=/b $DATABASES")]
    [InlineData("backup() {\n  neo4j-admin database backup --to-path=/b \"$1\"\n}\nbackup neo4j\nbackup system")]
    [InlineData("function backup_all {\n  for db in \"$@\"; do neo4j-admin database backup --to-path=/b \"$db\"; done\n}\nbackup_all neo4j system")]
    [InlineData("backup_one() { local name=\"$1\"; neo4j-admin backup --backup-dir=/b --database=$name; }\nbackup_one neo4j; backup_one system")]
    [InlineData("DB=system\nneo4j-admin backup --backup-dir=/b --database=neo4j\nneo4j-admin backup --backup-dir=/b --database=$DB")]
    public void Lists_ShouldGiveEveryDatabaseTheScriptNames(string text)
    {
        Assert.Equal(["neo4j", "system"], Databases(Read(text)).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AQuotedList_ShouldStayOneWord_AsTheShellKeepsIt()
    {
        Assert.Equal(["neo4j system"], Databases(Read("DATABASES=\"neo4j system\"\nneo4j-admin database backup --to-path=/b \"$DATABASES\"")));
    }

    [Theory]
    [InlineData("for db in $(cypher-shell 'SHOW DATABASES'); do neo4j-admin database backup --to-path=/b \"$db\"; done")]
    [InlineData("neo4j-admin backup --backup-dir=/b --database=$NEO4J_DATABASE")]
    [InlineData("backup() { neo4j-admin database backup --to-path=/b \"$1\"; }")]
    public void UnknownLists_ShouldStaySymbolic(string text)
    {
        var names = Databases(Read(text));

        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.Contains('$', n));
    }

    [Fact]
    public void ManyMultiValuedVariablesInOneWord_AndRecursiveFunctions_ShouldStayBounded()
    {
        var loops = string.Concat("abcdefgh".Select(v => $"for {v} in {string.Join(' ', Enumerable.Range(0, 200).Select(i => $"x{i}"))}; do :; done\n"));
        var facts = Read(loops + "neo4j-admin database backup --to-path=/b $a$b$c$d$e$f$g$h\nf() { f; f; f; }; f\n");

        Assert.InRange(Databases(facts).Count, 1, 64);
    }

    [Fact]
    public void AFunctionCalledTwice_ShouldGiveOneJobPerCall_LocatedInItsBody()
    {
        var facts = Read("b() {\n  neo4j-admin database backup --to-path=/b \"$1\"\n}\nb neo4j\nb system\n");

        Assert.Equal(2, facts.Jobs.Count);
        Assert.All(facts.Jobs, j => Assert.Equal(2, j.Span.Line));
    }
}
