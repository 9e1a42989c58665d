namespace BackupPolicyLint.Rules.Declarative;

/// <summary>
/// One <c>assert</c> node of a declarative rule: an optional path (relative to the node being judged) and the checks
/// every node at that path must pass. Nested <c>all</c>/<c>any</c>/<c>not</c> judge each of those nodes in turn.
/// </summary>
internal sealed record Assertion
{
    public string? Path { get; init; }
    public bool? Exists { get; init; }
    public string? EqualsValue { get; init; }
    public IReadOnlyList<string>? In { get; init; }
    public string? Gte { get; init; }
    public string? Lte { get; init; }
    public string? Matches { get; init; }
    public IReadOnlyList<Assertion>? All { get; init; }
    public IReadOnlyList<Assertion>? Any { get; init; }
    public Assertion? Not { get; init; }

    /// <summary>Overrides the rule's message for failures of this node (placeholders as for the rule message).</summary>
    public string? Message { get; init; }
}
