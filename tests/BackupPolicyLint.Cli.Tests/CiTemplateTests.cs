using System.Diagnostics;
using System.Text.RegularExpressions;
using BackupPolicyLint.Documents;
using BackupPolicyLint.Loading.Infra;
using BackupPolicyLint.Loading.Yaml;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Cli.Tests;

/// <summary>
/// The shipped CI templates (examples/ci) run as written, with bash and git, on a repository where a pull request adds
/// the attack of issue 16: a .bpl.yaml that turns the script guard off and a rules/evil.csx that writes a file. The
/// install steps (network) are replaced by a `bpl` on PATH that runs the built tool; every other line runs as shipped.
/// </summary>
public sealed class CiTemplateTests : IDisposable
{
    private const string Plan = "apiVersion: bpl/v1\nkind: BackupPlan\nmetadata:\n  name: orders\n  owner: team\nspec:\n  environment: development\n  databases:\n    - name: neo4j\n";
    private readonly string _temp = Directory.CreateTempSubdirectory("bpl-ci-").FullName;
    private readonly string _repo;
    private readonly string _marker;

    public CiTemplateTests()
    {
        _repo = Path.Combine(_temp, "repo");
        _marker = Path.Combine(_temp, "pwned");
        Directory.CreateDirectory(_repo);
        var bin = Directory.CreateDirectory(Path.Combine(_temp, "bin")).FullName;
        var shim = Path.Combine(bin, "bpl");
        File.WriteAllText(shim, $"#!/bin/sh\nexec dotnet '{Path.Combine(AppContext.BaseDirectory, "bpl.dll")}' \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(shim, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    public static TheoryData<bool> BaseHasConfig() => new() { false, true };

    [Theory]
    [MemberData(nameof(BaseHasConfig))]
    public void GitHubWorkflow_OnAPullRequestAddingAScriptRule_ShouldRunNothingItAdded(bool baseHasConfig)
    {
        var baseSha = CommitBaseAndAttack(baseHasConfig);
        var workflow = Read("github-actions.yml");
        var steps = workflow.Get("jobs")!.Get("bpl")!.Get("steps")!.Items;
        var githubEnv = Path.Combine(_temp, "github.env");
        File.WriteAllText(githubEnv, "");
        var environment = new Dictionary<string, string>
        {
            ["RUNNER_TEMP"] = Path.Combine(_temp, "runner"),
            ["GITHUB_ENV"] = githubEnv,
            ["GITHUB_STEP_SUMMARY"] = Path.Combine(_temp, "summary.md"),
        };
        Directory.CreateDirectory(environment["RUNNER_TEMP"]);

        var ran = new List<string>();
        foreach (var step in steps.Where(s => s.Get("run") is not null && s.Get("name")?.Text != "Install bpl"))
        {
            foreach (var variable in step.Get("env")?.Entries ?? [])
            {
                // The one expression the steps use: the pull request's base commit.
                environment[variable.Key.Value] = variable.Value.Value.Contains("${{", StringComparison.Ordinal) ? baseSha : variable.Value.Value;
            }

            foreach (var line in File.ReadAllLines(githubEnv).Where(l => l.Contains('=', StringComparison.Ordinal)))
            {
                environment[line[..line.IndexOf('=', StringComparison.Ordinal)]] = line[(line.IndexOf('=', StringComparison.Ordinal) + 1)..];
            }

            var (exit, output) = Bash(step.Get("run")!.Value, environment);
            Assert.True(exit is 0 or 1, $"step '{step.Get("name")?.Text}' exited {exit}:\n{output}");
            ran.Add(step.Get("name")!.Text!);
        }

        Assert.Equal(["Take the policy from the base branch", "Check backup plans"], ran);
        Assert.False(File.Exists(_marker), "the pull request's script rule ran in CI");
        Assert.DoesNotContain("--changed-since", steps.Single(s => s.Get("name")?.Text == "Check backup plans").Get("run")!.Value, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_repo, "bpl.sarif")) && File.Exists(Path.Combine(_repo, "bpl-report.html")));
        // The run judged the plan, with the base branch's policy: the waiver the pull request added did not apply.
        Assert.Contains("BPL102", File.ReadAllText(Path.Combine(_repo, "bpl.sarif")), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BaseHasConfig))]
    public void GitLabJob_OnAMergeRequestAddingAScriptRule_ShouldRunNothingItAdded(bool baseHasConfig)
    {
        var baseSha = CommitBaseAndAttack(baseHasConfig);
        var job = Read("gitlab-ci.yml").Get("backup-policy")!;
        var policyDirectory = Path.Combine(_temp, "policy");
        var lines = job.Get("script")!.Items.Select(i => i.Value)
            .Where(l => !l.StartsWith("git clone", StringComparison.Ordinal) && !l.StartsWith("dotnet ", StringComparison.Ordinal) && !l.StartsWith("export PATH", StringComparison.Ordinal))
            .Select(l => l.Replace("/tmp/bpl-policy", policyDirectory, StringComparison.Ordinal))
            .ToList();

        var (exit, output) = Bash(string.Join('\n', lines), new Dictionary<string, string> { ["CI_MERGE_REQUEST_DIFF_BASE_SHA"] = baseSha });

        Assert.True(exit is 0 or 1, $"the job exited {exit}:\n{output}");
        Assert.False(File.Exists(_marker), "the merge request's script rule ran in CI");
        Assert.Contains("BPL102", File.ReadAllText(Path.Combine(_repo, "bpl-junit.xml")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plans/orders.yaml")]
    [InlineData("deploy/neo4j.conf")]
    [InlineData("ops/backup.sh")]
    [InlineData("scripts/nightly-backup")]
    [InlineData("Dockerfile")]
    [InlineData("docker/Dockerfile.backup")]
    [InlineData("docker-compose.yml")]
    [InlineData("k8s/backup-cronjob.yaml")]
    [InlineData("etc/cron.d/neo4j-backup")]
    [InlineData("ops/neo4j-backup.service")]
    [InlineData("Makefile")]
    [InlineData("Jenkinsfile")]
    [InlineData("infra/main.tf")]
    [InlineData("inventory/prod.json")]
    public void PreCommitHook_ShouldRunWhenACommitTouchesAFileKindBplReads(string path)
    {
        var hook = LocatedYamlReader.Read("hooks", File.ReadAllText(Repo.Path("examples", "ci", ".pre-commit-hooks.yaml"))).Documents[0].Root.Items[0];

        Assert.True(path.EndsWith(".json", StringComparison.Ordinal) || InfraFileKinds.Of(path) != InfraFileKind.None, $"{path} is not a kind bpl reads");
        Assert.Matches(new Regex(hook.Get("files")!.Value), path);
        Assert.Equal("bpl check . --fail-on error", hook.Get("entry")!.Value);
    }

    [Fact]
    public void PreCommitHookEntry_ShouldRunAsWritten()
    {
        File.WriteAllText(Path.Combine(_repo, "orders.yaml"), Plan);
        var entry = LocatedYamlReader.Read("hooks", File.ReadAllText(Repo.Path("examples", "ci", ".pre-commit-hooks.yaml"))).Documents[0].Root.Items[0].Get("entry")!.Value;

        var (exit, output) = Bash(entry, new Dictionary<string, string>());

        // Warnings only (an uncovered database): --fail-on error lets the commit through, and says why it could fail.
        Assert.Equal(0, exit);
        Assert.Contains("BPL102", output, StringComparison.Ordinal);
    }

    private static DocNode Read(string template) =>
        LocatedYamlReader.Read(template, File.ReadAllText(Repo.Path("examples", "ci", template))).Documents[0].Root;

    /// <summary>The base branch (a plan, and a .bpl.yaml when asked), then the attack on top; returns the base commit.</summary>
    private string CommitBaseAndAttack(bool baseHasConfig)
    {
        Git("init", "-q", "-b", "main");
        Write("plans/orders.yaml", Plan);
        if (baseHasConfig)
        {
            Write(".bpl.yaml", "apiVersion: bpl/v1\nkind: Config\nspec:\n  rules: [ rules ]\n");
            Write("rules/.keep", "");
        }

        Git("add", "-A");
        Git("commit", "-q", "-m", "base");
        var baseSha = Git("rev-parse", "HEAD").Trim();

        // The pull request also touches the plan, so that a run reporting only changed files reports it.
        Write("plans/orders.yaml", "# owned by the orders team\n" + Plan);
        Write(".bpl.yaml", "apiVersion: bpl/v1\nkind: Config\nspec:\n  rules: [ rules ]\n  waivers: [ waivers.yaml ]\n  scripts: { allowUnsafeApis: true }\n");
        Write("waivers.yaml", "apiVersion: bpl/v1\nkind: Waivers\nspec:\n  waivers:\n    - rule: BPL102\n      justification: the pull request waives its own finding\n");
        Write("rules/evil.csx", $"// @id EVIL1\n// @name evil\n// @severity note\nSystem.IO.File.WriteAllText(\"{_marker}\", \"ran\");\n");
        Git("add", "-A");
        Git("commit", "-q", "-m", "attack");
        return baseSha;
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_repo, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private string Git(params string[] args) => TestGit.Run(_repo, args);

    private (int Exit, string Output) Bash(string script, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("bash", ["-eo", "pipefail", "-c", script]) { WorkingDirectory = _repo, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["PATH"] = Path.Combine(_temp, "bin") + ":" + start.Environment["PATH"];
        start.Environment["XDG_CACHE_HOME"] = Path.Combine(_temp, "cache");
        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the template's commands did not finish in 120 s");
        }

        return (process.ExitCode, output.Result + error.Result);
    }
}
