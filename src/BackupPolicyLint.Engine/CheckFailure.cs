namespace BackupPolicyLint.Engine;

/// <summary>One reason a check could not be run as asked: one sentence for the user, and the input it concerns when known.</summary>
/// <param name="Kind">What went wrong, for hosts that act on it (the CLI exits 2 for all of them).</param>
/// <param name="Message">One sentence, shown on a line of its own; secrets never appear in it.</param>
/// <param name="Location">The path of the input concerned, as the request gave it; null when the failure is about the request as a whole.</param>
internal sealed record CheckFailure(CheckFailureKind Kind, string Message, string? Location = null);
