using Microsoft.CodeAnalysis;

namespace BackupPolicyLint.Scripting;

/// <summary>
/// What a guarded script may reference: an allow-list of types (and, for a few, of members). Everything else is refused
/// when the script compiles (<see cref="ApiGuard"/>). The list is what a rule needs to judge a plan: primitives,
/// strings, collections, LINQ, Regex, math, dates and durations, bpl's model (<c>BackupPolicyLint.Model</c>,
/// <c>.Documents</c>, <c>.Diagnostics</c>) and the script globals. A type is judged by its outermost containing type
/// (List&lt;T&gt;.Enumerator by List&lt;T&gt;) and by its type arguments (List&lt;FileInfo&gt; is refused).
/// </summary>
internal static class AllowedApis
{
    /// <summary>Part of the script cache key: a changed list re-checks every cached script.</summary>
    public const string Version = "2";

    public const string NotListed = "it is not on the list of APIs script rules may use (docs/security.md)";

    /// <summary>Namespaces whose types are allowed (exactly these, not their sub-namespaces).</summary>
    private static readonly HashSet<string> Namespaces = new(StringComparer.Ordinal)
    {
        "System.Collections.Generic", "System.Collections.ObjectModel", "System.Linq", "System.Text.RegularExpressions",
        "System.Diagnostics.CodeAnalysis",
        "BackupPolicyLint.Model", "BackupPolicyLint.Model.Infra", "BackupPolicyLint.Model.Inventory",
        "BackupPolicyLint.Documents", "BackupPolicyLint.Diagnostics",
    };

    /// <summary>Types allowed with all their public members (but for <see cref="ExcludedMembers"/>); names without arity.</summary>
    private static readonly HashSet<string> Types = new(StringComparer.Ordinal)
    {
        "System.Object", "System.ValueType", "System.Enum", "System.Void", "System.Boolean", "System.Char", "System.String",
        "System.SByte", "System.Byte", "System.Int16", "System.UInt16", "System.Int32", "System.UInt32", "System.Int64", "System.UInt64",
        "System.Int128", "System.UInt128", "System.Single", "System.Double", "System.Decimal", "System.Half",
        "System.Nullable", "System.ValueTuple", "System.Tuple", "System.Index", "System.Range", "System.HashCode", "System.Guid",
        "System.DateTime", "System.DateTimeOffset", "System.DateTimeKind", "System.DateOnly", "System.TimeOnly", "System.TimeSpan", "System.DayOfWeek",
        "System.Math", "System.MathF", "System.MidpointRounding", "System.Convert", "System.Array",
        "System.StringComparison", "System.StringComparer", "System.StringSplitOptions", "System.Span", "System.ReadOnlySpan", "System.MemoryExtensions",
        "System.Uri", "System.UriKind", "System.UriComponents", "System.UriFormat", "System.UriPartial", "System.Version",
        "System.Func", "System.Action", "System.Predicate", "System.Comparison", "System.Converter",
        "System.IComparable", "System.IEquatable", "System.IFormattable", "System.IFormatProvider", "System.IDisposable",
        "System.Exception", "System.SystemException", "System.ArgumentException", "System.ArgumentNullException",
        "System.ArgumentOutOfRangeException", "System.InvalidOperationException", "System.NotSupportedException",
        "System.NotImplementedException", "System.FormatException", "System.OverflowException", "System.ArithmeticException",
        "System.DivideByZeroException", "System.IndexOutOfRangeException", "System.NullReferenceException", "System.InvalidCastException",
        "System.FlagsAttribute",
        "System.Collections.IEnumerable", "System.Collections.IEnumerator", "System.Collections.IComparer", "System.Collections.IEqualityComparer",
        "System.Text.StringBuilder",
        "System.Globalization.NumberStyles", "System.Globalization.DateTimeStyles", "System.Globalization.CompareOptions",
        "System.Diagnostics.Stopwatch",
    };

    /// <summary>Types of which only the members named are allowed (the type itself may be named, to reach them).</summary>
    private static readonly Dictionary<string, string[]> OnlyMembers = new(StringComparer.Ordinal)
    {
        ["System.Environment"] = ["NewLine"],
        // Path's string functions; not GetFullPath (the working directory), GetTempPath (the environment), Exists...
        ["System.IO.Path"] = [
            "GetFileName", "GetFileNameWithoutExtension", "GetExtension", "GetDirectoryName", "Combine", "Join", "ChangeExtension",
            "HasExtension", "IsPathRooted", "GetRelativePath", "EndsInDirectorySeparator", "TrimEndingDirectorySeparator",
            "DirectorySeparatorChar", "AltDirectorySeparatorChar", "PathSeparator"],
        // Only the read-only invariant culture: the current culture's formats are shared, writable and bpl's own.
        ["System.Globalization.CultureInfo"] = ["InvariantCulture", "Name"],
        ["BackupPolicyLint.Scripting.ScriptGlobals"] = ["Plan", "Now", "Artifacts", "Inventory", "Parameter", "Number", "Duration", "Report", "Checkpoint"],
    };

    /// <summary>Members of allowed types that are not allowed, with why.</summary>
    private static readonly Dictionary<(string Type, string Member), string> ExcludedMembers = new()
    {
        [("System.Object", "GetType")] = "reflection can call any API by name",
        [("System.Object", "MemberwiseClone")] = "it copies objects past their constructors",
        [("System.String", "Intern")] = "the intern pool is shared by the whole process and outlives the plan",
        [("System.String", "IsInterned")] = "the intern pool is shared by the whole process and outlives the plan",
        [("System.Array", "CreateInstance")] = "it creates objects by type",
        [("System.Array", "CreateInstanceFromArrayType")] = "it creates objects by type",
        [("System.Convert", "ChangeType")] = "it converts by type at run time, past this check",
        [("System.Text.RegularExpressions.Regex", "CompileToAssembly")] = "it writes an assembly",
        [("System.Exception", "TargetSite")] = "reflection can call any API by name",
        [("System.Exception", "GetObjectData")] = "it serializes by reflection",
    };

    /// <summary>Why <paramref name="symbol"/> may not be used by a guarded script, or null when it may.</summary>
    public static string? Refusal(ISymbol symbol, IAssemblySymbol script)
    {
        switch (symbol)
        {
            case IAliasSymbol alias:
                return Refusal(alias.Target, script);
            case ITypeSymbol type:
                return TypeRefusal(type, script);
            case IMethodSymbol method:
                method = method.GetConstructedReducedFrom() ?? method;
                return MemberRefusal(method, script) ?? method.TypeArguments.Select(t => TypeRefusal(t, script)).FirstOrDefault(r => r is not null)
                    ?? ConvertingMethodRefusal(method, script);
            case IPropertySymbol or IFieldSymbol or IEventSymbol:
                return MemberRefusal(symbol, script);
            default:
                // Namespaces, locals, parameters, labels, range variables: their types are judged where they are written.
                return null;
        }
    }

    /// <summary>
    /// Whether an explicit conversion (a cast, <c>as</c>, <c>is</c>, a type pattern, a typed <c>foreach</c>,
    /// <c>Cast&lt;T&gt;</c>/<c>OfType&lt;T&gt;</c>) may go to <paramref name="target"/>. The model's collections are
    /// lists and dictionaries behind read-only interfaces: a cast to a collection type would reach them and change
    /// what later rules see. Casts go to value types, strings, bpl's model types and the script's own types.
    /// </summary>
    public static string? ConversionRefusal(ITypeSymbol target, IAssemblySymbol script)
    {
        var allowed = target switch
        {
            ITypeParameterSymbol => false,
            IErrorTypeSymbol => true,
            { IsValueType: true } => true,
            { SpecialType: SpecialType.System_String } => true,
            INamedTypeSymbol named => IsScripts(named, script) || FullName(named).StartsWith("BackupPolicyLint.", StringComparison.Ordinal) || IsException(named),
            _ => false,
        };
        return allowed ? null : "a cast could reach the model's collections, which scripts may only read (copy them with ToList() instead)";
    }

    public static bool IsScripts(ISymbol symbol, IAssemblySymbol script) => SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, script);

    private static bool IsException(INamedTypeSymbol type)
    {
        for (var at = (INamedTypeSymbol?)type; at is not null; at = at.BaseType)
        {
            if (at.ContainingNamespace?.ToDisplayString() == "System" && at.MetadataName == "Exception")
            {
                return true;
            }
        }

        return false;
    }

    private static string? TypeRefusal(ITypeSymbol type, IAssemblySymbol script)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                return TypeRefusal(array.ElementType, script);
            case IPointerTypeSymbol or IFunctionPointerTypeSymbol:
                return "it reads and writes memory unchecked";
            case ITypeParameterSymbol or IErrorTypeSymbol or IDynamicTypeSymbol:
                return null;
            case INamedTypeSymbol named:
                if (!named.IsAnonymousType && !IsScripts(named, script) && !IsListed(named))
                {
                    return UnsafeApis.Reason(named) ?? NotListed;
                }

                return named.TypeArguments.Select(t => TypeRefusal(t, script)).FirstOrDefault(r => r is not null);
            default:
                return NotListed;
        }
    }

    private static bool IsListed(INamedTypeSymbol type)
    {
        var name = FullName(type);
        return Types.Contains(name) || OnlyMembers.ContainsKey(name) || Namespaces.Contains(Namespace(Outermost(type)));
    }

    private static string? MemberRefusal(ISymbol member, IAssemblySymbol script)
    {
        var type = member.ContainingType;
        if (type is null || IsScripts(type, script))
        {
            // The script's own members; what they declare is judged by ApiGuard's declaration checks.
            return null;
        }

        var original = member.OriginalDefinition;
        if (TypeRefusal(type.OriginalDefinition, script) is { } typeRefusal)
        {
            return UnsafeApis.Reason(original) ?? typeRefusal;
        }

        var name = FullName(type);
        if (OnlyMembers.TryGetValue(name, out var members) && !members.Contains(member.Name))
        {
            return UnsafeApis.Reason(original) ?? NotListed;
        }

        if (ExcludedMembers.TryGetValue((name, member.Name), out var reason))
        {
            return reason;
        }

        if (member is IPropertySymbol { IsStatic: true, SetMethod.DeclaredAccessibility: Accessibility.Public })
        {
            return "a static property with a setter is a process-wide setting, and it outlives the plan";
        }

        return null;
    }

    /// <summary>Enumerable.Cast&lt;T&gt; and OfType&lt;T&gt; cast inside the library: T is judged as a cast's target.</summary>
    private static string? ConvertingMethodRefusal(IMethodSymbol method, IAssemblySymbol script) =>
        method.Name is "Cast" or "OfType" && method.ContainingType is { } type && FullName(type) == "System.Linq.Enumerable" && method.TypeArguments.Length == 1
            ? ConversionRefusal(method.TypeArguments[0], script)
            : null;

    private static INamedTypeSymbol Outermost(INamedTypeSymbol type)
    {
        while (type.ContainingType is { } outer)
        {
            type = outer;
        }

        return type;
    }

    private static string Namespace(INamedTypeSymbol type) => type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : "";

    /// <summary>Namespace and name of the outermost containing type, without arity.</summary>
    internal static string FullName(INamedTypeSymbol type)
    {
        var outer = Outermost(type);
        var ns = Namespace(outer);
        var name = outer.MetadataName.Split('`')[0];
        return ns.Length == 0 ? name : $"{ns}.{name}";
    }
}
