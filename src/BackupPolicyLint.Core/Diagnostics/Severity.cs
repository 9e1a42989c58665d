namespace BackupPolicyLint.Diagnostics;

/// <summary>The SARIF levels a finding can have, most severe first.</summary>
public enum Severity
{
    Error = 0,
    Warning = 1,
    Note = 2,
}

internal static class SeverityNames
{
    public static string ToName(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>Parses error|warning|note; "off" and anything else give null.</summary>
    public static Severity? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        "note" => Severity.Note,
        _ => null,
    };
}
