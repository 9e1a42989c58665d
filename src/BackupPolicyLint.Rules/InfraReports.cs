using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model.Infra;

namespace BackupPolicyLint.Rules.BuiltIn;

/// <summary>Findings located on what infrastructure files say: a setting's line, a script step.</summary>
internal static class InfraReports
{
    public static Finding At(PlanContext context, ConfigSetting setting, string message, string subject) =>
        context.Report(setting.Span, $"/settings/{setting.Name}", message, subject);

    public static Finding At(PlanContext context, ScriptStep step, string message, string subject) =>
        context.Report(step.Span, "/steps", message, subject);
}
