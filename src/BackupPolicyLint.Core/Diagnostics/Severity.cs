namespace BackupPolicyLint.Diagnostics;

/// <summary>The SARIF levels a finding can have, most severe first.</summary>
public enum Severity
{
    /// <summary>A policy violation or an input bpl cannot read; fails the run at the default threshold.</summary>
    Error = 0,
    /// <summary>A weakness that should be fixed.</summary>
    Warning = 1,
    /// <summary>Advice or information.</summary>
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
