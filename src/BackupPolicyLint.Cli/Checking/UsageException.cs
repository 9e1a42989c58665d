namespace BackupPolicyLint.Cli.Checking;

/// <summary>The run cannot be done as asked (exit 2); the message is the one sentence the user sees.</summary>
public sealed class UsageException(string message) : Exception(message);
