using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Documents;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Files;

/// <summary>
/// Neo4j lists all encryption material (private keys, certificates, each policy's trusted and revoked directories)
/// among the files to back up besides the databases; without it a restored server cannot start TLS or join its cluster.
/// </summary>
internal sealed class SslMaterialNotBackedUp : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.SslMaterialNotBackedUp,
        Name = "ssl-material-not-backed-up",
        Title = "TLS is in use, and its keys and certificates are not backed up.",
        Category = RuleCategory.FilesBesidesDatabases,
        Inputs = RuleInputs.Plan | RuleInputs.Config,
        Severities = DefaultSeverities.Parse("E/W/-"),
        OffReason = "SSL material is usually reproducible here",
        Controls = [Cp9, Cp10, IsoBackup, IsoCryptography, Soc2Recovery],
    };

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        var dbms = context.Plan.Dbms;
        var ssl = context.Plan.AdditionalFiles?.SslMaterial;
        if (ssl.IsBackedUp() || context.Plan.Infrastructure.CertificateCopies.Count > 0)
        {
            yield break;
        }

        // TLS in use in an analysed neo4j.conf: an enabled SSL policy; reported once, on the first such setting.
        if (context.Plan.Infrastructure.Configs.SelectMany(c => c.EnabledSslPolicies).FirstOrDefault() is { } policy)
        {
            yield return InfraReports.At(
                context,
                policy,
                $"TLS is in use ({policy.WrittenName}=true), but nothing backs up its keys and certificates (no plan's additionalFiles.sslMaterial, no script copying "
                + "certificates/), so a restored server cannot start TLS or join its cluster until certificates are reissued; back up each server's certificates/ tree "
                + "(private keys, certificates, trusted/ and revoked/) to protected storage",
                Subjects.AdditionalFile("sslMaterial"));
            yield break;
        }

        // TLS in use (rules.md): dbms.features.tls or backupListener.tls; SSL policies in neo4j.conf come with config input.
        (DocNode? Node, string? Setting) trigger = dbms?.Features is { Tls: true } features ? (features.Node.Entry("tls")?.Key, "dbms.features.tls")
            : dbms?.BackupListener is { Tls: true } listener ? (listener.Node.Entry("tls")?.Key, "dbms.backupListener.tls")
            : (null, null);
        if (trigger.Setting is null)
        {
            yield break;
        }

        yield return AdditionalFiles.ReportNotBackedUp(
            context,
            ssl,
            "sslMaterial",
            trigger.Node,
            $"TLS is in use ({trigger.Setting} is true), but its keys and certificates are not backed up (additionalFiles.sslMaterial.backedUp is not true), "
            + "so a restored server cannot start TLS or join its cluster until certificates are reissued; back up each server's certificates/ tree "
            + "(private keys, certificates, trusted/ and revoked/) to protected storage and set additionalFiles.sslMaterial.backedUp: true");
    }
}
