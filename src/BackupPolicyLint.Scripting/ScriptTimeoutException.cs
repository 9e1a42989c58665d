namespace BackupPolicyLint.Scripting;

/// <summary>Thrown inside a script that ran past its time limit, at its next loop iteration or report.</summary>
internal sealed class ScriptTimeoutException() : Exception("the script ran past its time limit and was stopped");
