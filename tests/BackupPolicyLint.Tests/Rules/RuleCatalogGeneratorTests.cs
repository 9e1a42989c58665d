using System.Reflection;
using BackupPolicyLint.Generators;
using BackupPolicyLint.Rules;
using BackupPolicyLint.Rules.BuiltIn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace BackupPolicyLint.Tests.Rules;

/// <summary>
/// The rule catalogue is a list the source generator writes at compile time (docs/architecture.md): it must hold every
/// concrete built-in rule class, and only those, exactly as the reflection scan it replaced found them.
/// </summary>
public sealed class RuleCatalogGeneratorTests
{
    private const string Sources = """
        namespace BackupPolicyLint.Rules { public abstract class PlanRule { } }
        namespace BackupPolicyLint.Rules.BuiltIn.Storage
        {
            internal sealed class NoOffSiteCopy : BackupPolicyLint.Rules.PlanRule { }
            internal abstract class StorageRuleBase : BackupPolicyLint.Rules.PlanRule { }
            internal sealed class RetentionUndefined : StorageRuleBase { }
            internal sealed class NotARule { }
            internal static class Helpers { }
        }
        namespace BackupPolicyLint.Rules.BuiltIn
        {
            internal sealed partial class TopLevelRule : BackupPolicyLint.Rules.PlanRule { }
            internal sealed partial class TopLevelRule { }
        }
        namespace BackupPolicyLint.Rules.Declarative
        {
            public sealed class DeclarativeRule : BackupPolicyLint.Rules.PlanRule { }
        }
        """;

    [Fact]
    public void Generator_ShouldListEveryConcreteRuleUnderBuiltIn_AndNothingElse()
    {
        var generated = Run(Sources);

        Assert.Equal(
            [
                "new global::BackupPolicyLint.Rules.BuiltIn.Storage.NoOffSiteCopy(),",
                "new global::BackupPolicyLint.Rules.BuiltIn.Storage.RetentionUndefined(),",
                "new global::BackupPolicyLint.Rules.BuiltIn.TopLevelRule(),",
            ],
            generated.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("new ", StringComparison.Ordinal)));
    }

    [Fact]
    public void GeneratedSource_ShouldCompile()
    {
        var compilation = Compile(Sources);
        CSharpGeneratorDriver.Create(new RuleCatalogGenerator()).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Catalogue_ShouldHoldExactlyTheRuleTypesReflectionFinds()
    {
        // The scan the generator replaced, kept here as the oracle: every concrete PlanRule under Rules.BuiltIn.
        var reflected = typeof(RuleCatalog).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(PlanRule).IsAssignableFrom(t)
                && t.Namespace!.StartsWith(RuleCatalogGenerator.BuiltInNamespace, StringComparison.Ordinal))
            .Select(t => t.FullName)
            .Order(StringComparer.Ordinal);

        Assert.Equal(reflected, RuleCatalog.All.Select(r => r.GetType().FullName).Order(StringComparer.Ordinal));
        Assert.Equal(RuleCatalog.All.Select(r => r.Descriptor.Id).Order(StringComparer.Ordinal), RuleCatalog.All.Select(r => r.Descriptor.Id));
    }

    [Fact]
    public void Catalogue_ShouldNotScanTypesAtRunTime()
    {
        // RuleCatalog.CreateRules is the generator's output; its presence says the list was fixed at compile time.
        var create = typeof(RuleCatalog).GetMethod("CreateRules", BindingFlags.NonPublic | BindingFlags.Static);

        Assert.NotNull(create);
        Assert.Equal(RuleCatalog.All.Count, ((PlanRule[])create.Invoke(null, null)!).Length);
    }

    private static string Run(string sources)
    {
        var result = CSharpGeneratorDriver.Create(new RuleCatalogGenerator()).RunGenerators(Compile(sources)).GetRunResult();
        return Assert.Single(Assert.Single(result.Results).GeneratedSources, s => s.HintName == RuleCatalogGenerator.HintName).SourceText.ToString();
    }

    private static CSharpCompilation Compile(string sources) => CSharpCompilation.Create(
        "Rules",
        [CSharpSyntaxTree.ParseText(sources, new CSharpParseOptions(LanguageVersion.Latest))],
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Select(p => MetadataReference.CreateFromFile(p)),
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
}
