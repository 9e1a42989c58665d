namespace BackupPolicyLint.Reporting.GitHub;

/// <summary>
/// GitHub Actions' escaping for workflow commands (as its toolkit does it): in the message, %, CR and LF; in property
/// values also ':' and ',' which would otherwise end the value.
/// </summary>
public static class WorkflowCommands
{
    public static string EscapeData(string text) => text
        .Replace("%", "%25", StringComparison.Ordinal)
        .Replace("\r", "%0D", StringComparison.Ordinal)
        .Replace("\n", "%0A", StringComparison.Ordinal);

    public static string EscapeProperty(string text) => EscapeData(text)
        .Replace(":", "%3A", StringComparison.Ordinal)
        .Replace(",", "%2C", StringComparison.Ordinal);
}
