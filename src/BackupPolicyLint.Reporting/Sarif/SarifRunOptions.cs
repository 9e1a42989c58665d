namespace BackupPolicyLint.Reporting.Sarif;

/// <summary>What the SARIF log says about the invocation, which the report itself does not know.</summary>
/// <param name="ExitCode">bpl's exit code for this run.</param>
/// <param name="StartTime">When the run started (SOURCE_DATE_EPOCH when set, so a log can be reproduced byte for byte).</param>
/// <param name="EndTime">When the checks ended (SOURCE_DATE_EPOCH when set).</param>
/// <param name="MaxResults">--max-results: at most this many results, the most severe first; null for all.</param>
internal sealed record SarifRunOptions(int ExitCode, DateTimeOffset StartTime, DateTimeOffset EndTime, int? MaxResults);
