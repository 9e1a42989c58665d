namespace BackupPolicyLint.Loading.Infra;

/// <summary>A 1-based line and column in a file.</summary>
internal readonly record struct TextPosition(int Line, int Column);

/// <summary>
/// One shell word after quote removal: <c>"--to-path=$DIR"</c> reads <c>--to-path=$DIR</c>. Expansions (<c>$VAR</c>,
/// <c>${…}</c>, <c>$(…)</c>, backquotes) are kept as written and make the word <see cref="Symbolic"/>: bpl never runs
/// anything, so a variable stays a variable. <see cref="Positions"/> maps each character back to the file, which lets a
/// string run by <c>sh -c</c> be tokenized again with its real positions.
/// </summary>
internal sealed record ShellWord(string Text, IReadOnlyList<TextPosition> Positions, TextPosition Start, TextPosition End, bool Symbolic)
{
    /// <summary>True when an expansion in the word is outside double quotes: the shell splits its value into fields.</summary>
    public bool SplitsFields { get; init; }

    public int Line => Start.Line;
    public int Column => Start.Column;

    /// <summary>The position of the character at <paramref name="index"/> of <see cref="Text"/> (the word's start when out of range).</summary>
    public TextPosition At(int index) => index >= 0 && index < Positions.Count ? Positions[index] : Start;

    public override string ToString() => Text;
}

/// <summary>A simple command (its words, assignments and redirections removed) and the operator that ended it.</summary>
/// <param name="Words">The words, quotes removed.</param>
/// <param name="Separator">"&amp;&amp;", "||", ";", "|", "&amp;", "\n", "()" after a function's name, or "" at the end of the text.</param>
internal sealed record ShellCommand(IReadOnlyList<ShellWord> Words, string Separator)
{
    /// <summary>Bodies of the here-documents the command reads (<c>&lt;&lt;EOF … EOF</c>), each positioned in the file.</summary>
    public IReadOnlyList<ShellWord> HereDocuments { get; init; } = [];

    public TextPosition Start => Words.Count > 0 ? Words[0].Start : default;

    public TextPosition End => Words.Count > 0 ? Words[^1].End : default;

    public override string ToString() => string.Join(' ', Words.Select(w => w.Text));
}
