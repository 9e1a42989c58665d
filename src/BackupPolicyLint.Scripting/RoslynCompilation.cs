using System.Collections.Immutable;
using BackupPolicyLint.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Scripting;

namespace BackupPolicyLint.Scripting;

/// <summary>
/// The only code that touches Roslyn. Compiles the script as written to report its errors, and its uses of APIs
/// script rules may not use (<see cref="ApiGuard"/>, unless allowed), at their own line and column; then compiles it
/// with a checkpoint at the top of every loop body and emits that.
/// </summary>
internal static class RoslynCompilation
{
    private static readonly string[] Imports =
    [
        "System", "System.Collections.Generic", "System.Linq", "System.Text.RegularExpressions",
        "BackupPolicyLint.Model", "BackupPolicyLint.Documents",
    ];

    public static byte[] Compile(string scriptText, string displayPath, bool allowUnsafeApis)
    {
        if (!allowUnsafeApis)
        {
            Refuse(ApiGuard.Directives(CSharpSyntaxTree.ParseText(scriptText, CSharpParseOptions.Default.WithKind(SourceCodeKind.Script))).ToList(), displayPath);
        }

        var options = ScriptOptions.Default
            .WithReferences(typeof(object).Assembly, typeof(Enumerable).Assembly, typeof(System.Text.RegularExpressions.Regex).Assembly,
                typeof(BackupPlan).Assembly, typeof(ScriptGlobals).Assembly)
            .WithImports(Imports)
            .WithFilePath(displayPath)
            .WithEmitDebugInformation(true)
            .WithAllowUnsafe(allowUnsafeApis);
        if (!allowUnsafeApis)
        {
            options = options.WithMetadataResolver(new FrameworkOnlyResolver(options.MetadataResolver));
        }

        var script = CSharpScript.Create(Utf8(scriptText), options, typeof(ScriptGlobals));
        if (!allowUnsafeApis)
        {
            // Before compile errors: `dynamic`, say, is refused with its reason, not with the binder it lacks.
            Refuse(ApiGuard.Uses(script.GetCompilation()), displayPath);
        }

        var errors = script.Compile().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        if (errors.Length > 0)
        {
            throw new ScriptCompileException(Describe(errors[0], displayPath, errors.Length));
        }

        var instrumented = LoopCheckpoints.Insert(scriptText);
        var compilation = CSharpScript.Create(Utf8(instrumented), options, typeof(ScriptGlobals)).GetCompilation();
        using var image = new MemoryStream();
        var result = compilation.Emit(image, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.Embedded));
        if (!result.Success)
        {
            var error = result.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error);
            throw new ScriptCompileException(Describe(error, displayPath, 1));
        }

        return image.ToArray();
    }

    private static void Refuse(IReadOnlyList<(Location Where, string Message)> refusals, string displayPath)
    {
        if (refusals.Count == 0)
        {
            return;
        }

        var (where, message) = refusals[0];
        var start = where.GetLineSpan().StartLinePosition;
        var more = refusals.Count > 1 ? $" (and {refusals.Count - 1} more)" : "";
        throw new ScriptCompileException($"{displayPath}:{start.Line + 1}:{start.Character + 1}: error: {message}{more}");
    }

    /// <summary>As a UTF-8 stream: Roslyn embeds debug information (script lines in stack traces) only for text with an encoding.</summary>
    private static MemoryStream Utf8(string text) => new(System.Text.Encoding.UTF8.GetBytes(text));

    private static string Describe(Diagnostic error, string displayPath, int count)
    {
        var span = error.Location.GetLineSpan();
        var more = count > 1 ? $" (and {count - 1} more error{(count > 2 ? "s" : "")})" : "";
        return $"{displayPath}:{span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1}: error {error.Id}: {error.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}{more}";
    }
}
