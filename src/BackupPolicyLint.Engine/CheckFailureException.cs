namespace BackupPolicyLint.Engine;

/// <summary>The engine's only way to end a run early: the check cannot be done as asked. Each failure is independent.</summary>
internal sealed class CheckFailureException : Exception
{
    public CheckFailureException(CheckFailureKind kind, string message, string? location = null)
        : this([new CheckFailure(kind, message, location)])
    {
    }

    /// <summary>Several independent reasons (e.g. two of several DBMSs unreachable), in the order found.</summary>
    public CheckFailureException(IReadOnlyList<CheckFailure> failures)
        : base(failures.Count > 0 ? failures[0].Message : throw new ArgumentException("at least one failure", nameof(failures))) => Failures = failures;

    public IReadOnlyList<CheckFailure> Failures { get; }
}
