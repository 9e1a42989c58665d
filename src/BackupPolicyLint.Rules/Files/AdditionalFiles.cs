using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Documents;
using BackupPolicyLint.Model;

namespace BackupPolicyLint.Rules.BuiltIn.Files;

/// <summary>Shared by the BPL6xx rules: is a kind of file backed up, and where a finding about it goes.</summary>
internal static class AdditionalFiles
{
    /// <summary>Backed up only when <c>backedUp: true</c>; a missing entry or key means not backed up.</summary>
    public static bool IsBackedUp(this AdditionalFileSpec? files) => files?.BackedUp == true;

    /// <summary>
    /// Reports on the entry's <c>backedUp</c> key (or the entry), else the <c>additionalFiles</c> key, else on
    /// <paramref name="trigger"/> (what makes the files necessary), else the <c>spec</c> key.
    /// </summary>
    public static Finding ReportNotBackedUp(PlanContext context, AdditionalFileSpec? files, string kind, DocNode? trigger, string message)
    {
        var plan = context.Plan;
        var subject = Subjects.AdditionalFile(kind);
        if (files is not null)
        {
            return context.Report(files, "backedUp", message, subject);
        }

        var node = plan.SpecNode.Entry("additionalFiles")?.Key ?? trigger ?? plan.Node.Entry("spec")?.Key ?? plan.SpecNode;
        return context.Report(node, message, subject);
    }
}
