using BackupPolicyLint.Scripting;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Hostile;

/// <summary>
/// Scripts that reach outside their inputs are refused when they compile, at the line and column of the use; what a
/// rule needs (LINQ, strings, Regex, dates, the model) still compiles. Each body is line 4 of its script.
/// </summary>
public sealed class ScriptApiGuardTests : IDisposable
{
    private const string Header = "// @id ORG7\n// @name guarded\n// @severity warning\n";
    private readonly TempDirectory _cache = new();

    public void Dispose() => _cache.Dispose();

    private CompiledScript Load(string body, bool allowUnsafeApis = false) =>
        ScriptCompiler.Load(Header + body + "\n", "rules/x.csx", _cache.Path, "test", allowUnsafeApis);

    private string Refusal(string body) => Assert.Throws<ScriptCompileException>(() => Load(body)).Message;

    [Theory]
    [InlineData("var text = System.IO.File.ReadAllText(\"/etc/passwd\");", "4:12", "System.IO.File.ReadAllText: it reaches the file system")]
    [InlineData("using System.IO;\nFile.WriteAllText(Path.Combine(Path.GetTempPath(), \"bpl-guard.txt\"), \"x\");", "5:1", "System.IO.File.WriteAllText")]
    [InlineData("var file = new System.IO.FileInfo(\"/tmp/x\");", "4:12", "new System.IO.FileInfo")]
    [InlineData("using F = System.IO.File;\nF.Delete(\"/tmp/x\");", "4:11", "System.IO.File: it reaches the file system")]
    [InlineData("var m = typeof(System.IO.File).GetMethod(\"ReadAllText\", new[] { typeof(string) });", "4:9", "System.Type.GetMethod")]
    [InlineData("var t = typeof(System.IO.File);", "4:9", "System.Type: it is not on the list")]
    [InlineData("var t = Type.GetType(\"System.IO.File\");", "4:9", "System.Type.GetType: it loads types by name")]
    [InlineData("var t = \"\".GetType().Assembly.GetType(\"System.IO.File\");", "4:9", "System.Reflection.Assembly.GetType: reflection")]
    [InlineData("var m = typeof(string).GetMethod(\"Trim\", Type.EmptyTypes)!.Invoke(\"x\", null);", "4:9", "System.Reflection.MethodBase.Invoke")]
    [InlineData("var secret = Environment.GetEnvironmentVariable(\"NEO4J_PASSWORD\");", "4:14", "System.Environment.GetEnvironmentVariable")]
    [InlineData("Environment.Exit(3);", "4:1", "System.Environment.Exit")]
    [InlineData("var o = Activator.CreateInstance(typeof(string));", "4:9", "System.Activator.CreateInstance")]
    [InlineData("System.Threading.Tasks.Task.Run(() => { });", "4:1", "System.Threading.Tasks.Task.Run: work on other threads")]
    [InlineData("AppContext.SetData(\"GCHeapHardLimit\", 0UL);", "4:1", "System.AppContext.SetData")]
    [InlineData("dynamic d = Plan;\nd.Anything();", "4:1", "dynamic is not allowed")]
    [InlineData("[System.Runtime.InteropServices.DllImport(\"libc\")] static extern int system(string command);", "4:1", "extern methods are not allowed")]
    [InlineData("#r \"System.Net.Http\"\nvar client = new System.Net.Http.HttpClient();", "4:1", "#r is not allowed")]
    [InlineData("#load \"other.csx\"", "4:1", "#load is not allowed")]
    [InlineData("unsafe { int x = 1; int* p = &x; }", "4:1", "unsafe code is not allowed")]
    [InlineData("var a = System.Reflection.Assembly.Load(\"System.Private.CoreLib\");", "4:9", "System.Reflection.Assembly.Load: reflection")]
    [InlineData("var d = AppDomain.CurrentDomain.BaseDirectory;", "4:9", "System.AppDomain.BaseDirectory")]
    [InlineData("GC.Collect();", "4:1", "System.GC.Collect")]
    [InlineData("var t = new System.Threading.Thread(() => { });", "4:9", "new System.Threading.Thread")]
    [InlineData("var p = System.Runtime.InteropServices.Marshal.AllocHGlobal(1 << 30);", "4:9", "System.Runtime.InteropServices.Marshal.AllocHGlobal: it runs native code")]
    [InlineData("var s = Environment.GetEnvironmentVariables();", "4:9", "System.Environment.GetEnvironmentVariables")]
    public void UnsafeApi_ShouldBeRefusedAtItsLocation(string body, string position, string expected)
    {
        var message = Refusal(body);

        Assert.StartsWith($"rules/x.csx:{position}: error: ", message, StringComparison.Ordinal);
        Assert.Contains(expected, message, StringComparison.Ordinal);
        Assert.Contains("scripts.allowUnsafeApis: true", message, StringComparison.Ordinal);
    }

    /// <summary>Only the base library, LINQ, Regex and the model are referenced: the rest of .NET (and Roslyn) does not compile.</summary>
    [Theory]
    [InlineData("System.Diagnostics.Process.Start(\"sh\");", "4:1: error CS0234")]
    [InlineData("var client = new System.Net.Http.HttpClient();", "4:29: error CS0234")]
    [InlineData("var addresses = System.Net.Dns.GetHostAddresses(\"example.com\");", "4:17: error CS0234")]
    [InlineData("System.Console.WriteLine(Plan.Name);", "4:1: error CS0234")]
    [InlineData("var xml = System.Xml.Linq.XDocument.Load(\"/etc/passwd\");", "4:11: error CS0234")]
    [InlineData("var c = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(\"x\");", "4:9: error CS0234")]
    public void ApiTheScriptCannotReach_ShouldNotCompile(string body, string expected)
    {
        Assert.StartsWith($"rules/x.csx:{expected}", Refusal(body), StringComparison.Ordinal);
    }

    [Fact]
    public void SeveralUses_ShouldBeCountedOncePerUse()
    {
        var message = Refusal("var a = System.IO.File.ReadAllText(\"/a\");\nvar b = System.IO.File.ReadAllText(\"/b\");\nvar c = Environment.MachineName;");

        Assert.EndsWith("(and 2 more)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void RuleOfStringsLinqRegexAndDates_ShouldCompile()
    {
        var script = Load("""
            using System.Text;
            var names = Plan.Jobs.Select(j => j.Name).Where(n => Regex.IsMatch(n, "^[a-z-]+$")).OrderBy(n => n).ToList();
            var text = new StringBuilder().AppendJoin(", ", names).ToString().ToUpperInvariant();
            var age = Now - new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
            var file = System.IO.Path.GetFileName(Plan.File) + Environment.NewLine;
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var sorted = new SortedSet<string>(names);
            var labels = Plan.Labels.ToDictionary(l => l.Key, l => l.Value);
            foreach (var job in Plan.Jobs.Where(j => j.Schedule is null)) { Report(job, $"{text} {age.TotalDays:0} {file.Trim()}"); }
            """);

        Assert.True(script.CompiledNow);
    }

    [Fact]
    public void UnsafeApi_ShouldCompileWhenTheConfigAllowsIt_AndBeRefusedFromTheCacheOnceItDoesNot()
    {
        const string Body = "var text = System.IO.File.ReadAllText(\"/etc/hostname\");";

        Assert.True(Load(Body, allowUnsafeApis: true).CompiledNow);
        Assert.False(Load(Body, allowUnsafeApis: true).CompiledNow);

        Assert.Contains("System.IO.File.ReadAllText", Refusal(Body), StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(_cache.Path, "*.dll"));
    }
}
