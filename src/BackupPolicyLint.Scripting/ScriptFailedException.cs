namespace BackupPolicyLint.Scripting;

/// <summary>A script rule that threw or was stopped for memory; the engine turns it into BPL004 for the plan and carries on.</summary>
internal sealed class ScriptFailedException(string message, Exception inner) : Exception(message, inner);
