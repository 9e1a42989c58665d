namespace BackupPolicyLint.Reporting.Markdown;

/// <summary>
/// Text from plans (names, messages) inside Markdown: kept on one line, table pipes escaped, and HTML characters as
/// entities so a PR comment cannot be made to carry markup.
/// </summary>
internal static class MarkdownText
{
    public static string Cell(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("|", "\\|", StringComparison.Ordinal)
        .Replace("\r\n", " ", StringComparison.Ordinal)
        .Replace('\n', ' ')
        .Replace('\r', ' ');
}
