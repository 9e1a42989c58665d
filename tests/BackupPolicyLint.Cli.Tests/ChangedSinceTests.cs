using System.Text.Json;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Cli.Tests;

/// <summary>--changed-since in a scratch git repository: only changed and untracked files are reported.</summary>
public sealed class ChangedSinceTests : IDisposable
{
    private readonly string _repo = Directory.CreateTempSubdirectory("bpl-git-").FullName;

    public ChangedSinceTests()
    {
        Git("init", "-q");
        Copy("examples/flawed-prod/payments-prod.yaml", "plans/payments.yaml");
        Copy("examples/staging/catalog-staging.yaml", "plans/catalog.yaml");
        Git("add", "-A");
        Git("commit", "-q", "-m", "plans");
    }

    public void Dispose() => Directory.Delete(_repo, recursive: true);

    [Fact]
    public void UnchangedFiles_ShouldNotBeReported()
    {
        var result = BplProcess.InProcess(new Dictionary<string, string?>(), _repo, "check", ".", "--now", ReportFormatTests.Now, "--changed-since", "HEAD", "--format", "json");

        using var document = JsonDocument.Parse(result.Out);
        Assert.Equal(0, result.ExitCode);
        Assert.Empty(document.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Empty(document.RootElement.GetProperty("outcomes").EnumerateArray());
        Assert.Equal(2, document.RootElement.GetProperty("summary").GetProperty("files").GetInt32());
    }

    [Fact]
    public void ChangedAndUntrackedFiles_ShouldBeReported()
    {
        File.AppendAllText(Path.Combine(_repo, "plans/payments.yaml"), "# touched\n");
        Copy("examples/dev-community/graph-dev.yaml", "plans/new.yaml");

        var result = BplProcess.InProcess(new Dictionary<string, string?>(), _repo, "check", "plans", "--now", ReportFormatTests.Now, "--changed-since", "HEAD", "--format", "json");

        using var document = JsonDocument.Parse(result.Out);
        var files = document.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("file").GetString()).Distinct().Order(StringComparer.Ordinal);
        var planFiles = document.RootElement.GetProperty("outcomes").EnumerateArray().Select(o => o.GetProperty("file").GetString()).Distinct();
        Assert.Equal(1, result.ExitCode);
        // plans/catalog.yaml has findings too, but it is unchanged since HEAD.
        Assert.Equal(["plans/new.yaml", "plans/payments.yaml"], files);
        Assert.Equal(["plans/new.yaml", "plans/payments.yaml"], planFiles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Fingerprints_ShouldBeTheSameAsInAFullRun()
    {
        File.AppendAllText(Path.Combine(_repo, "plans/payments.yaml"), "# touched\n");

        var narrowed = BplProcess.InProcess(new Dictionary<string, string?>(), _repo, "check", ".", "--now", ReportFormatTests.Now, "--changed-since", "HEAD", "--format", "json");
        var full = BplProcess.InProcess(new Dictionary<string, string?>(), _repo, "check", ".", "--now", ReportFormatTests.Now, "--format", "json");

        Assert.Equal(Fingerprints(full.Out, "plans/payments.yaml"), Fingerprints(narrowed.Out, "plans/payments.yaml"));
        Assert.Empty(Fingerprints(narrowed.Out, "plans/catalog.yaml"));
        Assert.NotEmpty(Fingerprints(full.Out, "plans/catalog.yaml"));
    }

    [Theory]
    [InlineData("no-such-revision", "bpl: --changed-since: git diff failed: ")]
    [InlineData("--output=/tmp/x", "bpl: --changed-since '--output=/tmp/x' is not a git revision")]
    public void BadRevision_ShouldExitTwoWithOneLine(string revision, string expected)
    {
        var result = BplProcess.InProcess(new Dictionary<string, string?>(), _repo, "check", ".", $"--changed-since={revision}");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(expected, result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    private static List<string> Fingerprints(string json, string file)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("file").GetString() == file)
            .Select(f => f.GetProperty("fingerprint").GetString()!)
            .ToList();
    }

    private void Copy(string from, string to)
    {
        var target = Path.Combine(_repo, to);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(Repo.Path(from), target, overwrite: true);
    }

    private void Git(params string[] args) => TestGit.Run(_repo, args);
}
