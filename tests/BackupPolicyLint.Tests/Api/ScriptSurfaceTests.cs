using BackupPolicyLint.Scripting;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Api;

/// <summary>
/// A script compiles against Core's public surface only (docs/architecture.md, "What is public"): bpl's own
/// assemblies see Core's internals through InternalsVisibleTo, a script's compilation (its own, generated assembly name)
/// does not, even with the API guard off. Using an internal type or member is a compile error at its line and column,
/// which ends the run as a rejected script. Each body is line 4 of its script.
/// </summary>
public sealed class ScriptSurfaceTests : IDisposable
{
    private const string Header = "// @id ORG9\n// @name surface\n// @severity warning\n";
    private readonly TempDirectory _cache = new();

    public void Dispose() => _cache.Dispose();

    private string Rejection(string body, bool allowUnsafeApis) =>
        Assert.Throws<ScriptCompileException>(() => ScriptCompiler.Load(Header + body + "\n", "rules/x.csx", _cache.Path, "test", allowUnsafeApis)).Message;

    /// <summary>
    /// An internal type is inaccessible (CS0122); an internal member is not there at all for the script, as if it did
    /// not exist (CS1061 for a method, CS1729 for a constructor).
    /// </summary>
    [Theory]
    // Internal types of namespaces scripts do not get (the rule contract, analysis helpers, evaluation, redaction).
    [InlineData("var names = BackupPolicyLint.Analysis.Coverage.DatabaseNames(Plan);", "4:39: error CS0122: 'Coverage' is inaccessible due to its protection level")]
    [InlineData("BackupPolicyLint.Rules.PlanContext context = null!;", "4:24: error CS0122: 'PlanContext' is inaccessible")]
    [InlineData("var order = new BackupPolicyLint.Evaluation.FindingOrder();", "4:45: error CS0122: 'FindingOrder' is inaccessible")]
    [InlineData("var masked = BackupPolicyLint.Redaction.SecretRedactor.Redact(Plan.Name);", "4:41: error CS0122: 'SecretRedactor' is inaccessible")]
    // Internal types and members inside namespaces scripts do get.
    [InlineData("var id = BackupPolicyLint.Diagnostics.DiagnosticIds.ParseError;", "4:39: error CS0122: 'DiagnosticIds' is inaccessible")]
    [InlineData("var subject = Plan.SubjectOf(\"jobs\");", "4:20: error CS1061: 'BackupPlan' does not contain a definition for 'SubjectOf'")]
    [InlineData("var node = new DocNode { Kind = DocNodeKind.Scalar, Span = Plan.Span };", "4:16: error CS1729: 'DocNode' does not contain a constructor")]
    public void InternalApi_ShouldNotCompileInAScriptEvenWithTheGuardOff(string body, string expected)
    {
        Assert.StartsWith($"rules/x.csx:{expected}", Rejection(body, allowUnsafeApis: true), StringComparison.Ordinal);
    }

    /// <summary>With the guard on (the default), a type outside the allowed namespaces is refused by the guard first.</summary>
    [Theory]
    [InlineData("var names = BackupPolicyLint.Analysis.Coverage.DatabaseNames(Plan);", "4:13: error: script rules may not use BackupPolicyLint.Analysis.Coverage")]
    [InlineData("var id = BackupPolicyLint.Diagnostics.DiagnosticIds.ParseError;", "4:39: error CS0122: 'DiagnosticIds' is inaccessible")]
    [InlineData("var subject = Plan.SubjectOf(\"jobs\");", "4:20: error CS1061: 'BackupPlan' does not contain a definition for 'SubjectOf'")]
    public void InternalApi_ShouldBeRejectedAtItsLocationWithTheGuardOn(string body, string expected)
    {
        Assert.StartsWith($"rules/x.csx:{expected}", Rejection(body, allowUnsafeApis: false), StringComparison.Ordinal);
    }

    [Fact]
    public void PublicModel_ShouldCompile()
    {
        const string Body = "foreach (var job in Plan.Jobs.Where(j => j.IsBackup && j.Schedule is null))\n"
            + "{\n    Report(job, \"schedule\", $\"{job.Name} at {job.Span} has no schedule\");\n}\n"
            + "if (Plan.Dbms?.Version is { } v && v < new Neo4jVersion(5, 0) && Inventory?.Has(BackupPolicyLint.Model.Inventory.InventoryParts.Settings) == true) { Report(Plan.Node, \"old\"); }";

        Assert.True(ScriptCompiler.Load(Header + Body + "\n", "rules/x.csx", _cache.Path, "test", allowUnsafeApis: false).CompiledNow);
    }
}
