using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using System.Security.Cryptography;
using System.Text;

namespace BackupPolicyLint.Scripting;

/// <summary>
/// Loads a <c>.csx</c> rule: from the on-disk cache when an assembly for the same script text, API version, tool
/// version and API guard exists (no compiler loaded at all), else compiles it with Roslyn and stores the assembly there.
/// A script the guard refuses is never stored, and the guard is part of the key, so a script cached while
/// <c>allowUnsafeApis</c> was on is checked again once it is off. The cache is <c>$XDG_CACHE_HOME/bpl/scripts</c>, or
/// <c>~/.cache/bpl/scripts</c>.
/// </summary>
public static class ScriptCompiler
{
    /// <summary>The version of <see cref="ScriptGlobals"/>; part of the cache key, so a changed API recompiles every script.</summary>
    public const string ApiVersion = "1";

    public static string DefaultCacheDirectory(Func<string, string?> environment)
    {
        var xdg = environment("XDG_CACHE_HOME");
        var root = string.IsNullOrEmpty(xdg)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache")
            : xdg;
        return Path.Combine(root, "bpl", "scripts");
    }

    public static string CacheKey(string scriptText, string toolVersion, bool allowUnsafeApis) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            $"{scriptText}\napi:{ApiVersion}\ntool:{toolVersion}\nguard:{(allowUnsafeApis ? "off" : AllowedApis.Version)}")));

    /// <summary>The script's compiled form; <c>compiling</c> is called with the display path just before a cache miss is compiled.</summary>
    public static CompiledScript Load(string scriptText, string displayPath, string cacheDirectory, string toolVersion, bool allowUnsafeApis, Action<string>? compiling = null)
    {
        var cacheFile = Path.Combine(cacheDirectory, CacheKey(scriptText, toolVersion, allowUnsafeApis) + ".dll");
        if (TryLoadCached(cacheFile) is { } cached)
        {
            return new CompiledScript(displayPath, Entry(cached, displayPath), CompiledNow: false, cacheFile);
        }

        compiling?.Invoke(displayPath);
        var image = CompileWithRoslyn(scriptText, displayPath, allowUnsafeApis);
        Store(cacheFile, image);
        var assembly = AssemblyLoadContext.Default.LoadFromStream(new MemoryStream(image));
        return new CompiledScript(displayPath, Entry(assembly, displayPath), CompiledNow: true, cacheFile);
    }

    /// <summary>Kept out of line so that a cache hit never JIT-compiles a method that names a Roslyn type.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static byte[] CompileWithRoslyn(string scriptText, string displayPath, bool allowUnsafeApis) => RoslynCompilation.Compile(scriptText, displayPath, allowUnsafeApis);

    private static Assembly? TryLoadCached(string cacheFile)
    {
        if (!File.Exists(cacheFile))
        {
            return null;
        }

        try
        {
            return AssemblyLoadContext.Default.LoadFromStream(new MemoryStream(File.ReadAllBytes(cacheFile)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or BadImageFormatException)
        {
            // A truncated or unreadable cache entry is recompiled (and overwritten), never trusted.
            return null;
        }
    }

    private static void Store(string cacheFile, byte[] image)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(cacheFile)!);
            var temporary = $"{cacheFile}.{Environment.ProcessId}.tmp";
            File.WriteAllBytes(temporary, image);
            File.Move(temporary, cacheFile, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // No writable cache: the script still runs, it is just compiled again next time.
        }
    }

    /// <summary>Roslyn's script entry point: <c>Submission#0.&lt;Factory&gt;(object[] submissionStates)</c>.</summary>
    private static MethodInfo Entry(Assembly assembly, string displayPath) =>
        assembly.GetType("Submission#0")?.GetMethod("<Factory>", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new ScriptCompileException($"{displayPath}: the compiled script has no entry point (a corrupt cache entry?)");
}
