namespace BackupPolicyLint.Loading.Infra;

/// <summary>
/// A recognised <c>neo4j-admin</c> invocation with its options parsed: the 5.x/calendar forms
/// (<c>neo4j-admin database backup|dump|load|restore|copy|check|aggregate-backup</c>, <c>neo4j-admin backup aggregate|inspect</c>)
/// and the 4.4 forms (<c>neo4j-admin backup|dump|load|restore|copy|check-consistency</c> with <c>--database</c>).
/// </summary>
/// <param name="Verb">backup, dump, load, restore, copy, check, aggregate or inspect.</param>
/// <param name="Syntax">"5" or "4.4".</param>
/// <param name="Program">The <c>neo4j-admin</c> word (where the command starts).</param>
/// <param name="Words">Every word of the command, neo4j-admin included.</param>
/// <param name="Options">The options in the order given.</param>
/// <param name="Databases">Positional databases (5.x) or the <c>--database</c> value (4.4); empty when none is given.</param>
/// <param name="UnknownOptions">Options this verb does not document (kept, never judged).</param>
internal sealed record AdminCommand(
    string Verb,
    string Syntax,
    ShellWord Program,
    IReadOnlyList<ShellWord> Words,
    IReadOnlyList<AdminOption> Options,
    IReadOnlyList<ShellWord> Databases,
    IReadOnlyList<string> UnknownOptions)
{
    public string Tool => Syntax == "4.4" ? $"neo4j-admin {Verb44}" : Verb is "aggregate" or "inspect" ? $"neo4j-admin backup {Verb}" : $"neo4j-admin database {Verb}";

    private string Verb44 => Verb == "check" ? "check-consistency" : Verb;

    public AdminOption? Option(params string[] names) => Options.LastOrDefault(o => names.Contains(o.Name, StringComparer.Ordinal));

    public bool Has(string name) => Options.Any(o => o.Name == name);

    public ShellWord Last => Words[^1];
}
