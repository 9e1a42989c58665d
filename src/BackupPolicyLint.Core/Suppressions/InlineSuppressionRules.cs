namespace BackupPolicyLint.Suppressions;

/// <summary>What the project config allows of inline <c># bpl-ignore</c> comments.</summary>
internal sealed record InlineSuppressionRules(bool Allowed = true, bool RequireExpiry = false)
{
    public static readonly InlineSuppressionRules Default = new();
}
