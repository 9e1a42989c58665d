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
/// <c>~/.cache/bpl/scripts</c>; one that other users can write is not used (<see cref="CacheTrust"/>), and an assembly
/// is loaded only when its sidecar seal matches the script and the bytes.
/// </summary>
internal static class ScriptCompiler
{
    /// <summary>
    /// The version of the script API (<see cref="ScriptGlobals"/> and Core's public surface); part of the cache key, so a
    /// changed API recompiles every script. 2: only the model, documents and findings are public (docs/architecture.md),
    /// so a script cached against version 1 that used what is now internal gets a compile error, not a failure at run time.
    /// </summary>
    public const string ApiVersion = "2";

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

    /// <summary>
    /// The script's compiled form; <c>compiling</c> is called with the display path just before a cache miss is
    /// compiled, and <c>notice</c> (verbose output) when the cache is not used (<see cref="CacheTrust"/>).
    /// </summary>
    public static CompiledScript Load(
        string scriptText, string displayPath, string cacheDirectory, string toolVersion, bool allowUnsafeApis, Action<string>? compiling = null, Action<string>? notice = null)
    {
        var key = CacheKey(scriptText, toolVersion, allowUnsafeApis);
        var cacheFile = Path.Combine(cacheDirectory, key + ".dll");
        var refusal = CacheTrust.FolderRefusal(cacheDirectory);
        if (refusal is not null)
        {
            notice?.Invoke($"not using the script cache: {refusal}; compiling scripts in memory");
        }
        else if (TryLoadCached(cacheFile, key) is { } cached)
        {
            return new CompiledScript(displayPath, Entry(cached, displayPath), CompiledNow: false, cacheFile);
        }

        compiling?.Invoke(displayPath);
        var image = CompileWithRoslyn(scriptText, displayPath, allowUnsafeApis);
        if (refusal is null)
        {
            Store(cacheFile, key, image);
        }

        var assembly = AssemblyLoadContext.Default.LoadFromStream(new MemoryStream(image));
        return new CompiledScript(displayPath, Entry(assembly, displayPath), CompiledNow: true, cacheFile);
    }

    /// <summary>Kept out of line so that a cache hit never JIT-compiles a method that names a Roslyn type.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static byte[] CompileWithRoslyn(string scriptText, string displayPath, bool allowUnsafeApis) => RoslynCompilation.Compile(scriptText, displayPath, allowUnsafeApis);

    /// <summary>
    /// The cached assembly, when only this user can have written it and its sidecar (<c>KEY.sha256</c>) says it was
    /// compiled from this script (the cache key: script text, API, tool and guard versions) into exactly these bytes.
    /// Anything else (another user's file, a truncated, swapped or edited assembly) is recompiled and overwritten.
    /// </summary>
    private static Assembly? TryLoadCached(string cacheFile, string key)
    {
        var sidecar = Path.ChangeExtension(cacheFile, ".sha256");
        if (!File.Exists(cacheFile) || !File.Exists(sidecar))
        {
            return null;
        }

        try
        {
            if (CacheTrust.FileRefusal(cacheFile) is not null || CacheTrust.FileRefusal(sidecar) is not null)
            {
                return null;
            }

            var image = File.ReadAllBytes(cacheFile);
            if (File.ReadAllText(sidecar) != Seal(key, image))
            {
                return null;
            }

            return AssemblyLoadContext.Default.LoadFromStream(new MemoryStream(image));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or BadImageFormatException)
        {
            // A truncated or unreadable cache entry is recompiled (and overwritten), never trusted.
            return null;
        }
    }

    /// <summary>What the sidecar holds: the key the image was compiled for and the image's SHA-256.</summary>
    private static string Seal(string key, byte[] image) => $"{key} {Convert.ToHexStringLower(SHA256.HashData(image))}\n";

    private static void Store(string cacheFile, string key, byte[] image)
    {
        const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            var folder = Path.GetDirectoryName(cacheFile)!;
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder);
            }
            else
            {
                Directory.CreateDirectory(folder, OwnerOnly | UnixFileMode.UserExecute);
            }

            // The assembly first, then its seal: a reader that sees the new seal sees the new assembly.
            var sidecar = Path.ChangeExtension(cacheFile, ".sha256");
            foreach (var (target, bytes) in new[] { (cacheFile, image), (sidecar, Encoding.UTF8.GetBytes(Seal(key, image))) })
            {
                var temporary = $"{target}.{Environment.ProcessId}.tmp";
                File.WriteAllBytes(temporary, bytes);
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(temporary, OwnerOnly);
                }

                File.Move(temporary, target, overwrite: true);
            }
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
