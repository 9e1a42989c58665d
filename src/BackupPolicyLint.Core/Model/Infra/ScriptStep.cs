using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Model.Infra;

/// <summary>A command of a script or manifest that is not a backup job but matters to a rule (a chmod, a consistency check).</summary>
/// <param name="Text">The command as written (shortened for messages).</param>
/// <param name="Span">Where the command is.</param>
/// <param name="Source">Script or manifest.</param>
public sealed record ScriptStep(string Text, SourceSpan Span, SourceKind Source);
