namespace BackupPolicyLint.Rules.Controls;

/// <summary>One control of a framework, e.g. NIST CP-9 "System Backup".</summary>
internal sealed record Control(ControlFramework Framework, string Id, string Title)
{
    public override string ToString() => $"{Id} {Title}";
}
