namespace BackupPolicyLint.Scripting;

/// <summary>A script rule that threw; the engine turns it into BPL004 for the plan and carries on.</summary>
public sealed class ScriptFailedException(string message, Exception inner) : Exception(message, inner);
