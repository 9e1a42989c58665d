#pragma warning disable CA1050 // .NET finds a startup hook only as a type named StartupHook outside any namespace.

/// <summary>
/// Loaded into a `bpl` process by DOTNET_STARTUP_HOOKS when the process ends, writes the names of the assemblies
/// loaded to the file named by BPL_TEST_LOADED_ASSEMBLIES (see <c>LoadedAssemblies</c>), and the process's peak
/// resident memory (VmHWM from /proc/self/status, in KiB) to the file named by BPL_TEST_PEAK_MEMORY. Uses only the
/// base library, so it loads nothing itself.
/// </summary>
internal static class StartupHook
{
    public static void Initialize()
    {
        var assemblies = Environment.GetEnvironmentVariable("BPL_TEST_LOADED_ASSEMBLIES");
        if (!string.IsNullOrEmpty(assemblies))
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
                File.WriteAllLines(assemblies, AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name ?? "").Order(StringComparer.Ordinal));
        }

        var peak = Environment.GetEnvironmentVariable("BPL_TEST_PEAK_MEMORY");
        if (!string.IsNullOrEmpty(peak))
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
                File.WriteAllText(peak, File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
        }
    }
}
