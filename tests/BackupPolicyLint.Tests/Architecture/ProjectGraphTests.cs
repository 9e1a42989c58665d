using System.Reflection;
using System.Xml.Linq;
using BackupPolicyLint.Engine;
using BackupPolicyLint.Loading.Plans;
using BackupPolicyLint.Model;
using BackupPolicyLint.Neo4j;
using BackupPolicyLint.Reporting;
using BackupPolicyLint.Rules.BuiltIn;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Architecture;

/// <summary>
/// Who may see whom (docs/architecture.md): Rules and Reporting see Core only, the Engine sees every library, nothing
/// sees the CLI but its own tests. A project reference that breaks this fails here with the edge to remove.
/// </summary>
public sealed class ProjectGraphTests
{
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["BackupPolicyLint.Core"] = [],
        ["BackupPolicyLint.Rules"] = ["BackupPolicyLint.Core"],
        ["BackupPolicyLint.Reporting"] = ["BackupPolicyLint.Core"],
        ["BackupPolicyLint.Neo4j"] = ["BackupPolicyLint.Core"],
        ["BackupPolicyLint.Scripting"] = ["BackupPolicyLint.Core"],
        // Loading builds declarative custom rules (their evaluator is on the rules side).
        ["BackupPolicyLint.Loading"] = ["BackupPolicyLint.Core", "BackupPolicyLint.Rules"],
        ["BackupPolicyLint.Engine"] =
        [
            "BackupPolicyLint.Core", "BackupPolicyLint.Loading", "BackupPolicyLint.Neo4j", "BackupPolicyLint.Reporting",
            "BackupPolicyLint.Rules", "BackupPolicyLint.Scripting",
        ],
        ["BackupPolicyLint.Cli"] = ["BackupPolicyLint.Engine"],
        // Source generators run inside the compiler; no project sees them at run time.
        ["BackupPolicyLint.Generators"] = [],
    };

    /// <summary>Analyzer references: build-time code, outside the run-time layering above.</summary>
    private static readonly Dictionary<string, string[]> AllowedAnalyzers = new(StringComparer.Ordinal)
    {
        ["BackupPolicyLint.Rules"] = ["BackupPolicyLint.Generators"],
    };

    [Fact]
    public void SourceProjects_ShouldReferenceExactlyWhatTheLayeringAllows()
    {
        var projects = Directory.GetFiles(Repo.Path("src"), "*.csproj", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetFileNameWithoutExtension(p), References, StringComparer.Ordinal);

        Assert.Equal(Allowed.Keys.Order(StringComparer.Ordinal), projects.Keys.Order(StringComparer.Ordinal));
        foreach (var (project, references) in projects)
        {
            Assert.True(
                Allowed[project].SequenceEqual(references),
                $"{project} references [{string.Join(", ", references)}]; the layering allows [{string.Join(", ", Allowed[project])}]");
            var analyzers = References(Path.Combine(Repo.Path("src"), project, $"{project}.csproj"), analyzers: true);
            Assert.True(
                AllowedAnalyzers.GetValueOrDefault(project, []).SequenceEqual(analyzers),
                $"{project} runs the analyzers [{string.Join(", ", analyzers)}]; allowed: [{string.Join(", ", AllowedAnalyzers.GetValueOrDefault(project, []))}]");
        }
    }

    [Fact]
    public void NothingButTheCliTests_ShouldReferenceTheCli()
    {
        var referrers = Directory.GetFiles(Repo.Root, "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(p => References(p).Contains("BackupPolicyLint.Cli"))
            .Select(Path.GetFileNameWithoutExtension)
            .ToList();

        Assert.Equal(["BackupPolicyLint.Cli.Tests"], referrers);
    }

    [Fact]
    public void EachAssembly_ShouldDeclareItsOwnNamespaces()
    {
        Assembly[] assemblies =
        [
            typeof(BackupPlan).Assembly, typeof(RuleCatalog).Assembly, typeof(PlanLoader).Assembly, typeof(CheckReport).Assembly,
            typeof(InventoryCollector).Assembly, typeof(CheckPipeline).Assembly,
        ];
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var assembly in assemblies)
        {
            foreach (var ns in assembly.GetTypes().Select(t => t.Namespace).OfType<string>().Where(n => n.StartsWith("BackupPolicyLint", StringComparison.Ordinal)).Distinct())
            {
                var name = assembly.GetName().Name!;
                Assert.True(owners.TryAdd(ns, name) || owners[ns] == name, $"namespace {ns} is declared in both {owners.GetValueOrDefault(ns)} and {name}");
            }
        }
    }

    private static List<string> References(string project) => References(project, analyzers: false);

    private static List<string> References(string project, bool analyzers) =>
        XDocument.Load(project).Descendants("ProjectReference")
            .Where(r => (r.Attribute("OutputItemType")?.Value == "Analyzer") == analyzers)
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', Path.DirectorySeparatorChar)))
            .Order(StringComparer.Ordinal)
            .ToList();
}
