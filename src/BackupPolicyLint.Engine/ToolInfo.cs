using System.Reflection;

namespace BackupPolicyLint.Engine;

/// <summary>The tool's own version, as built.</summary>
internal static class ToolInfo
{
    public static string Version { get; } = typeof(ToolInfo).Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
