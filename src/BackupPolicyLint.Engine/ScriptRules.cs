using System.Runtime.CompilerServices;
using BackupPolicyLint.Loading.Files;
using BackupPolicyLint.Loading.Yaml;
using BackupPolicyLint.Rules;
using BackupPolicyLint.Scripting;

namespace BackupPolicyLint.Engine;

/// <summary>
/// The CLI's only door to the scripting assembly, entered only when a script is configured and --no-scripts is not
/// given; kept out of line so that no other method's JIT pulls the assembly (and with it Roslyn) in.
/// </summary>
internal static class ScriptRules
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static IReadOnlyList<PlanRule> Load(IReadOnlyList<string> scripts, CheckRequest options)
    {
        var limits = new ScriptLimits
        {
            TimeLimit = options.Config?.ScriptTimeout ?? ScriptLimits.DefaultTimeLimit,
            AllocationBytes = (options.Config?.ScriptAllocationLimitMiB ?? ScriptLimits.DefaultAllocationMiB) * 1024L * 1024,
            CapProcessHeap = options.CapScriptHeap,
        };
        var cache = options.ScriptCacheDirectory.Length > 0 ? options.ScriptCacheDirectory : ScriptCompiler.DefaultCacheDirectory(Environment.GetEnvironmentVariable);
        try
        {
            // A cache hit is quick; only a compile (seconds, the first time Roslyn loads) shows a status line.
            return scripts
                .Select(file => (PlanRule)ScriptRuleLoader.Load(
                    file, ProjectPolicy.Display(file, options.WorkingDirectory), cache, ToolInfo.Version, limits, AllowsUnsafe(file, options),
                    path => InputFileReader.ReadText(path, ReaderLimits.Default.MaxFileBytes),
                    path => options.Progress.Report($"compiling {path}…", force: true),
                    options.ScriptNotice))
                .ToList();
        }
        catch (ScriptCompileException ex)
        {
            throw new CheckFailureException(CheckFailureKind.ScriptRejected, ex.Message);
        }
        finally
        {
            options.Progress.Clear();
        }
    }

    private static bool AllowsUnsafe(string script, CheckRequest options) =>
        options.AllowUnsafeScripts
        && (!options.UnsafeScriptsOnlyOutsideCheckedTrees || ScriptTrust.IsOutsideCheckedTrees(script, options.Paths.Select(p => Path.GetFullPath(p, options.WorkingDirectory))));
}
