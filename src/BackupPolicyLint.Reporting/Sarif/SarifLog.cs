using System.Text.Json.Serialization;

namespace BackupPolicyLint.Reporting.Sarif;

/// <summary>The root of a SARIF 2.1.0 file (only the parts bpl fills; names as the schema spells them).</summary>
public sealed record SarifLog(IReadOnlyList<SarifRun> Runs)
{
    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-2)]
    public string Schema => "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    [JsonPropertyOrder(-1)]
    public string Version => "2.1.0";
}
