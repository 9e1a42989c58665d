using BackupPolicyLint.Scripting;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Hostile;

/// <summary>
/// The guard is an allow-list (docs/security.md): the bypasses found against the old deny-list, and the ways to reach
/// the model's collections, are refused when the script compiles; what a rule needs still compiles. Each body is line
/// 4 of its script.
/// </summary>
public sealed class ScriptAllowListTests : IDisposable
{
    private const string Header = "// @id ORG8\n// @name allowed\n// @severity warning\n";
    private readonly TempDirectory _cache = new();

    public void Dispose() => _cache.Dispose();

    private CompiledScript Load(string body) => ScriptCompiler.Load(Header + body + "\n", "rules/x.csx", _cache.Path, "test", allowUnsafeApis: false);

    [Theory]
    // A finalizer runs on the GC's thread, outside every limit: one that throws ended bpl with 134, one that spins hung it.
    [InlineData("class Boom { ~Boom() { throw new InvalidOperationException(\"x\"); } }\nvar b = new Boom();", "4:14", "finalizers are not allowed")]
    [InlineData("class Spin { ~Spin() { while (true) { } } }\nvar s = new Spin();", "4:14", "finalizers are not allowed")]
    [InlineData("System.Runtime.ProfileOptimization.SetProfileRoot(\"/tmp\");", "4:1", "System.Runtime.ProfileOptimization.SetProfileRoot: it is not on the list")]
    [InlineData("System.Runtime.ProfileOptimization.StartProfile(\"x\");", "4:1", "System.Runtime.ProfileOptimization.StartProfile")]
    // State carried from one plan to the next.
    [InlineData("static int seen = 0;\nseen++;", "4:1", "static fields are not allowed")]
    [InlineData("class Memory { public static List<string> Plans = new(); }\nMemory.Plans.Add(Plan.Name);", "4:16", "static fields are not allowed")]
    [InlineData("class Memory { public static int Count { get; set; } }", "4:16", "static auto-properties are not allowed")]
    [InlineData("class Memory { public static readonly List<string> Plans = new(); }", "4:16", "static fields are not allowed")]
    [InlineData("var pooled = string.Intern(Plan.Name);", "4:14", "System.String.Intern: the intern pool is shared")]
    [InlineData("var size = System.Text.RegularExpressions.Regex.CacheSize;", "4:12", "Regex.CacheSize: a static property with a setter")]
    // The model's collections, reached through a cast and changed for every later rule.
    [InlineData("((List<JobSpec>)Plan.Jobs).Clear();", "4:2", "may not convert to System.Collections.Generic.List<BackupPolicyLint.Model.JobSpec>")]
    [InlineData("(Plan.Jobs as List<JobSpec>)?.Clear();", "4:2", "may not convert to System.Collections.Generic.List")]
    [InlineData("if (Plan.Jobs is ICollection<JobSpec> jobs) jobs.Clear();", "4:18", "may not convert to System.Collections.Generic.ICollection")]
    [InlineData("var removed = Plan.Jobs switch { IList<JobSpec> l => l.Remove(l[0]), _ => false };", "4:34", "may not convert to System.Collections.Generic.IList")]
    [InlineData("((IDictionary<string, string>)Plan.Labels).Clear();", "4:2", "may not convert to System.Collections.Generic.IDictionary")]
    [InlineData("new object[] { Plan.Jobs }.OfType<List<JobSpec>>().First().Clear();", "4:1", "Enumerable.OfType")]
    [InlineData("new object[] { Plan.Jobs }.Cast<List<JobSpec>>().First().Clear();", "4:1", "Enumerable.Cast")]
    [InlineData("foreach (List<JobSpec> l in new object[] { Plan.Jobs }) l.Clear();", "4:1", "may not convert to System.Collections.Generic.List")]
    [InlineData("var all = from List<JobSpec> l in new object[] { Plan.Jobs } select l.Count;", "4:11", "Enumerable.Cast")]
    [InlineData("T As<T>(object o) => (T)o;\nAs<List<JobSpec>>(Plan.Jobs).Clear();", "4:22", "may not convert to T")]
    [InlineData("var array = (JobSpec[])(object)Plan.Jobs;", "4:13", "may not convert to BackupPolicyLint.Model.JobSpec[]")]
    [InlineData("if (Plan is { Jobs: List<JobSpec> l }) l.Clear();", "4:21", "may not convert to System.Collections.Generic.List")]
    [InlineData("if (Plan.Jobs is not List<JobSpec> l) return;\nl.Clear();", "4:22", "may not convert to System.Collections.Generic.List")]
    [InlineData("Func<object, List<JobSpec>> f = o => (List<JobSpec>)o;", "4:38", "may not convert to System.Collections.Generic.List")]
    [InlineData("var f = Enumerable.Cast<List<JobSpec>>;", "4:9", "Enumerable.Cast")]
    // Overrides bpl would call outside the script's limits.
    [InlineData("class Loud : Exception { public override string Message { get { while (true) { } } } }", "4:1", "may derive only from object or a class of the script, not System.Exception")]
    [InlineData("record Fake : ModelElement;", "4:1", "may derive only from object or a class of the script")]
    [InlineData("lock (Plan) { }", "4:1", "lock is not allowed")]
    [InlineData("Span<byte> b = stackalloc byte[1 << 24];", "4:16", "stackalloc is not allowed")]
    [InlineData("Func<int> f = () => 1;\nvar m = f.Method;", "5:9", "System.Delegate.Method")]
    [InlineData("var e = new Exception(); var site = e.TargetSite;", "4:37", "System.Exception.TargetSite")]
    [InlineData("var type = Plan.GetType();", "4:12", "System.Object.GetType")]
    [InlineData("var culture = System.Globalization.CultureInfo.CurrentCulture;", "4:15", "System.Globalization.CultureInfo.CurrentCulture")]
    [InlineData("var tmp = System.IO.Path.GetTempPath();", "4:11", "System.IO.Path.GetTempPath")]
    [InlineData("var random = new Random();", "4:14", "new System.Random")]
    [InlineData("var l = new List<System.IO.FileInfo>();", "4:9", "System.IO.FileInfo")]
    public void Bypass_ShouldBeRefusedWhenTheScriptCompiles(string body, string position, string expected)
    {
        var message = Assert.Throws<ScriptCompileException>(() => Load(body)).Message;

        Assert.StartsWith($"rules/x.csx:{position}: error: ", message, StringComparison.Ordinal);
        Assert.Contains(expected, message, StringComparison.Ordinal);
        Assert.Contains("--allow-unsafe-scripts", message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_cache.Path, "*.dll"));
    }

    [Fact]
    public void RuleUsingWhatRulesNeed_ShouldCompile()
    {
        var script = Load("""
            using System.Globalization;
            using System.Text;
            const int Limit = 3;
            record Hit(string Job, int Count);
            class Tally { private readonly Dictionary<string, int> _counts = new(); public int Add(string key) => _counts[key] = _counts.GetValueOrDefault(key) + 1; }
            static string Shout(string s) => s.ToUpperInvariant();
            var tally = new Tally();
            var hits = new List<Hit> { new("a", 1) };
            foreach (var job in Plan.Jobs)
            {
                var (name, databases) = (job.Name, job.Databases.Count);
                hits.Add(new Hit(name, tally.Add(job.Command ?? "") + databases) with { Job = Shout(name) });
            }
            foreach (var (key, value) in Plan.Labels) { hits.Add(new Hit(key, value.Length)); }
            var first = hits.OrderBy(h => h.Count).ThenBy(h => h.Job, StringComparer.Ordinal).Take(Limit).ToArray();
            var tail = first[1..];
            var kind = Plan.Dbms switch { { Edition: "community" } => "ce", null => "none", _ => "ee" };
            var days = int.Parse("14", NumberStyles.Integer, CultureInfo.InvariantCulture) + Math.Max(1, (int)TimeSpan.FromHours(30).TotalDays);
            var when = DateTime.SpecifyKind(new DateTime(2026, 1, 1), DateTimeKind.Utc) < Now.UtcDateTime;
            var text = string.Join(",", tail.Select(h => h.Job)) + nameof(System.IO.File) + new StringBuilder("x").Append(days).ToString();
            var jobs = Plan.Jobs.OfType<JobSpec>().Where(j => j is { Schedule: not null }).ToList();
            var node = Plan.Node.Get("spec") is { IsMapping: true } spec ? spec : Plan.Node;
            try { throw new InvalidOperationException(kind); } catch (InvalidOperationException ex) when (ex.Message.Length > 0) { text += ex.Message; }
            if (Regex.Match(text, "(?<w>[A-Z]+)") is { Success: true } match && when) { Report(node, $"{match.Groups["w"].Value} {jobs.Count}"); }
            """);

        Assert.True(script.CompiledNow);
    }

    [Fact]
    public void ExampleScriptRule_ShouldCompileUnderTheAllowList()
    {
        var text = File.ReadAllText(Repo.Path("examples", "policies", "rules", "acme-cost-centre.csx"));

        Assert.True(ScriptCompiler.Load(text, "acme-cost-centre.csx", _cache.Path, "test", allowUnsafeApis: false).CompiledNow);
    }
}
