using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Cli.Tests.Cli;

/// <summary>A run that checked nothing is not a pass: a folder with no file bpl reads exits 2, unless --allow-no-files.</summary>
public sealed class EmptyInputTests
{
    private static InProcessCli.Result Run(string directory, params string[] args) => InProcessCli.Run(directory, new Dictionary<string, string>(), args);

    [Theory]
    [InlineData(".")]
    [InlineData("plans")]
    public void EmptyFolder_ShouldExitTwo(string path)
    {
        using var directory = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(directory.Path, "plans"));

        var result = Run(directory.Path, path == "." ? ["check"] : ["check", path]);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"bpl: no files to check under {path}: ", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void FolderOfOtherToolsFiles_ShouldExitTwo()
    {
        using var directory = new TempDirectory();
        directory.Write("ci/workflow.yaml", "name: build\non: push\njobs: {}\n");
        directory.Write("README.md", "# nothing here\n");

        var result = Run(directory.Path, "check", "ci");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("bpl: no files to check under ci: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void OneEmptyFolderAmongOthers_ShouldBeNamed()
    {
        using var directory = new TempDirectory();
        directory.Write("a/plan.yaml", File.ReadAllText(Path.Combine(Repo.Fixtures, "base-plan.yaml")));
        Directory.CreateDirectory(Path.Combine(directory.Path, "b"));

        var result = Run(directory.Path, "check", "a", "b", "--now", "2026-11-20T06:00:00Z");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("bpl: no files to check under b: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AllowNoFiles_ShouldCheckNothingAndPass()
    {
        using var directory = new TempDirectory();

        var result = Run(directory.Path, "check", "--allow-no-files");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("0 files checked: 0 errors, 0 warnings, 0 notes" + Environment.NewLine, result.Out);
    }

    [Fact]
    public void FileNamedOnTheCommandLine_ShouldBeReadWhateverItHolds()
    {
        using var directory = new TempDirectory();
        directory.Write("notes.yaml", "just: a mapping\n");

        var result = Run(directory.Path, "check", "notes.yaml");

        Assert.NotEqual(2, result.ExitCode);
    }

    // A folder of Helm templates only (found about Neo4j, not judged) is not refused: SkippedFilesVerboseTests.
}
