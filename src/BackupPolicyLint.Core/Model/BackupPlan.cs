using BackupPolicyLint.Documents;
using BackupPolicyLint.Model.Infra;

namespace BackupPolicyLint.Model;

/// <summary>One <c>kind: BackupPlan</c> document, bound to the model. Missing sections are null.</summary>
public sealed record BackupPlan : ModelElement
{
    /// <summary>The environment of a plan that declares none: the strictest, production.</summary>
    public const string DefaultEnvironment = "production";

    /// <summary><c>metadata.name</c>, unique within the checked set.</summary>
    public required string Name { get; init; }
    /// <summary>The YAML/JSON document the plan was read from (file, index, root node).</summary>
    public required LoadedDocument Document { get; init; }
    /// <summary><c>metadata.owner</c>: the team or person accountable; null when not given.</summary>
    public string? Owner { get; init; }
    /// <summary><c>metadata.labels</c>, by key; empty when there are none.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>The declared environment, or null when the plan does not say.</summary>
    public string? DeclaredEnvironment { get; init; }

    /// <summary>An undeclared environment gets the strictest reading.</summary>
    public string Environment => DeclaredEnvironment ?? DefaultEnvironment;

    /// <summary><c>spec.dbms</c>: the DBMS the plan protects; null when missing.</summary>
    public DbmsSpec? Dbms { get; init; }
    /// <summary><c>spec.databases</c>: what must be protected.</summary>
    public IReadOnlyList<DatabaseSpec> Databases { get; init; } = [];
    /// <summary><c>spec.objectives</c>: RPO, RTO and the backup window; null when missing.</summary>
    public ObjectivesSpec? Objectives { get; init; }
    /// <summary><c>spec.storage</c>: where artifacts are written.</summary>
    public IReadOnlyList<StorageSpec> Storage { get; init; } = [];
    /// <summary><c>spec.jobs</c> and the jobs found in the plan's infrastructure files (those have an <see cref="JobSpec.Origin"/>).</summary>
    public IReadOnlyList<JobSpec> Jobs { get; init; } = [];
    /// <summary><c>spec.retention</c>; null when missing.</summary>
    public RetentionSpec? Retention { get; init; }
    /// <summary><c>spec.additionalFiles</c>: configuration, TLS material, plugins, licences; null when missing.</summary>
    public AdditionalFilesSpec? AdditionalFiles { get; init; }
    /// <summary><c>spec.recovery</c>: restore method and restore testing; null when missing.</summary>
    public RecoverySpec? Recovery { get; init; }

    /// <summary>Settings and steps from the infrastructure files the plan claims (or, for an implicit plan, is made of).</summary>
    public PlanInfrastructure Infrastructure { get; init; } = PlanInfrastructure.None;

    /// <summary>A plan bpl made of infrastructure files that no plan claims (docs/infrastructure.md).</summary>
    public bool IsImplicit => Infrastructure.Implicit;

    /// <summary>The spec mapping (or the root when spec is missing): the parent for "missing key" findings.</summary>
    public DocNode SpecNode => Node.Get("spec") is { IsMapping: true } spec ? spec : Node;

    /// <summary>The plan file, relative to the working directory with '/' separators.</summary>
    public string File => Document.File;

    /// <summary>Unique within a run even when names repeat: the file and the document's index in it.</summary>
    public string Id => $"{File}#{Document.Index}";

    /// <summary>The plan's name, file and environment, without its document (what outlives a judged batch).</summary>
    internal PlanIdentity Identity => new(Id, Name, File, Environment);

    /// <summary>The storage named <paramref name="name"/> (the first, if several are), or null.</summary>
    public StorageSpec? FindStorage(string name) => Storage.Count < IndexedFrom
        ? Storage.FirstOrDefault(s => s.Name == name)
        : StorageIndexes.GetValue(this, p => Index(p.Storage, s => s.Name, StringComparer.Ordinal)).GetValueOrDefault(name);

    /// <summary>The database named <paramref name="name"/>, compared as Neo4j does (case-insensitively), or null.</summary>
    public DatabaseSpec? FindDatabase(string name) => Databases.Count < IndexedFrom
        ? Databases.FirstOrDefault(d => DatabaseName.Same(d.Name, name))
        : DatabaseIndexes.GetValue(this, p => Index(p.Databases, d => d.Name, DatabaseName.Comparer)).GetValueOrDefault(name);

    /// <summary>
    /// Rules look storages and databases up once per job or database; an implicit plan made of a generated script has
    /// thousands of each, so past a few dozen they are found through an index (the first of a name wins, as a scan would).
    /// Kept beside the plan, not in it, so that the record's equality stays that of its contents.
    /// </summary>
    private static Dictionary<string, T> Index<T>(IReadOnlyList<T> elements, Func<T, string> name, StringComparer comparer)
    {
        var index = new Dictionary<string, T>(elements.Count, comparer);
        foreach (var element in elements)
        {
            index.TryAdd(name(element), element);
        }

        return index;
    }

    private const int IndexedFrom = 32;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<BackupPlan, Dictionary<string, StorageSpec>> StorageIndexes = new();

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<BackupPlan, Dictionary<string, DatabaseSpec>> DatabaseIndexes = new();

    /// <summary>True when <c>spec.dbms.topology</c> is <c>cluster</c>.</summary>
    public bool IsCluster => string.Equals(Dbms?.Topology, "cluster", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <c>spec.dbms.edition</c> is <c>community</c>.</summary>
    public bool IsCommunity => string.Equals(Dbms?.Edition, "community", StringComparison.OrdinalIgnoreCase);

    /// <summary>The edition is known to be Enterprise (neither Community nor unknown).</summary>
    public bool IsEnterprise => string.Equals(Dbms?.Edition, "enterprise", StringComparison.OrdinalIgnoreCase);

    internal string SubjectOf(string path) => $"{Name}/{path}";
}
