namespace BackupPolicyLint.Loading.Policies;

/// <summary>
/// A config, pack, rule, waiver or baseline file that cannot be used, with its <c>file:line:col</c>: the run cannot be
/// done as asked (exit 2). Problems in the checked plans are findings instead.
/// </summary>
internal sealed class PolicyDocumentException(string message) : Exception(message);
