using System.Globalization;
using System.Text;

namespace BackupPolicyLint.Reporting;

/// <summary>
/// Input text (file names, messages that quote values) made safe for a terminal or a CI log: control characters and
/// the invisible characters that reorder text are written as escapes a reader can see (<c>\n</c>, <c>\e</c>,
/// <c>\u202E</c>). A file named <c>x\n::error ...</c> then cannot start a line of its own (a GitHub workflow command),
/// an ESC cannot recolour or hide the output, and a right-to-left override cannot make a line read as something else.
/// </summary>
internal static class VisibleText
{
    public static string Escape(string text)
    {
        if (!text.Any(NeedsEscape))
        {
            return text;
        }

        var visible = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            visible.Append(NeedsEscape(c) ? EscapeOf(c) : c.ToString());
        }

        return visible.ToString();
    }

    /// <summary>
    /// C0 and C1 controls and DEL; line and paragraph separators; the bidirectional embeddings, overrides and isolates
    /// (U+202A–U+202E, U+2066–U+2069) and marks (U+200E, U+200F, U+061C).
    /// </summary>
    public static bool NeedsEscape(char c) =>
        c < ' ' || c is >= '\u007F' and <= '\u009F'
        || c is '\u2028' or '\u2029' or '\u200E' or '\u200F' or '\u061C'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';

    private static string EscapeOf(char c) => c switch
    {
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        '\u001B' => "\\e",
        '\0' => "\\0",
        _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
    };
}
