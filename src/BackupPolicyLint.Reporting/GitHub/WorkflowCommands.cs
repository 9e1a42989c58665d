namespace BackupPolicyLint.Reporting.GitHub;

/// <summary>
/// GitHub Actions' escaping for workflow commands (as its toolkit does it): in the message, %, CR and LF; in property
/// values also ':' and ',' which would otherwise end the value. Before that, control and bidirectional characters
/// from input are made visible (<see cref="VisibleText"/>): no line break, ESC or U+202E reaches the log, so a file
/// named <c>x\n::error file=README.md::INJECTED</c> stays inside its own annotation.
/// </summary>
internal static class WorkflowCommands
{
    public static string EscapeData(string text) => VisibleText.Escape(text)
        .Replace("%", "%25", StringComparison.Ordinal)
        .Replace("\r", "%0D", StringComparison.Ordinal)
        .Replace("\n", "%0A", StringComparison.Ordinal);

    public static string EscapeProperty(string text) => EscapeData(text)
        .Replace(":", "%3A", StringComparison.Ordinal)
        .Replace(",", "%2C", StringComparison.Ordinal);
}
