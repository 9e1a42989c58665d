using System.Reflection;
using BackupPolicyLint.Engine;
using BackupPolicyLint.Loading.Plans;
using BackupPolicyLint.Neo4j;
using BackupPolicyLint.Reporting;
using BackupPolicyLint.Rules.BuiltIn;
using BackupPolicyLint.Scripting;
using Xunit;

namespace BackupPolicyLint.Tests.Api;

/// <summary>
/// Public means script API (docs/architecture.md, "What is public"): Core's surface, pinned by
/// <see cref="CorePublicApiTests"/>, and the script's globals. Every other assembly of bpl is internal throughout, so a
/// new public type there fails here by name (make it internal; the InternalsVisibleTo list already lets bpl's
/// assemblies and tests see it).
/// </summary>
public sealed class ProductSurfaceTests
{
    private static readonly Assembly[] Libraries =
    [
        typeof(RuleCatalog).Assembly, typeof(CronSchedule).Assembly, typeof(CheckReport).Assembly,
        typeof(InventoryCollector).Assembly, typeof(ScriptGlobals).Assembly, typeof(CheckPipeline).Assembly,
    ];

    [Fact]
    public void LibrariesBesideCore_ShouldExportOnlyTheScriptGlobals()
    {
        var exported = Libraries.SelectMany(a => a.GetExportedTypes()).Select(t => t.FullName).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["BackupPolicyLint.Scripting.ScriptGlobals"], exported);
    }
}
