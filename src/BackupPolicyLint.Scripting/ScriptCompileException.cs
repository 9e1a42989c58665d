namespace BackupPolicyLint.Scripting;

/// <summary>A script that does not compile, or whose header is incomplete: the run cannot be done as asked (exit 2).</summary>
internal sealed class ScriptCompileException(string message) : Exception(message);
