using BackupPolicyLint.Loading.Infra;
using Xunit;

namespace BackupPolicyLint.Tests.Infra;

public sealed class ShellTokenizerTests
{
    private static List<List<string>> Words(string text) =>
        ShellTokenizer.Tokenize(text).Select(c => c.Words.Select(w => w.Text).ToList()).ToList();

    [Fact]
    public void Quotes_ShouldBeRemovedAndKeepBlanksInsideAWord()
    {
        var commands = Words("neo4j-admin database backup --to-path='/mnt/my backups' \"orders db\" sys\\ tem");

        Assert.Equal(["neo4j-admin", "database", "backup", "--to-path=/mnt/my backups", "orders db", "sys tem"], commands.Single());
    }

    [Fact]
    public void LineContinuations_ShouldJoinOneCommandAndKeepEachWordOnItsLine()
    {
        var commands = ShellTokenizer.Tokenize("neo4j-admin database backup \\\n  --to-path=/backups \\\n  neo4j system\n");

        var command = Assert.Single(commands);
        Assert.Equal(["neo4j-admin", "database", "backup", "--to-path=/backups", "neo4j", "system"], command.Words.Select(w => w.Text));
        Assert.Equal((2, 3), (command.Words[3].Line, command.Words[3].Column));
        Assert.Equal((3, 9), (command.Words[5].Line, command.Words[5].Column));
    }

    [Fact]
    public void Operators_ShouldSeparateCommandsAndBeRemembered()
    {
        var commands = ShellTokenizer.Tokenize("a && b || c; d | e & f");

        Assert.Equal(["a", "b", "c", "d", "e", "f"], commands.Select(c => c.Words[0].Text));
        Assert.Equal(["&&", "||", ";", "|", "&", ""], commands.Select(c => c.Separator));
    }

    [Fact]
    public void CommentsRedirectionsAndHereDocs_ShouldBeDropped()
    {
        var commands = Words("# neo4j-admin database dump neo4j\ncat <<EOF > /tmp/x\nneo4j-admin database dump neo4j\nEOF\nneo4j-admin database backup neo4j 2>&1 >> /var/log/b.log # done\n");

        Assert.Equal([["cat"], ["neo4j-admin", "database", "backup", "neo4j"]], commands);
    }

    [Fact]
    public void Variables_ShouldStaySymbolic()
    {
        var word = ShellTokenizer.Tokenize("backup --to-path=\"$BACKUP_DIR\" $(date +%F) '$literal'").Single().Words;

        Assert.Equal("--to-path=$BACKUP_DIR", word[1].Text);
        Assert.True(word[1].Symbolic);
        Assert.Equal("$(date +%F)", word[2].Text);
        Assert.True(word[2].Symbolic);
        Assert.Equal("$literal", word[3].Text);
        Assert.False(word[3].Symbolic);
    }

    [Fact]
    public void UnclosedQuote_ShouldEndTheTextAndDropTheCommandItIsIn()
    {
        // The shell rejects the command whose quote never closes and everything after it; none of it runs.
        var commands = Words("date\necho \"never closed\nneo4j-admin database backup");

        Assert.Equal([["date"]], commands);
    }
}
