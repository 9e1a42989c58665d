using System.Text;

namespace BackupPolicyLint.Reporting.Markdown;

/// <summary>
/// Text from input (file names, messages that quote values) inside Markdown, so a pull-request comment shows it and
/// does nothing else: control and bidirectional characters made visible (<see cref="VisibleText"/>), table pipes
/// escaped, HTML characters as entities (no tags), brackets escaped (no links or images), and a
/// word that GitHub would turn into a link or a notification (it holds "://", starts with "www.", or holds an '@':
/// URLs, autolinks, e-mail addresses, @user and @org/team mentions) shown as code, where GitHub makes neither; in such
/// a cell other backticks are escaped too.
/// </summary>
internal static class MarkdownText
{
    public static string Cell(string text)
    {
        var visible = VisibleText.Escape(text);
        // bpl's messages mark commands as `code`; that stays, unless the cell also has a word shown as code, whose fence
        // a stray backtick from input could otherwise pair with (and leave the URL outside it).
        var escapeBackticks = visible.Split(' ').Any(IsLinkLike);
        var cell = new StringBuilder(visible.Length + 16);
        var start = 0;
        for (var i = 0; i <= visible.Length; i++)
        {
            if (i == visible.Length || visible[i] == ' ')
            {
                var word = visible[start..i];
                cell.Append(IsLinkLike(word) ? Code(word) : Plain(word, escapeBackticks));
                if (i < visible.Length)
                {
                    cell.Append(' ');
                }

                start = i + 1;
            }
        }

        return cell.ToString();
    }

    private static bool IsLinkLike(string word) =>
        word.Contains("://", StringComparison.Ordinal) || word.Contains('@') || word.Contains("www.", StringComparison.OrdinalIgnoreCase);

    private static string Plain(string word, bool escapeBackticks)
    {
        var plain = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            plain.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '|' => "\\|",
                '[' => "\\[",
                ']' => "\\]",
                '`' when escapeBackticks => "\\`",
                _ => c.ToString(),
            });
        }

        return plain.ToString();
    }

    /// <summary>A code span: fenced by more backticks than the word holds in a row, padded when it starts or ends with one; a pipe still needs its backslash inside a table.</summary>
    private static string Code(string word)
    {
        var longest = 0;
        var run = 0;
        foreach (var c in word)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        var pad = word.StartsWith('`') || word.EndsWith('`') ? " " : "";
        return $"{fence}{pad}{word.Replace("|", "\\|", StringComparison.Ordinal)}{pad}{fence}";
    }
}
