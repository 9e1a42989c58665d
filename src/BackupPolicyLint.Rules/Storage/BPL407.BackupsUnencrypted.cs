using BackupPolicyLint.Analysis;
using BackupPolicyLint.Diagnostics;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Storage;

/// <summary>
/// A backup holds all of a database's data (and, for system, users, roles and credential hashes), and off-site copies
/// sit on infrastructure with its own administrators and access paths. Neo4j's security checklist asks for encryption
/// at rest and controlled access to backups. Only an explicit <c>encrypted: true</c> passes: an auditor needs the plan
/// to say so.
/// </summary>
internal sealed class BackupsUnencrypted : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.BackupsUnencrypted,
        Name = "backups-unencrypted",
        Title = "An off-site storage that jobs write to is not declared encrypted.",
        Category = RuleCategory.StorageAndRetention,
        Inputs = RuleInputs.Plan,
        Severities = DefaultSeverities.Parse("W/W/-"),
        OffReason = "development/test data is not expected to be sensitive",
        Controls = [Cp9Crypto, Sc28, IsoCryptography, Soc2LogicalAccess],
        SecuritySeverity = 5.5,
    };

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        var plan = context.Plan;

        // Every job counts, not only backup and dump: copy and filesystem-copy write database contents too.
        var written = plan.Jobs.SelectMany(plan.StoragesReached).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var storage in plan.Storage)
        {
            if (!written.Contains(storage.Name) || !plan.IsOffSite(storage) || storage.Encrypted == true)
            {
                continue;
            }

            var state = storage.Encrypted is null ? "does not declare encrypted: true" : "is not encrypted (encrypted: false)";
            yield return context.Report(
                storage,
                storage.Encrypted is null ? "type" : "encrypted",
                $"Off-site storage '{storage.Name}' holds backups or database copies but {state}; turn on encryption at rest (bucket default encryption with "
                + "KMS/CMEK keys, or an encrypted file system for shares), then set encrypted: true, and limit who can read it",
                Subjects.Storage(storage));
        }
    }
}
