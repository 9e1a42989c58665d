using System.Runtime.InteropServices;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Cli.Tests.Hostile;

/// <summary>
/// Every file bpl is given besides plans and infrastructure (config, policy pack, custom rule, waivers, baseline,
/// inventory snapshot, saved backup inspect output) gets the guards plan files get: a regular file only, never more than
/// its limit read. A FIFO used to hang the run and /dev/zero to grow to gigabytes; now each ends in one clear line on
/// stderr and exit 2. Linux only (FIFOs and /dev/zero).
/// </summary>
public sealed class InputGuardTests : IDisposable
{
    private const string Plan = "apiVersion: bpl/v1\nkind: BackupPlan\nmetadata:\n  name: good\nspec:\n  databases:\n    - name: neo4j\n";
    private readonly TempDirectory _directory = new();

    public InputGuardTests()
    {
        _directory.Write("good.yaml", Plan);
        Directory.CreateDirectory(Path.Combine(_directory.Path, "backups"));
    }

    public void Dispose() => _directory.Dispose();

    public static TheoryData<string, string, string> Inputs()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var special in new[] { "fifo", "/dev/zero" })
        {
            data.Add("config", "project.yaml", special);
            data.Add("policy pack", "pack.yaml", special);
            data.Add("script rule", "rule.csx", special);
            data.Add("waivers", "waivers.yaml", special);
            data.Add("baseline", "baseline.json", special);
            data.Add("inventory", "inventory.json", special);
            data.Add("backup inspect", "inspect.txt", special);
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Inputs))]
    public void SpecialFile_GivenAsAnInput_ShouldEndInOneLineAndExitTwo(string input, string name, string special)
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "FIFOs and /dev/zero are Linux paths");
        var path = Path.Combine(_directory.Path, name);
        if (special == "fifo")
        {
            Assert.Equal(0, mkfifo(System.Text.Encoding.UTF8.GetBytes(path + "\0"), Convert.ToUInt32("644", 8)));
        }
        else
        {
            File.CreateSymbolicLink(path, special);
        }

        string[] args = input switch
        {
            "config" => ["--config", name],
            "policy pack" or "script rule" => ["--policy", name, "--no-config"],
            "waivers" => ["--config", Config("waivers: [ waivers.yaml ]")],
            "baseline" => ["--baseline", name, "--no-config"],
            "inventory" => ["--inventory", name, "--no-config"],
            _ => ["--backups", "backups", "--backup-inspect", name, "--no-config"],
        };

        var run = Task.Run(() => InProcessCli.Run(_directory.Path, new Dictionary<string, string>(), ["check", "good.yaml", "--now", "2026-11-20T06:00:00Z", .. args]));
        Assert.True(run.Wait(TimeSpan.FromSeconds(60)), $"the {input} '{special}' did not end");
        var result = run.Result;

        Assert.Equal(2, result.ExitCode);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        Assert.Contains(name, line, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", line, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("out of memory", line, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void BaselineEntry_WithANumberWhereAStringBelongs_ShouldBeOneClearLine()
    {
        _directory.Write("baseline.json", "{ \"apiVersion\": \"bpl/v1\", \"kind\": \"Baseline\", \"entries\": [ { \"ruleId\": 102, \"file\": \"good.yaml\", \"path\": \"/spec\", \"value\": \"x\" } ] }");

        var result = InProcessCli.Run(_directory.Path, new Dictionary<string, string>(), "check", "good.yaml", "--baseline", "baseline.json", "--no-config");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("baseline.json: a baseline entry's 'ruleId' must be a string, not number", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", result.Error, StringComparison.OrdinalIgnoreCase);
    }

    private string Config(string spec)
    {
        _directory.Write("bpl-config.yaml", $"apiVersion: bpl/v1\nkind: Config\nspec:\n  {spec}\n");
        return "bpl-config.yaml";
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int mkfifo(byte[] path, uint mode);
}
