using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Model.Infra;

/// <summary>
/// One Neo4j setting as a file sets it: its canonical (5.x) name, the name as written (a 4.4 name, or a
/// <c>NEO4J_…</c> environment variable), its value and where it is.
/// </summary>
public sealed record ConfigSetting(string Name, string WrittenName, string Value, SourceSpan Span);
