using BackupPolicyLint.Documents;
using BackupPolicyLint.Model.Infra;

namespace BackupPolicyLint.Loading.Infra;

/// <summary>
/// Values of Neo4j's server Helm chart (neo4j/neo4j): the <c>config:</c> map of settings (4.x or 5.x names, as in
/// neo4j.conf), and <c>neo4j.edition</c> / <c>neo4j.acceptLicenseAgreement</c>, which say the edition.
/// </summary>
internal static class HelmChartValues
{
    public static void Read(DocNode root, InfraFileFacts facts)
    {
        if (root.Get("neo4j") is { IsMapping: true } neo4j)
        {
            if (neo4j.Get("edition") is { Text: { } edition } editionNode && edition.Trim().ToLowerInvariant() is "enterprise" or "community")
            {
                facts.EditionHints.Add(new EditionHint(edition.Trim().ToLowerInvariant(), EditionSignal.Named, $"neo4j.edition: {edition}", editionNode.Span));
            }
            else if (neo4j.Get("acceptLicenseAgreement") is { Text: { } accepted } acceptedNode && accepted.Trim().ToLowerInvariant() is "yes" or "eval")
            {
                facts.EditionHints.Add(new EditionHint("enterprise", EditionSignal.Named, $"neo4j.acceptLicenseAgreement: {accepted}", acceptedNode.Span));
            }
        }

        if (root.Get("config") is not { IsMapping: true } config)
        {
            return;
        }

        var settings = config.Entries
            .Where(e => e.Key.Value.Contains('.', StringComparison.Ordinal) && e.Value.Text is not null && !e.Value.Text.Contains('$', StringComparison.Ordinal))
            .Select(e => NeoConfReader.FromVariable("NEO4J_" + e.Key.Value.Replace("_", "__", StringComparison.Ordinal).Replace('.', '_'), e.Value.Text!,
                e.Key.Span with { EndLine = e.Value.Span.EndLine, EndColumn = e.Value.Span.EndColumn }) is { } s ? s with { WrittenName = e.Key.Value } : null)
            .OfType<ConfigSetting>()
            .ToList();
        if (settings.Count > 0)
        {
            var neo4jConfig = new Neo4jConfig(facts.File, facts.Source, settings);
            facts.Configs.Add(neo4jConfig);
            SettingsEvidence.Add(neo4jConfig, facts);
        }
    }
}
