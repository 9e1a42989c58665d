namespace BackupPolicyLint.Cli;

/// <summary>The run cannot be done as asked (exit 2); each message is one sentence the user sees on a line of its own.</summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message) => Messages = [message];

    /// <summary>Several independent reasons (e.g. two of several DBMSs unreachable), one line each, in the order given.</summary>
    public UsageException(IReadOnlyList<string> messages)
        : base(messages.Count > 0 ? messages[0] : throw new ArgumentException("at least one message", nameof(messages))) => Messages = messages;

    public IReadOnlyList<string> Messages { get; }
}
