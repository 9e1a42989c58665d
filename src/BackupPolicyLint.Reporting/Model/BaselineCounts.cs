namespace BackupPolicyLint.Reporting.Model;

/// <summary>The baseline's part of a summary: findings it hid, entries no longer found (fixed), findings not in it (new).</summary>
internal sealed record BaselineCounts(int Baselined, int Fixed, int New);
