using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BackupPolicyLint.Scripting;

/// <summary>
/// Refuses, at compile time and with their file:line:col, the script's uses of <see cref="UnsafeApis"/>, of
/// <c>dynamic</c>, of <c>extern</c> methods, and the <c>#r</c>/<c>#load</c> directives that would bring in code the
/// guard never sees. Every symbol a syntax node binds to is judged, so aliases, <c>using static</c>, <c>typeof</c>
/// and attributes are caught along with calls.
/// </summary>
internal static class ApiGuard
{
    public const string Hint = "set scripts.allowUnsafeApis: true in the config to allow it";

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
                if (Refusal(model, node) is { } message)
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

    private static string? Refusal(SemanticModel model, SyntaxNode node)
    {
        if (node is IdentifierNameSyntax { IsVar: true })
        {
            // `var` names the inferred type; the expression that produced it is judged where it is written.
            return null;
        }

        if (HasExtern(node))
        {
            return $"extern methods are not allowed in script rules: they run native code; {Hint}";
        }

        if (model.GetTypeInfo(node).Type is { TypeKind: TypeKind.Dynamic })
        {
            return $"dynamic is not allowed in script rules: it calls members by name at run time, past this check; {Hint}";
        }

        var info = model.GetSymbolInfo(node);
        foreach (var used in info.Symbol is { } symbol ? [symbol] : info.CandidateSymbols)
        {
            if (UnsafeApis.Reason(used) is { } reason)
            {
                return $"script rules may not use {Describe(used)}: {reason}; {Hint}";
            }
        }

        return null;
    }

    private static bool HasExtern(SyntaxNode node) => node switch
    {
        LocalFunctionStatementSyntax local => local.Modifiers.Any(SyntaxKind.ExternKeyword),
        MethodDeclarationSyntax method => method.Modifiers.Any(SyntaxKind.ExternKeyword),
        _ => false,
    };

    private static string Describe(ISymbol symbol) => symbol switch
    {
        IAliasSymbol alias => Describe(alias.Target),
        IMethodSymbol { MethodKind: MethodKind.Constructor } constructor => $"new {constructor.ContainingType.ToDisplayString()}",
        IMethodSymbol or IPropertySymbol or IFieldSymbol or IEventSymbol => $"{symbol.ContainingType.ToDisplayString()}.{symbol.Name}",
        _ => symbol.ToDisplayString(),
    };
}
