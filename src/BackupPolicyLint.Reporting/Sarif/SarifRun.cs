namespace BackupPolicyLint.Reporting.Sarif;

/// <summary>One run of the tool. Columns count UTF-16 code units, as the YAML reader's do.</summary>
public sealed record SarifRun(SarifTool Tool, IReadOnlyList<SarifResult> Results, SarifRunProperties Properties)
{
    public string ColumnKind => "utf16CodeUnits";
}
