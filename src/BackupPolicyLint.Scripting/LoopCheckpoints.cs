using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BackupPolicyLint.Scripting;

/// <summary>
/// Puts <c>Checkpoint();</c> at the top of every loop body (for, foreach, while, do), so a script past its time limit
/// throws at its next iteration instead of running on. Added on the same line, so lines in stack traces stay true.
/// Code that spins without a loop of its own (deep recursion, an endless LINQ query) is not reached; the runner's
/// wait then gives up on it (see ScriptRule).
/// </summary>
internal sealed class LoopCheckpoints : CSharpSyntaxRewriter
{
    private static readonly StatementSyntax Call = SyntaxFactory.ParseStatement("Checkpoint(); ");

    public static string Insert(string scriptText)
    {
        var tree = CSharpSyntaxTree.ParseText(scriptText, CSharpParseOptions.Default.WithKind(SourceCodeKind.Script));
        return new LoopCheckpoints().Visit(tree.GetRoot()).ToFullString();
    }

    public override SyntaxNode? VisitForStatement(ForStatementSyntax node)
    {
        var visited = (ForStatementSyntax)base.VisitForStatement(node)!;
        return visited.WithStatement(Guard(visited.Statement));
    }

    public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node)
    {
        var visited = (ForEachStatementSyntax)base.VisitForEachStatement(node)!;
        return visited.WithStatement(Guard(visited.Statement));
    }

    public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node)
    {
        var visited = (WhileStatementSyntax)base.VisitWhileStatement(node)!;
        return visited.WithStatement(Guard(visited.Statement));
    }

    public override SyntaxNode? VisitDoStatement(DoStatementSyntax node)
    {
        var visited = (DoStatementSyntax)base.VisitDoStatement(node)!;
        return visited.WithStatement(Guard(visited.Statement));
    }

    private static StatementSyntax Guard(StatementSyntax body)
    {
        if (body is BlockSyntax block)
        {
            return block.WithStatements(block.Statements.Insert(0, Call));
        }

        // "while (x) y;" → "while (x) { Checkpoint(); y; }", keeping y's own trivia.
        return SyntaxFactory.Block(Call, body.WithoutLeadingTrivia())
            .WithOpenBraceToken(SyntaxFactory.Token(SyntaxKind.OpenBraceToken))
            .WithLeadingTrivia(body.GetLeadingTrivia());
    }
}
