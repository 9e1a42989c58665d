using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Cli.Tests.Hostile;

/// <summary>
/// Paths under the checked folders that are not readable regular files: each is reported once (or skipped, when found
/// by walking), nothing hangs, and the good plan beside it is still checked. Linux only: FIFOs, /proc and /dev.
/// </summary>
public sealed class SpecialFileTests : IDisposable
{
    private const string Plan = "apiVersion: bpl/v1\nkind: BackupPlan\nmetadata:\n  name: good\nspec:\n  databases:\n    - name: neo4j\n";
    private readonly TempDirectory _directory = new();

    public SpecialFileTests() => _directory.Write("good.yaml", Plan);

    public void Dispose() => _directory.Dispose();

    private string PathOf(string name) => Path.Combine(_directory.Path, name);

    /// <summary>Runs `bpl check` on <paramref name="paths"/> in this process, failing instead of hanging.</summary>
    private InProcessCli.Result Check(params string[] paths)
    {
        var run = Task.Run(() => InProcessCli.Run(_directory.Path, new Dictionary<string, string>(), ["check", .. paths, "--now", "2026-11-20T06:00:00Z", "--format", "json"]));
        Assert.True(run.Wait(TimeSpan.FromSeconds(60)), $"bpl check {string.Join(' ', paths)} did not finish");
        var result = run.Result;
        Assert.Equal("", result.Error);
        Assert.Contains("\"file\": \"good.yaml\"", result.Out, StringComparison.Ordinal);
        Assert.Contains("\"ruleId\": \"BPL102\"", result.Out, StringComparison.Ordinal);
        return result;
    }

    private static List<(string Rule, string File, int Line, string Message)> Findings(InProcessCli.Result result) =>
        System.Text.Json.JsonDocument.Parse(result.Out).RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("ruleId").GetString()!, f.GetProperty("file").GetString()!, f.GetProperty("line").GetInt32(), f.GetProperty("message").GetString()!))
            .ToList();

    private static void SkipUnlessLinux() => Skip.IfNot(OperatingSystem.IsLinux(), "FIFOs, /proc/self/mem and /dev/zero are Linux paths");

    [SkippableTheory]
    [InlineData("/proc/self/mem", "cannot read file: Input/output error")]
    [InlineData("/dev/zero", "file is a character device, not a regular file; it is not read")]
    public void LinkToASpecialFile_GivenExplicitly_ShouldBeOneFindingOnIt(string target, string message)
    {
        SkipUnlessLinux();
        File.CreateSymbolicLink(PathOf("plan.yaml"), target);

        var result = Check("plan.yaml", "good.yaml");

        Assert.Equal(1, result.ExitCode);
        var problem = Assert.Single(Findings(result), f => f.File == "plan.yaml");
        Assert.Equal(("BPL001", 1, message), (problem.Rule, problem.Line, problem.Message));
    }

    [SkippableFact]
    public void Fifo_GivenExplicitly_ShouldBeReportedWithoutOpeningIt()
    {
        SkipUnlessLinux();
        MakeFifo(PathOf("plan.yaml"));

        var result = Check("plan.yaml", "good.yaml");

        var problem = Assert.Single(Findings(result), f => f.File == "plan.yaml");
        Assert.Equal(("BPL001", 1, "file is a named pipe (FIFO), not a regular file; it is not read"), (problem.Rule, problem.Line, problem.Message));
    }

    [SkippableTheory]
    [InlineData(".env")]
    [InlineData("neo4j.env")]
    [InlineData("/dev/zero")]
    public void EnvFileOfACompose_ThatIsNotARegularFile_ShouldBeIgnoredWithoutHanging(string envFile)
    {
        SkipUnlessLinux();
        _directory.Write("docker-compose.yml", "services:\n  neo4j:\n    image: neo4j:${NEO4J_TAG}\n    env_file: [ neo4j.env ]\n");
        if (envFile.StartsWith('/'))
        {
            File.CreateSymbolicLink(PathOf(".env"), envFile);
        }
        else
        {
            MakeFifo(PathOf(envFile));
        }

        var result = Check(".");

        Assert.DoesNotContain(Findings(result), f => f.File.StartsWith("docker-compose", StringComparison.Ordinal) && f.Rule is "BPL001" or "BPL004");
    }

    [SkippableFact]
    public void Fifo_FoundByWalking_ShouldBeSkipped()
    {
        SkipUnlessLinux();
        MakeFifo(PathOf("plan.yaml"));
        MakeFifo(PathOf("backup")); // an extension-less file is a shell script candidate

        var result = Check(".");

        Assert.DoesNotContain(Findings(result), f => f.File is "plan.yaml" or "backup");
    }

    [SkippableFact]
    public void SpecialFilesAPlanClaimsAsConfigFiles_ShouldBeReportedWithoutOpeningThem()
    {
        SkipUnlessLinux();
        MakeFifo(PathOf("neo4j.conf"));
        _directory.Write("claims.yaml", Plan.Replace("name: good", "name: claims", StringComparison.Ordinal) + "  dbms:\n    configFiles: [ neo4j.conf, /dev/zero ]\n");

        var findings = Findings(Check("claims.yaml", "good.yaml"));

        Assert.Contains(findings, f => f is ("BPL001", "neo4j.conf", 1, "file is a named pipe (FIFO), not a regular file; it is not read"));
        // /dev/zero is outside the repository root (here the working directory): refused before any look at its type.
        Assert.Contains(findings, f => f.Rule == "BPL001" && f.File == "claims.yaml" && f.Message.StartsWith("configFiles names '/dev/zero', which is outside the repository root", StringComparison.Ordinal));
    }

    [Fact]
    public void DirectoryNamedLikeAPlan_ShouldBeWalkedNotRead()
    {
        Directory.CreateDirectory(PathOf("x.yaml"));
        File.WriteAllText(PathOf("x.yaml/inner.yaml"), Plan.Replace("name: good", "name: inner", StringComparison.Ordinal));

        foreach (var paths in new[] { new[] { "." }, ["x.yaml", "good.yaml"] })
        {
            var findings = Findings(Check(paths));

            Assert.DoesNotContain(findings, f => f.File == "x.yaml");
            Assert.Contains(findings, f => f.File == "x.yaml/inner.yaml" && f.Rule == "BPL102");
        }
    }

    [Fact]
    public void LinkToALargeFile_ShouldBeRefusedByItsTargetsSize()
    {
        using (var stream = File.Create(PathOf("big.data")))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        File.CreateSymbolicLink(PathOf("plan.yaml"), PathOf("big.data"));

        var problem = Assert.Single(Findings(Check("plan.yaml", "good.yaml")), f => f.File == "plan.yaml");
        Assert.Equal("BPL001", problem.Rule);
        Assert.Contains("over the 10 MiB limit", problem.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    [SupportedOSPlatform("linux")]
    public void UnreadableFile_ShouldBeOneFindingOnIt()
    {
        SkipUnlessLinux();
        File.WriteAllText(PathOf("plan.yaml"), Plan.Replace("name: good", "name: secret", StringComparison.Ordinal));
        File.SetUnixFileMode(PathOf("plan.yaml"), UnixFileMode.None);
        Skip.If(CanRead(PathOf("plan.yaml")), "this user reads files with mode 000 (root, or CAP_DAC_OVERRIDE); the /proc/self/mem test covers a read that fails");

        var result = Check("plan.yaml", "good.yaml");

        var problem = Assert.Single(Findings(result), f => f.File == "plan.yaml");
        Assert.Equal(("BPL001", 1), (problem.Rule, problem.Line));
        Assert.StartsWith("cannot read file: Access to the path 'plan.yaml' is denied", problem.Message, StringComparison.Ordinal);
    }

    private static bool CanRead(string path)
    {
        try
        {
            File.ReadAllBytes(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static void MakeFifo(string path) =>
        Assert.Equal(0, mkfifo(System.Text.Encoding.UTF8.GetBytes(path + "\0"), Convert.ToUInt32("644", 8)));

    [DllImport("libc", SetLastError = true)]
    private static extern int mkfifo(byte[] path, uint mode);
}
