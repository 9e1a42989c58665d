namespace BackupPolicyLint.Loading.Policies;

/// <summary>
/// A built-in pack's own metadata, declared here once. Its rules are not listed anywhere: every built-in rule is in
/// every pack at the severity its descriptor gives that pack (<c>RuleDescriptor.Severities</c>), with its parameters'
/// defaults, so a rule's settings are edited only on its descriptor (docs/configuration.md).
/// </summary>
/// <param name="Name">The pack's name, which is also the slot of <c>DefaultSeverities</c> it reads.</param>
/// <param name="Description">One line for the pack's <c>metadata.description</c>.</param>
/// <param name="Environments">The plan environments (<c>spec.environment</c>) the pack judges.</param>
internal sealed record BuiltInPackDefinition(string Name, string Description, IReadOnlyList<string> Environments)
{
    /// <summary>
    /// The version of the packs this tool ships (YYYY.MM). A rule added later sets its descriptor's <c>Since</c> to
    /// the version it first ships in, and this moves with it; a config pinned to an older version keeps the older rule
    /// set (<see cref="BuiltInPacks.Load"/>).
    /// </summary>
    public const string Version = "2026.11";

    /// <summary>The three packs, strictest first: the order `bpl` reports and the generated policies/*.yaml follow.</summary>
    public static readonly IReadOnlyList<BuiltInPackDefinition> All =
    [
        new("production", "Strictest reading, for production plans and for infrastructure no plan claims.", ["production"]),
        new("staging", "Production-like reading for staging plans; gaps in objectives, retention, config and restore testing are warnings, not errors.", ["staging"]),
        new("development", "Lenient reading for development and test plans; unsupported backup methods still fail, most other checks are warnings, notes or off.", ["development", "test"]),
    ];
}
