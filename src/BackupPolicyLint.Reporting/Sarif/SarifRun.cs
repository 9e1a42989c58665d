namespace BackupPolicyLint.Reporting.Sarif;

/// <summary>One run of the tool. Columns count UTF-16 code units, as the YAML reader's do.</summary>
public sealed record SarifRun(
    SarifTool Tool,
    SarifAutomationDetails AutomationDetails,
    IReadOnlyList<SarifInvocation>? Invocations,
    IReadOnlyList<SarifResult> Results,
    SarifRunProperties Properties)
{
    public string ColumnKind => "utf16CodeUnits";
}
