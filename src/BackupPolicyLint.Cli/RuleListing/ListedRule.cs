using BackupPolicyLint.Rules;

namespace BackupPolicyLint.Cli.RuleListing;

/// <summary>A rule as `bpl rules list` shows it: its descriptor, and where it comes from (null: built in).</summary>
internal sealed record ListedRule(RuleDescriptor Descriptor, string? Source)
{
    /// <summary>For a custom rule, the file that declares it; "built-in" otherwise.</summary>
    public string Origin => Source ?? "built-in";
}
