using BackupPolicyLint.Loading.Infra;
using Xunit;

namespace BackupPolicyLint.Tests.Infra;

public sealed class AdminCommandParserTests
{
    private static AdminCommand? Parse(string text) => AdminCommandParser.Parse(ShellTokenizer.Tokenize(text).Single().Words);

    [Fact]
    public void Backup5_ShouldReadEveryOptionFormAndThePositionalDatabases()
    {
        var command = Parse("/var/lib/neo4j/bin/neo4j-admin database backup --from=a:6362,b:6362 --to-path /backups --type=DIFF --compress=false "
            + "--include-metadata=users --remote-address-resolution --temp-path=/scratch --expand-commands neo4j system")!;

        Assert.Equal(("backup", "5"), (command.Verb, command.Syntax));
        Assert.Equal(["neo4j", "system"], command.Databases.Select(d => d.Text));
        Assert.Equal("a:6362,b:6362", command.Option("--from")!.Value);
        Assert.Equal("/backups", command.Option("--to-path")!.Value);
        Assert.Equal("DIFF", command.Option("--type")!.Value);
        Assert.False(command.Option("--compress")!.Flag);
        Assert.True(command.Option("--remote-address-resolution")!.Flag);
        Assert.Equal("users", command.Option("--include-metadata")!.Value);
        Assert.Empty(command.UnknownOptions);
    }

    [Fact]
    public void Backup44_ShouldReadTheDatabaseOptionAndBackupDir()
    {
        var command = Parse("neo4j-admin backup --backup-dir=/mnt/backup --database=system --check-consistency=false --from=10.0.0.1:6362")!;

        Assert.Equal(("backup", "4.4", "neo4j-admin backup"), (command.Verb, command.Syntax, command.Tool));
        Assert.Equal(["system"], command.Databases.Select(d => d.Text));
        Assert.Equal("/mnt/backup", command.Option("--backup-dir")!.Value);
        Assert.False(command.Option("--check-consistency")!.Flag);
    }

    [Theory]
    [InlineData("neo4j-admin dump --database=neo4j --to=/dumps/neo4j.dump", "dump", "4.4")]
    [InlineData("neo4j-admin database dump neo4j --to-path=/dumps", "dump", "5")]
    [InlineData("neo4j-admin database aggregate-backup --from-path=/backups neo4j", "aggregate", "5")]
    [InlineData("neo4j-admin backup aggregate --from-path=/backups neo4j", "aggregate", "5")]
    [InlineData("neo4j-admin database restore --from-path=/b --overwrite-destination=true neo4j", "restore", "5")]
    [InlineData("neo4j-admin check-consistency --database=neo4j", "check", "4.4")]
    [InlineData("neo4j-admin database check --from-path=/b neo4j", "check", "5")]
    public void Forms_ShouldBeToldApart(string text, string verb, string syntax)
    {
        var command = Parse(text)!;

        Assert.Equal((verb, syntax), (command.Verb, command.Syntax));
    }

    [Theory]
    [InlineData("neo4j-admin server start")]
    [InlineData("neo4j-admin dbms set-initial-password secret")]
    [InlineData("neo4j start")]
    public void OtherCommands_ShouldNotBeRecognised(string text) => Assert.Null(Parse(text));

    [Fact]
    public void OptionValue_ShouldBeLocatedOnItsWord()
    {
        var command = Parse("neo4j-admin database backup\\\n  --to-path=/data/backups neo4j")!;
        var option = command.Option("--to-path")!;

        Assert.Equal((2, 3), (option.Word.Line, option.Word.Column));
        Assert.Equal(new TextPosition(2, 13), option.ValueAt.At(option.ValueOffset));
    }
}
