using BackupPolicyLint.Diagnostics;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Method;

/// <summary>
/// A shell pipeline's exit status is its last command's. A backup or dump piped into tee, gzip or an upload, in a shell
/// without <c>set -o pipefail</c>, fails silently: <c>$?</c>, <c>set -e</c>, <c>&amp;&amp;</c> and <c>if</c> see the last
/// command succeed, so a failed or partial backup is kept, rotated in and uploaded as good.
/// </summary>
internal sealed class PipelineHidesBackupFailure : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.PipelineHidesBackupFailure,
        Name = "pipeline-hides-backup-failure",
        Title = "A backup or dump is piped into another command without pipefail, so its failure is hidden.",
        Category = RuleCategory.MethodAndEdition,
        Inputs = RuleInputs.Scripts,
        Severities = DefaultSeverities.Parse("E/E/W"),
        Controls = [Cp9, IsoBackup, Soc2Recovery],
    };

    public override Applicability Applies(PlanContext context) =>
        context.Plan.Infrastructure.Files.Count == 0
            ? Applicability.NotApplicable("no script or manifest was analysed")
            : context.Plan.Jobs.Any(j => j.Origin is not null && j.RunsNeo4jAdmin)
                ? Applicability.Applicable
                : Applicability.NotApplicable("no backup or dump command was found in the scripts");

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        foreach (var step in context.Plan.Infrastructure.HiddenFailures)
        {
            yield return InfraReports.At(
                context,
                step,
                $"`{step.Text}` is piped into another command and the shell has no `set -o pipefail`, so the pipeline's status is the last command's: "
                + "a failed backup looks successful to `$?`, `set -e`, `&&` and `if`, and is kept and uploaded as good; add `set -o pipefail` before it "
                + "(or check `${PIPESTATUS[0]}`)",
                "steps/pipelines");
        }
    }
}
