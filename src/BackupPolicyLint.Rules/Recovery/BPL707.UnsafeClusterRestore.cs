using BackupPolicyLint.Diagnostics;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Recovery;

/// <summary>
/// <c>neo4j-admin database restore --overwrite-destination</c> (4.4: <c>restore --force</c>; likewise <c>load</c>) replaces
/// the store of one server only; in a cluster the members' states then diverge. Neo4j's guidance: restore into a new
/// database, or seed the database from a URI (CREATE OR REPLACE DATABASE … OPTIONS {seedURI: …}). Judged on scripts
/// unless the plan says the DBMS is standalone (infrastructure without a plan gets the strictest reading).
/// </summary>
internal sealed class UnsafeClusterRestore : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.UnsafeClusterRestore,
        Name = "unsafe-cluster-restore",
        Title = "A script restores over an existing database of a cluster with --overwrite-destination.",
        Category = RuleCategory.Recovery,
        Inputs = RuleInputs.Scripts,
        Severities = DefaultSeverities.Parse("W/W/-"),
        OffReason = "cluster restore safety is not judged here",
        Controls = [Cp10, IsoContinuity, Soc2Recovery],
    };

    public override Applicability Applies(PlanContext context) =>
        string.Equals(context.Plan.Dbms?.Topology, "standalone", StringComparison.OrdinalIgnoreCase)
            ? Applicability.NotApplicable("the plan's DBMS is standalone")
            : Applicability.Applicable;

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        var cluster = context.Plan.IsCluster ? "in a cluster" : "if the DBMS is a cluster (nothing analysed says it is standalone)";
        foreach (var step in context.Plan.Infrastructure.OverwritingRestores)
        {
            yield return InfraReports.At(
                context,
                step,
                $"`{step.Text}` replaces an existing database in place; {cluster} that rewrites the store of one member only, so the members' states diverge "
                + "(logical corruption); restore into a new database and switch to it, or recreate it from the backup with CREATE OR REPLACE DATABASE … OPTIONS {seedURI: …}",
                "steps/restore");
        }
    }
}
