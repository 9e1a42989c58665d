namespace BackupPolicyLint.Scripting;

/// <summary>Thrown inside a script that allocated more than its limit, at its next loop iteration or report.</summary>
internal sealed class ScriptMemoryException() : Exception("the script allocated more than its memory limit and was stopped");
