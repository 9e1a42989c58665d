using Microsoft.CodeAnalysis;

namespace BackupPolicyLint.Scripting;

/// <summary>
/// Why well-known dangerous APIs are refused, in the words of the refusal message (files, processes, network,
/// environment, reflection, native code, threads, GC settings). What a guarded script may use is decided by the
/// allow-list, <see cref="AllowedApis"/>; this list only explains the refusals a reader is most likely to meet, and
/// everything else off the allow-list gets the generic reason. Some entries (System.Net, System.Console) name
/// assemblies a guarded script does not reference at all (<see cref="FrameworkOnlyResolver"/>).
/// </summary>
internal static class UnsafeApis
{
    /// <summary>Namespaces refused with everything in them (sub-namespaces included), but for the names allowed.</summary>
    private static readonly (string Namespace, string Reason, string[] Allowed)[] Namespaces =
    [
        ("System.IO", "it reaches the file system", [
            "System.IO.Path", "System.IO.StringReader", "System.IO.StringWriter", "System.IO.TextReader", "System.IO.TextWriter",
            "System.IO.MemoryStream", "System.IO.IOException", "System.IO.InvalidDataException", "System.IO.EndOfStreamException", "System.IO.SeekOrigin",
        ]),
        ("System.Net", "it reaches the network", []),
        ("System.Diagnostics", "it reaches processes and debuggers", ["System.Diagnostics.Stopwatch", "System.Diagnostics.Debug", "System.Diagnostics.CodeAnalysis"]),
        ("System.Reflection", "reflection can call any API by name", []),
        ("System.Runtime.InteropServices", "it runs native code", []),
        ("System.Runtime.Loader", "it loads assemblies", []),
        ("System.Resources", "it reads files", []),
        ("System.Threading", "work on other threads escapes the script's time and memory limits", []),
        ("BackupPolicyLint.Scripting", "it is bpl's script compiler and runner", ["BackupPolicyLint.Scripting.ScriptGlobals"]),
    ];

    /// <summary>Types refused whole, but for the members allowed.</summary>
    private static readonly (string Type, string Reason, string[] Allowed)[] Types =
    [
        ("System.Environment", "it reads or changes the process (environment variables hold secrets such as NEO4J_PASSWORD; Exit ends bpl)", ["NewLine"]),
        ("System.AppDomain", "it loads assemblies and ends the process", []),
        ("System.AppContext", "it changes runtime settings", []),
        ("System.Activator", "it creates objects by type name", []),
        ("System.GC", "it changes the garbage collector's limits", []),
        ("System.Console", "console output would mix with the report on stdout, and input would wait", []),
        ("System.Runtime.CompilerServices.Unsafe", "it reads and writes memory unchecked", []),
        ("System.Runtime.CompilerServices.RuntimeHelpers", "it runs code by handle", []),
    ];

    /// <summary>Single members refused (<c>static</c>: only the static overloads).</summary>
    private static readonly (string Type, string Member, bool StaticOnly, string Reason)[] Members =
    [
        ("System.Type", "GetType", true, "it loads types by name"),
        ("System.Type", "GetTypeFromProgID", true, "it loads types by name"),
        ("System.Type", "GetTypeFromCLSID", true, "it loads types by name"),
        ("System.Type", "InvokeMember", false, "reflection can call any API by name"),
        ("System.Delegate", "CreateDelegate", false, "reflection can call any API by name"),
        ("System.Delegate", "DynamicInvoke", false, "reflection can call any API by name"),
        ("System.IO.Path", "GetTempFileName", false, "it creates a file"),
        ("System.IO.Path", "Exists", false, "it reaches the file system"),
    ];

    /// <summary>Why <paramref name="symbol"/> is refused, or null when a script may use it.</summary>
    public static string? Reason(ISymbol symbol)
    {
        switch (symbol)
        {
            case IAliasSymbol alias:
                return Reason(alias.Target);
            case IMethodSymbol method:
                method = (method.ReducedFrom ?? method).OriginalDefinition;
                return MemberReason(method.ContainingType, method.Name, method.IsStatic) ?? TypeReason(method.ContainingType, method.Name);
            case IPropertySymbol or IFieldSymbol or IEventSymbol:
                return MemberReason(symbol.ContainingType, symbol.Name, symbol.IsStatic) ?? TypeReason(symbol.ContainingType, symbol.Name);
            case INamedTypeSymbol type:
                return TypeReason(type, member: null);
            case IArrayTypeSymbol array:
                return Reason(array.ElementType);
            default:
                return null;
        }
    }

    private static string? MemberReason(INamedTypeSymbol? type, string member, bool isStatic)
    {
        if (type is null)
        {
            return null;
        }

        var name = FullName(type);
        return Members.FirstOrDefault(m => m.Type == name && m.Member == member && (isStatic || !m.StaticOnly)).Reason;
    }

    private static string? TypeReason(INamedTypeSymbol? type, string? member)
    {
        if (type is null)
        {
            return null;
        }

        var name = FullName(type);
        foreach (var (denied, reason, allowed) in Types)
        {
            if (name == denied && (member is null || !allowed.Contains(member)))
            {
                // A type named alone (typeof, a declaration) is refused only when none of its members is allowed.
                return member is null && allowed.Length > 0 ? null : reason;
            }
        }

        foreach (var (prefix, reason, allowed) in Namespaces)
        {
            if (IsWithin(name, prefix) && !allowed.Any(a => IsWithin(name, a)))
            {
                return reason;
            }
        }

        return null;
    }

    /// <summary>Namespace and type name of the outermost containing type (a nested type is judged by it), without type arguments.</summary>
    private static string FullName(INamedTypeSymbol type)
    {
        while (type.ContainingType is { } outer)
        {
            type = outer;
        }

        var ns = type.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() + "." : "";
        return ns + type.MetadataName.Split('`')[0];
    }

    private static bool IsWithin(string name, string prefix) => name == prefix || name.StartsWith(prefix + ".", StringComparison.Ordinal);
}
