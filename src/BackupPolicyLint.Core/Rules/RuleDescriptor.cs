using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model;
using BackupPolicyLint.Rules.Controls;

namespace BackupPolicyLint.Rules;

/// <summary>A rule's default severity in each built-in pack; null means off.</summary>
internal sealed record DefaultSeverities(Severity? Production, Severity? Staging, Severity? Development)
{
    /// <summary>The catalogue's notation: "E/E/W", "W/N/-".</summary>
    public static DefaultSeverities Parse(string triple)
    {
        var parts = triple.Split('/');
        if (parts.Length != 3)
        {
            throw new ArgumentException($"expected three severities like E/E/W, got '{triple}'", nameof(triple));
        }

        return new DefaultSeverities(Letter(parts[0]), Letter(parts[1]), Letter(parts[2]));
    }

    public Severity? For(string pack) => pack switch
    {
        "production" => Production,
        "staging" => Staging,
        _ => Development,
    };

    public override string ToString() => $"{Short(Production)}/{Short(Staging)}/{Short(Development)}";

    private static Severity? Letter(string letter) => letter.Trim() switch
    {
        "E" => Severity.Error,
        "W" => Severity.Warning,
        "N" => Severity.Note,
        "-" => null,
        _ => throw new ArgumentException($"unknown severity letter '{letter}'", nameof(letter)),
    };

    private static string Short(Severity? severity) => severity switch
    {
        Severity.Error => "E",
        Severity.Warning => "W",
        Severity.Note => "N",
        _ => "-",
    };
}

/// <summary>A tunable of a rule, with its default as written in a pack.</summary>
internal sealed record RuleParameter(string Name, string DefaultValue, string Description);

/// <summary>Everything about a rule except its check: declared once, read by the engine, `bpl rules`, reports and tests.</summary>
internal sealed record RuleDescriptor
{
    public const string DocsBaseUri = "https://github.com/backup-policy-lint/backup-policy-lint/blob/main/docs/rules/";

    public required string Id { get; init; }
    public required string Name { get; init; }

    /// <summary>One sentence: what the rule checks.</summary>
    public required string Title { get; init; }

    public required RuleCategory Category { get; init; }
    public required RuleInputs Inputs { get; init; }

    /// <summary>
    /// The inputs in the docs' words where the flags cannot say them (a diagnostic raised on waivers or policy packs, or
    /// by any rule); null: the flags' names, as "plan, scripts".
    /// </summary>
    public string? InputsDetail { get; init; }
    public required DefaultSeverities Severities { get; init; }

    /// <summary>
    /// Why the built-in packs that turn the rule off (a "-" in <see cref="Severities"/>) do so, in a few words: the
    /// generated pack writes it beside the entry ("off: ..."), so a reader of policies/*.yaml sees the reason. Null for
    /// a rule no built-in pack turns off.
    /// </summary>
    public string? OffReason { get; init; }

    /// <summary>The rule's tunables; every built-in pack sets each to its default (policies/*.yaml are generated from it).</summary>
    public IReadOnlyList<RuleParameter> Parameters { get; init; } = [];

    /// <summary>
    /// The built-in pack version (YYYY.MM) that first shipped the rule. A config pinned to an older version
    /// (<c>production@2026.11</c>) leaves the rule off, so a newer tool still runs the pinned rule set. Every rule of
    /// the first release keeps this default; a rule added later sets the version of the packs it first ships in.
    /// </summary>
    public string Since { get; init; } = FirstPackVersion;

    public const string FirstPackVersion = "2026.11";

    /// <summary>
    /// The controls (NIST SP 800-53, ISO/IEC 27001, SOC 2) the rule evidences, from <see cref="ControlCatalog"/>:
    /// declared here once; reports' per-control tables and the generated control matrix (docs/rules/controls.md) read
    /// them. A built-in rule names at least one control of each framework; a diagnostic or a custom rule may name none.
    /// </summary>
    public IReadOnlyList<Control> Controls { get; init; } = [];

    /// <summary>
    /// The shared preconditions the engine judges before it asks the rule (<see cref="RuleRequirements"/>): a cluster
    /// rule on a standalone DBMS is not applicable, an inventory rule without a matched inventory not evaluated, and the
    /// rule is not called. <c>Applies</c> is left for what concerns one rule only.
    /// </summary>
    public RuleRequirements Requires { get; init; }

    /// <summary>
    /// The Neo4j capability the rule is about, when it exists only from some version on: a plan whose known
    /// <c>dbms.version</c> predates it is not applicable (judged before <see cref="Requires"/>); an unknown version is judged.
    /// </summary>
    public Neo4jFeature? RequiresFeature { get; init; }

    /// <summary>
    /// For a rule whose finding is a security weakness (clear-text or exposed backup traffic, backups others can read):
    /// how severe, 0.1 to 10 as a CVSS score (SARIF's security-severity; GitHub shows 9+ critical, 7+ high, 4+ medium).
    /// Null for the rest, whose findings are about recoverability. Declared here once; reports only copy it.
    /// </summary>
    public double? SecuritySeverity { get; init; }

    /// <summary>
    /// How often a finding is right (SARIF's precision): <see cref="RulePrecision.VeryHigh"/> for rules that read declared
    /// values, <see cref="RulePrecision.High"/> for those that also read scripts (a command reconstructed from shell can
    /// be misread); a rule may declare otherwise.
    /// </summary>
    public string Precision
    {
        get => _precision ?? ((Inputs & RuleInputs.Scripts) != 0 ? RulePrecision.High : RulePrecision.VeryHigh);
        init => _precision = value;
    }

    private readonly string? _precision;

    /// <summary>The rule's docs page; custom rules point at their own file.</summary>
    public string HelpUri
    {
        get => _helpUri ?? $"{DocsBaseUri}{Id}.md";
        init => _helpUri = value;
    }

    private readonly string? _helpUri;
}
