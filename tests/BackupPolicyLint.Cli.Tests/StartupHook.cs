#pragma warning disable CA1050 // .NET finds a startup hook only as a type named StartupHook outside any namespace.

/// <summary>
/// Loaded into a `bpl` process by DOTNET_STARTUP_HOOKS (see <c>LoadedAssemblies</c>): writes the names of the
/// assemblies loaded when the process ends to the file named by BPL_TEST_LOADED_ASSEMBLIES. Uses only the base
/// library, so it loads nothing itself.
/// </summary>
internal static class StartupHook
{
    public static void Initialize()
    {
        var file = Environment.GetEnvironmentVariable("BPL_TEST_LOADED_ASSEMBLIES");
        if (string.IsNullOrEmpty(file))
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            File.WriteAllLines(file, AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name ?? "").Order(StringComparer.Ordinal));
    }
}
