using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model.Infra;

namespace BackupPolicyLint.Loading.Infra;

/// <summary>
/// Environment variables of a Neo4j container, wherever they are written (Kubernetes <c>env</c> and ConfigMaps, compose
/// <c>environment</c> and <c>env_file</c>, Dockerfile <c>ENV</c>): <c>NEO4J_*</c> settings (4.x and 5.x names), and
/// <c>NEO4J_ACCEPT_LICENSE_AGREEMENT=yes|eval</c>, which only Enterprise Edition reads. A value that still holds a
/// variable (<c>${BACKUP_ADDRESS}</c>) is not known, so it sets nothing bpl judges.
/// </summary>
internal static class NeoEnvironment
{
    public const string LicenseVariable = "NEO4J_ACCEPT_LICENSE_AGREEMENT";

    public static void Read(IEnumerable<(string Name, string Value, SourceSpan Span)> variables, InfraFileFacts facts, ExtractionContext? context = null)
    {
        var settings = new List<ConfigSetting>();
        foreach (var (name, value, span) in variables)
        {
            if (context is not null)
            {
                context.Variables[name] = [value];
            }

            if (name == LicenseVariable && value.Trim().ToLowerInvariant() is "yes" or "eval")
            {
                facts.EditionHints.Add(new EditionHint("enterprise", EditionSignal.Named, $"{LicenseVariable}={value.Trim()}", span));
            }

            if (!value.Contains('$', StringComparison.Ordinal) && NeoConfReader.FromVariable(name, value, span) is { } setting)
            {
                settings.Add(setting);
            }
        }

        if (settings.Count > 0)
        {
            var config = new Neo4jConfig(settings[0].Span.File, facts.Source, settings);
            facts.Configs.Add(config);
            SettingsEvidence.Add(config, facts);
        }
    }
}
