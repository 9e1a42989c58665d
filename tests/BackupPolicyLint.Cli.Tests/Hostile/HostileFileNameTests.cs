using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Cli.Tests.Hostile;

/// <summary>
/// A real file whose name holds a line break followed by a workflow command (Linux allows any byte but '/' and NUL):
/// checked end to end, the github format annotates it without a second command and the text format keeps it on one
/// line, the break shown as \n.
/// </summary>
public sealed class HostileFileNameTests : IDisposable
{
    private const string Name = "x\n::error file=README.md,line=1::INJECTED\n\u202E\u001b[2J.yaml";
    private const string Plan = "apiVersion: bpl/v1\nkind: BackupPlan\nmetadata:\n  name: hostile\nspec:\n  databases:\n    - name: neo4j\n";
    private readonly TempDirectory _directory = new();

    public HostileFileNameTests() => _directory.Write(Name, Plan);

    public void Dispose() => _directory.Dispose();

    private string[] Check(string format, params string[] paths)
    {
        var result = InProcessCli.Run(_directory.Path, new Dictionary<string, string>(), ["check", .. paths, "--now", "2026-11-20T06:00:00Z", "--format", format]);
        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain('\u001b', result.Out);
        Assert.DoesNotContain('\u202E', result.Out);
        return result.Out.TrimEnd('\n').Split('\n');
    }

    [SkippableTheory]
    [InlineData(".")]
    [InlineData(Name)]
    public void GitHubFormat_ShouldNotLetTheFileNameStartAWorkflowCommand(string path)
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "a line break in a file name needs Linux");

        var lines = Check("github", path);

        Assert.DoesNotContain(lines, l => l.StartsWith("::error file=README.md", StringComparison.Ordinal));
        var commands = lines.Where(l => l.StartsWith("::", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(commands);
        Assert.All(commands, c => Assert.Matches(@"^::(error|warning|notice) file=x\\n%3A%3Aerror file=README\.md%2Cline=1%3A%3AINJECTED\\n\\u202E\\e\[2J\.yaml,line=\d+,", c));
        Assert.Equal(commands.Count + 1, lines.Length); // and the summary line
    }

    [SkippableFact]
    public void TextFormat_ShouldShowTheFileNameOnOneLine()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "a line break in a file name needs Linux");

        var lines = Check("text", ".");

        Assert.DoesNotContain(lines, l => l.StartsWith("::", StringComparison.Ordinal));
        Assert.All(lines[..^1], l => Assert.StartsWith("x\\n::error file=README.md,line=1::INJECTED\\n\\u202E\\e[2J.yaml:", l, StringComparison.Ordinal));
    }
}
