namespace BackupPolicyLint.Rules.Readiness;

/// <summary>
/// One item of Neo4j's backup and restore planning guidance, and the rules that judge it. An item with no rules is one
/// bpl does not check: reports say so rather than pass it.
/// </summary>
/// <param name="Id">A stable key (JSON reports and anchors use it).</param>
/// <param name="Title">The guidance in one line, as an auditor asks it.</param>
/// <param name="Guidance">Where Neo4j says it (the page and what it recommends).</param>
/// <param name="RuleIds">The rules whose outcomes decide the item, in id order.</param>
internal sealed record ReadinessItem(string Id, string Title, string Guidance, IReadOnlyList<string> RuleIds)
{
    /// <summary>No rule judges it: reports say "not checked by bpl".</summary>
    public bool Checked => RuleIds.Count > 0;
}
