using System.Text.Json;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Cli.Tests;

/// <summary>
/// `bpl check --backups` end to end on examples/backups. Git keeps no file modes, so the location is first copied
/// to a temporary folder with private modes (0600 files, 0700 folders): the output then does not depend on the
/// umask of the checkout, and BPL408 does not drown the other findings.
/// </summary>
public sealed class BackupsCommandTests : IDisposable
{
    private const string Now = "2026-11-20T06:00:00Z";
    private const string Inspect = "examples/backups/payments-prod.inspect.txt";
    private readonly string _location = Directory.CreateTempSubdirectory("bpl-cli-backups-").FullName;

    public BackupsCommandTests()
    {
        var source = Repo.Path("examples", "backups");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_location, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        if (!OperatingSystem.IsWindows())
        {
            foreach (var directory in Directory.EnumerateDirectories(_location, "*", SearchOption.AllDirectories).Append(_location))
            {
                File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            foreach (var file in Directory.EnumerateFiles(_location, "*", SearchOption.AllDirectories))
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }
    }

    public void Dispose() => Directory.Delete(_location, recursive: true);

    [Fact]
    public void ExampleLocation_AsText_ShouldMatchGolden()
    {
        // The README's command, on the private copy of examples/backups.
        var result = BplProcess.InProcess("check", "examples", "--backups", _location, "--now", Now);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.DoesNotContain(_location, result.Out, StringComparison.Ordinal);
        Golden.Match("examples-backups.txt", result.Out);
    }

    [Fact]
    public void ExampleLocation_AsJson_ShouldLocateArtifactFindingsOnThePlans()
    {
        var result = BplProcess.InProcess("check", "examples", "--backups", _location, "--backup-inspect", Inspect, "--now", Now, "--format", "json");
        using var document = JsonDocument.Parse(result.Out);

        var artifacts = document.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("source").GetString() == "artifacts")
            .Select(f => $"{f.GetProperty("file").GetString()}:{f.GetProperty("line").GetInt32()} {f.GetProperty("ruleId").GetString()} {f.GetProperty("subject").GetString()}")
            .ToList();

        Assert.Equal(
            [
                "examples/dev-community/graph-dev.yaml:29 BPL901 graph-dev/databases/system",
                "examples/flawed-prod/payments-prod.yaml:45 BPL901 payments-prod/databases/payments",
                "examples/flawed-prod/payments-prod.yaml:45 BPL903 payments-prod/databases/payments",
                "examples/flawed-prod/payments-prod.yaml:47 BPL904 payments-prod/databases/merchants",
                "examples/flawed-prod/payments-prod.yaml:83 BPL902 payments-prod/databases/audit",
                "examples/flawed-prod/payments-prod.yaml:169 BPL902 payments-analytics/databases/system",
                "examples/flawed-prod/payments-prod.yaml:170 BPL902 payments-analytics/databases/neo4j",
                "examples/staging/catalog-staging.yaml:35 BPL903 catalog-staging/databases/catalog",
            ],
            artifacts);
    }

    [Fact]
    public void CheckoutModes_ShouldBeReportedByBpl408()
    {
        // Given one example folder opened up the way a default umask leaves files
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var folder = Path.Combine(_location, "orders-prod");
        File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            File.SetUnixFileMode(file, (UnixFileMode)0b110_100_100);
        }

        // When the well-run production example is checked against it
        var result = BplProcess.InProcess("check", "examples/prod-cluster", "--backups", _location, "--now", Now);

        // Then its only findings are BPL408, one per database, naming the folder and a file
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("examples/", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, lines.Count);
        Assert.All(lines, l => Assert.Contains("error BPL408", l, StringComparison.Ordinal));
        Assert.All(lines, l => Assert.Contains("folder 'orders-prod' is listable and traversable by others (mode 0755)", l, StringComparison.Ordinal));
        Assert.Equal(1, result.ExitCode);
    }
}
