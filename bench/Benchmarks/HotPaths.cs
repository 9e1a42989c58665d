using BackupPolicyLint.Engine;
using BackupPolicyLint.Evaluation;
using BackupPolicyLint.Loading.Discovery;
using BackupPolicyLint.Loading.Plans;
using BackupPolicyLint.Loading.Policies;
using BackupPolicyLint.Loading.Schema;
using BackupPolicyLint.Loading.Yaml;
using BackupPolicyLint.Model;
using BackupPolicyLint.Reporting;
using BackupPolicyLint.Rules.BuiltIn;
using BenchmarkDotNet.Attributes;

namespace BackupPolicyLint.Benchmarks;

/// <summary>The hot paths on one realistic plan (the flawed production example, which trips most rules).</summary>
[MemoryDiagnoser]
public class HotPaths
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 6, 0, 0, TimeSpan.Zero);
    private string _text = "";
    private byte[] _bytes = [];
    private InputFile _file = null!;
    private BackupPlan[] _plans = [];
    private PolicySelection _policy = null!;
    private CheckReport _report = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = FindRoot();
        var path = Path.Combine(root, "examples", "flawed-prod", "payments-prod.yaml");
        _text = File.ReadAllText(path);
        _bytes = File.ReadAllBytes(path);
        _file = new InputFile(path, "examples/flawed-prod/payments-prod.yaml", Explicit: true);
        _plans = [.. PlanLoader.LoadText(_file, _bytes, ReaderLimits.Default).Plans];
        _policy = new PolicySelection(BuiltInPacks.Shipped, null);
        _report = CheckPipeline.Run(new CheckRequest { Paths = ["examples"], WorkingDirectory = root, Now = Now });
    }

    [Benchmark]
    public int YamlWithLocations() => LocatedYamlReader.Read("plan.yaml", _text).Documents.Count;

    [Benchmark]
    public int SchemaValidation() => SchemaValidator.Validate(LocatedYamlReader.Read("plan.yaml", _text).Documents[0].Root).Count;

    [Benchmark]
    public int LoadPlanFile() => PlanLoader.LoadText(_file, _bytes, ReaderLimits.Default).Plans.Count;

    [Benchmark]
    public int RuleEvaluation() => new CheckEngine(RuleCatalog.All).Run(_plans, _policy, Now).Count;

    [Benchmark]
    [Arguments("text")]
    [Arguments("json")]
    [Arguments("sarif")]
    [Arguments("junit")]
    [Arguments("github")]
    [Arguments("markdown")]
    [Arguments("html")]
    public long ReportWriter(string format)
    {
        var output = new StringWriter();
        ReportFormats.Create(format, color: false, null).Write(_report, output);
        return output.GetStringBuilder().Length;
    }

    internal static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BackupPolicyLint.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("run from inside the repository");
    }
}
