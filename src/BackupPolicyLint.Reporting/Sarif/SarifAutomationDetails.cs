namespace BackupPolicyLint.Reporting.Sarif;

/// <summary>
/// Which analysis the run belongs to: "backup-policy-lint/PATHS/", a category only (it ends in '/'), so that code
/// scanning keeps the alerts of runs over different paths apart and replaces those of the same paths.
/// </summary>
public sealed record SarifAutomationDetails(string Id);
