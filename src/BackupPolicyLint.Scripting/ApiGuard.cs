using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace BackupPolicyLint.Scripting;

/// <summary>
/// Refuses, at compile time and with their file:line:col, everything a guarded script references that is not on
/// <see cref="AllowedApis"/>: every symbol a syntax node binds to (calls, constructors, attributes, <c>typeof</c>,
/// aliases, <c>using static</c>), every expression's type, the members the compiler calls for the script (a
/// <c>foreach</c>'s GetEnumerator, a collection initializer's Add, a deconstruction, a user-defined conversion), and
/// casts to types that could reach the model's collections. It also refuses what would let code run outside the
/// script's time and memory limits or carry state from one plan to the next: finalizers, static fields and
/// auto-properties, classes deriving from types the script did not declare, <c>lock</c>, <c>stackalloc</c>,
/// <c>unsafe</c>, <c>extern</c>, <c>dynamic</c>, and the <c>#r</c>/<c>#load</c> directives. <c>nameof</c> is fine.
/// </summary>
internal static class ApiGuard
{
    public const string Hint = "pass --allow-unsafe-scripts (or set scripts.allowUnsafeApis: true in a --config outside the checked repository) to allow it";

    /// <summary>The #r and #load directives, checked before compiling (resolving them would already read files).</summary>
    public static IEnumerable<(Location Where, string Message)> Directives(SyntaxTree tree)
    {
        var root = tree.GetCompilationUnitRoot();
        foreach (var directive in root.GetReferenceDirectives())
        {
            yield return (directive.GetLocation(), $"#r is not allowed in script rules: a referenced assembly runs unchecked; {Hint}");
        }

        foreach (var directive in root.GetLoadDirectives())
        {
            yield return (directive.GetLocation(), $"#load is not allowed in script rules: keep a rule in one file; {Hint}");
        }
    }

    /// <summary>The outermost node of each refused use (a call is reported once, not again for its type name).</summary>
    public static List<(Location Where, string Message)> Uses(Compilation compilation)
    {
        var found = new List<(Location, string)>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            // Depth first in document order, with a stack of our own: a long expression chain must not overflow ours.
            var pending = new Stack<SyntaxNode>([tree.GetRoot()]);
            while (pending.TryPop(out var node))
            {
                if (IsNameOf(model, node))
                {
                    continue;
                }

                if (Refusal(model, compilation.Assembly, node) is { } message)
                {
                    found.Add((node.GetLocation(), message));
                    continue;
                }

                foreach (var child in node.ChildNodes().Reverse())
                {
                    pending.Push(child);
                }
            }
        }

        return found;
    }

    private static bool IsNameOf(SemanticModel model, SyntaxNode node) =>
        node is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } && model.GetOperation(node) is INameOfOperation;

    private static string? Refusal(SemanticModel model, IAssemblySymbol script, SyntaxNode node)
    {
        if (node is IdentifierNameSyntax { IsVar: true })
        {
            // `var` names the inferred type; the expression that produced it is judged where it is written.
            return null;
        }

        if (Declaration(model, script, node) is { } declaration)
        {
            return $"{declaration}; {Hint}";
        }

        var type = model.GetTypeInfo(node);
        if (type.Type is { TypeKind: TypeKind.Dynamic } || type.ConvertedType is { TypeKind: TypeKind.Dynamic })
        {
            return $"dynamic is not allowed in script rules: it calls members by name at run time, past this check; {Hint}";
        }

        var info = model.GetSymbolInfo(node);
        foreach (var used in info.Symbol is { } symbol ? [symbol] : info.CandidateSymbols)
        {
            if (AllowedApis.Refusal(used, script) is { } reason)
            {
                return Message(used, reason);
            }
        }

        foreach (var used in CompilerCalls.Members(model, node))
        {
            if (AllowedApis.Refusal(used, script) is { } reason)
            {
                return Message(used, reason);
            }
        }

        foreach (var result in new[] { type.Type, type.ConvertedType })
        {
            if (result is not null && AllowedApis.Refusal(result, script) is { } reason)
            {
                return Message(result, reason);
            }
        }

        if (CompilerCalls.ExplicitConversionTarget(model, node) is { } target && AllowedApis.ConversionRefusal(target, script) is { } castReason)
        {
            return $"script rules may not convert to {target.ToDisplayString(FullNames)}: {castReason}; {Hint}";
        }

        return null;
    }

    private static string Message(ISymbol used, string reason) => $"script rules may not use {Describe(used)}: {reason}; {Hint}";

    /// <summary>What a declaration may not do, or null.</summary>
    private static string? Declaration(SemanticModel model, IAssemblySymbol script, SyntaxNode node)
    {
        switch (node)
        {
            case LocalFunctionStatementSyntax local when local.Modifiers.Any(SyntaxKind.ExternKeyword):
            case MethodDeclarationSyntax method when method.Modifiers.Any(SyntaxKind.ExternKeyword):
                return "extern methods are not allowed in script rules: they run native code";
            case UnsafeStatementSyntax:
            case MemberDeclarationSyntax member when member.Modifiers.Any(SyntaxKind.UnsafeKeyword):
            case LocalFunctionStatementSyntax unsafeLocal when unsafeLocal.Modifiers.Any(SyntaxKind.UnsafeKeyword):
                return "unsafe code is not allowed in script rules: it reads and writes memory unchecked";
            case DestructorDeclarationSyntax:
                return "finalizers are not allowed in script rules: the garbage collector runs them on its own thread, outside the script's time limit, and one that throws ends bpl";
            case FieldDeclarationSyntax field when field.Modifiers.Any(SyntaxKind.StaticKeyword):
            case EventFieldDeclarationSyntax eventField when eventField.Modifiers.Any(SyntaxKind.StaticKeyword):
                return "static fields are not allowed in script rules: they keep state from one plan to the next (use a local, or const for a constant)";
            case PropertyDeclarationSyntax property when property.Modifiers.Any(SyntaxKind.StaticKeyword) && IsAutoProperty(property):
                return "static auto-properties are not allowed in script rules: they keep state from one plan to the next";
            case LockStatementSyntax:
                return "lock is not allowed in script rules: script code is single-threaded, and a lock held by a stopped script would stay held";
            case StackAllocArrayCreationExpressionSyntax or ImplicitStackAllocArrayCreationExpressionSyntax:
                return "stackalloc is not allowed in script rules: a large one ends the process";
            case BaseTypeDeclarationSyntax declared when model.GetDeclaredSymbol(declared) is INamedTypeSymbol type:
                return BaseTypeRefusal(type, script);
            default:
                return null;
        }
    }

    private static bool IsAutoProperty(PropertyDeclarationSyntax property) =>
        property.ExpressionBody is null && property.AccessorList is { } accessors && accessors.Accessors.All(a => a.Body is null && a.ExpressionBody is null);

    /// <summary>
    /// A class declared in a script derives only from <c>object</c> or another class of the script: bpl calls members
    /// of objects it gets back (an exception's Message, a model element's), and an override would run outside the
    /// script's limits. Interfaces are judged by the allow-list.
    /// </summary>
    private static string? BaseTypeRefusal(INamedTypeSymbol type, IAssemblySymbol script)
    {
        if (type.TypeKind == TypeKind.Class && type.BaseType is { } baseType && baseType.SpecialType != SpecialType.System_Object && !AllowedApis.IsScripts(baseType, script))
        {
            return $"a class in a script rule may derive only from object or a class of the script, not {baseType.ToDisplayString(FullNames)}: bpl would run its overrides outside the script's limits";
        }

        foreach (var implemented in type.Interfaces)
        {
            if (AllowedApis.Refusal(implemented, script) is { } reason)
            {
                return $"script rules may not use {implemented.ToDisplayString(FullNames)}: {reason}";
            }
        }

        return null;
    }

    /// <summary>Full names, System.String rather than string: the message names what the list names.</summary>
    private static readonly SymbolDisplayFormat FullNames = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters);

    private static string Describe(ISymbol symbol) => symbol switch
    {
        IAliasSymbol alias => Describe(alias.Target),
        IMethodSymbol { MethodKind: MethodKind.Constructor } constructor => $"new {constructor.ContainingType.ToDisplayString(FullNames)}",
        IMethodSymbol or IPropertySymbol or IFieldSymbol or IEventSymbol => $"{symbol.ContainingType.ToDisplayString(FullNames)}.{symbol.Name}",
        _ => symbol.ToDisplayString(FullNames),
    };
}
