using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace BackupPolicyLint.Scripting;

/// <summary>
/// What a syntax node makes the compiled script do that no name written in it says: the members the compiler calls
/// (a foreach's enumerator, a collection initializer's Add, Deconstruct, a user-defined conversion, a typed range
/// variable's Cast&lt;T&gt;), and the target of an explicit conversion. <see cref="ApiGuard"/> judges both.
/// </summary>
internal static class CompilerCalls
{
    /// <summary>Members the compiler calls for the script without a name written for them.</summary>
    public static IEnumerable<ISymbol> Members(SemanticModel model, SyntaxNode node)
    {
        switch (node)
        {
            case CommonForEachStatementSyntax forEach:
                var loop = model.GetForEachStatementInfo(forEach);
                foreach (var member in new ISymbol?[] { loop.GetEnumeratorMethod, loop.MoveNextMethod, loop.CurrentProperty, loop.DisposeMethod, loop.ElementConversion.MethodSymbol })
                {
                    if (member is not null)
                    {
                        yield return member;
                    }
                }

                break;
            case ExpressionSyntax expression when expression.Parent is InitializerExpressionSyntax { RawKind: (int)SyntaxKind.CollectionInitializerExpression }:
                var add = model.GetCollectionInitializerSymbolInfo(expression);
                if (add.Symbol is { } adder)
                {
                    yield return adder;
                }

                break;
            case AssignmentExpressionSyntax { Left: TupleExpressionSyntax or DeclarationExpressionSyntax } deconstruction:
                foreach (var method in Deconstructors(model.GetDeconstructionInfo(deconstruction)))
                {
                    yield return method;
                }

                break;
        }

        if (node is ExpressionSyntax converted && model.GetConversion(converted).MethodSymbol is { } conversion)
        {
            yield return conversion;
        }

        // A typed range variable (`from FileInfo f in ...`) calls Cast<T>.
        if (node is QueryClauseSyntax clause && model.GetQueryClauseInfo(clause).CastInfo.Symbol is { } cast)
        {
            yield return cast;
        }
    }

    private static IEnumerable<IMethodSymbol> Deconstructors(DeconstructionInfo info)
    {
        if (info.Method is { } method)
        {
            yield return method;
        }

        foreach (var nested in info.Nested.SelectMany(Deconstructors))
        {
            yield return nested;
        }
    }

    /// <summary>The target of an explicit conversion the node makes (cast, as, is, a type pattern, a typed foreach), or null.</summary>
    public static ITypeSymbol? ExplicitConversionTarget(SemanticModel model, SyntaxNode node)
    {
        switch (node)
        {
            case CastExpressionSyntax or BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AsExpression }:
                return model.GetOperation(node) is IConversionOperation { Conversion.IsImplicit: false } conversion ? conversion.Type : null;
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.IsExpression }:
                return model.GetOperation(node) is IIsTypeOperation isType && !Widens(model, isType.ValueOperand.Type, isType.TypeOperand) ? isType.TypeOperand : null;
            case PatternSyntax:
                return model.GetOperation(node) switch
                {
                    IDeclarationPatternOperation declaration when !Widens(model, declaration.InputType, declaration.MatchedType) => declaration.MatchedType,
                    ITypePatternOperation typePattern when !Widens(model, typePattern.InputType, typePattern.MatchedType) => typePattern.MatchedType,
                    IRecursivePatternOperation recursive when !Widens(model, recursive.InputType, recursive.MatchedType) => recursive.MatchedType,
                    _ => null,
                };
            case ForEachStatementSyntax forEach when model.GetForEachStatementInfo(forEach) is { ElementConversion: { IsImplicit: false, IsIdentity: false } } loop:
                return loop.ElementType is null ? null : model.GetTypeInfo(forEach.Type).Type;
            default:
                return null;
        }
    }

    private static bool Widens(SemanticModel model, ITypeSymbol? from, ITypeSymbol? to) =>
        from is null || to is null || model.Compilation.ClassifyCommonConversion(from, to).IsImplicit;
}
