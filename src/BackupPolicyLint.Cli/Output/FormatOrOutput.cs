namespace BackupPolicyLint.Cli.Output;

/// <summary>
/// One --format or --output value, in command-line order (<see cref="ReportTargets"/> pairs them). A class, not a
/// <c>(bool, string)</c> tuple: lists and LINQ over a value tuple are framework generics that ReadyToRun code cannot
/// hold, JIT-compiled at every start (docs/performance.md, "Cold start").
/// </summary>
internal sealed record FormatOrOutput(bool IsFormat, string Value);
