using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Loading.Infra;

/// <summary>
/// A cron line that runs a script (<c>0 2 * * * neo4j /opt/backup/nightly.sh</c>): the script's path as written, the
/// schedule, and the user when the line states it and nothing on it switches user (<c>sudo</c>, <c>su</c>, …).
/// </summary>
internal sealed record ScheduledScript(string Path, (string Cron, SourceSpan Span) Schedule, (string User, SourceSpan Span)? RunAs);
