namespace BackupPolicyLint.Loading.Infra;

/// <summary>
/// One option of a neo4j-admin command: its name with dashes (<c>--to-path</c>), its value (null for a flag given
/// without one), and the word(s) it was read from, so a finding can point at it.
/// </summary>
internal sealed record AdminOption(string Name, string? Value, ShellWord Word, ShellWord? ValueWord)
{
    /// <summary>A flag's value: true when given bare or with "=true", false with "=false", null otherwise.</summary>
    public bool? Flag => Value is null ? true : bool.TryParse(Value, out var b) ? b : null;

    /// <summary>Where the value is written: its own word, or the option word for <c>--name=value</c>.</summary>
    public ShellWord ValueAt => ValueWord ?? Word;

    /// <summary>The offset of the value inside <see cref="ValueAt"/>'s text (after "--name=").</summary>
    public int ValueOffset => ValueWord is null && Value is not null ? Name.Length + 1 : 0;
}
