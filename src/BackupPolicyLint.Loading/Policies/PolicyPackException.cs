namespace BackupPolicyLint.Loading.Policies;

/// <summary>A policy pack that cannot be used: the run cannot be done as asked (exit 2).</summary>
internal sealed class PolicyPackException(string message) : Exception(message);
