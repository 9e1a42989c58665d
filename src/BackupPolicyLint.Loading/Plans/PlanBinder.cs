using System.Globalization;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Documents;
using BackupPolicyLint.Loading.Schema;
using BackupPolicyLint.Model;

namespace BackupPolicyLint.Loading.Plans;

/// <summary>
/// Binds a plan document to the model. Tolerant: what the schema already rejected is skipped silently;
/// what only parsing can reject (cron, dates, durations the pattern let through, duplicate names) is BPL002 here.
/// </summary>
internal sealed class PlanBinder
{
    private readonly LoadedDocument _document;
    private readonly ISet<string> _reported;
    private readonly Func<string, bool> _runbookExists;
    private readonly List<Finding> _findings = [];

    private PlanBinder(LoadedDocument document, ISet<string> reportedPointers, Func<string, bool> runbookExists)
    {
        _document = document;
        _reported = reportedPointers;
        _runbookExists = runbookExists;
    }

    /// <param name="document">The plan document.</param>
    /// <param name="reportedPointers">Pointers the schema already reported; they get no second finding.</param>
    /// <param name="runbookExists">Answers whether a runbook path (relative to the plan file) exists.</param>
    public static (BackupPlan Plan, IReadOnlyList<Finding> Findings) Bind(LoadedDocument document, ISet<string> reportedPointers, Func<string, bool> runbookExists)
    {
        var binder = new PlanBinder(document, reportedPointers, runbookExists);
        var plan = binder.BindPlan(document.Root);
        return (plan, binder._findings);
    }

    private BackupPlan BindPlan(DocNode root)
    {
        var metadata = root.Map("metadata");
        var spec = root.Map("spec");
        var name = metadata?.String("name") ?? $"{Path.GetFileNameWithoutExtension(_document.File)}#{_document.Index + 1}";
        return new BackupPlan
        {
            Node = root,
            Document = _document,
            Name = name,
            Owner = metadata?.String("owner"),
            Labels = metadata?.Map("labels")?.Entries.Where(e => e.Value.Text is not null).ToDictionary(e => e.Key.Value, e => e.Value.Value) ?? [],
            DeclaredEnvironment = spec?.String("environment"),
            Dbms = spec?.Map("dbms") is { } dbms ? BindDbms(dbms) : null,
            Databases = Unique(spec?.Maps("databases").Select(BindDatabase) ?? [], d => d.Name, "database", DatabaseName.Comparer),
            Objectives = spec?.Map("objectives") is { } objectives ? BindObjectives(objectives) : null,
            Storage = Unique(spec?.Maps("storage").Select(BindStorage) ?? [], s => s.Name, "storage"),
            Jobs = Unique(spec?.Maps("jobs").Select(BindJob) ?? [], j => j.Name, "job"),
            Retention = spec?.Map("retention") is { } retention ? BindRetention(retention) : null,
            AdditionalFiles = spec?.Map("additionalFiles") is { } files ? BindFiles(files) : null,
            Recovery = spec?.Map("recovery") is { } recovery ? BindRecovery(recovery) : null,
        };
    }

    private DbmsSpec BindDbms(DocNode node) => new()
    {
        Node = node,
        Edition = node.String("edition"),
        VersionText = node.String("version"),
        Version = node.Get("version") is { ScalarKind: ScalarKind.String } v && Neo4jVersion.TryParse(v.Value, out var version) ? version : null,
        Topology = node.String("topology"),
        Servers = Unique(node.Maps("servers").Select(s => new ServerSpec
        {
            Node = s,
            Name = s.String("name") ?? "",
            Address = s.String("address"),
            Zone = s.String("zone"),
            Site = s.String("site"),
        }), s => s.Name, "server"),
        ConfigFiles = node.Strings("configFiles"),
        BackupListener = node.Map("backupListener") is { } listener ? new BackupListenerSpec
        {
            Node = listener,
            Enabled = listener.Bool("enabled"),
            ListenAddress = listener.String("listenAddress"),
            Tls = listener.Bool("tls"),
            AllowedSources = ValidAddressRanges(listener.Refs("allowedSources")),
        } : null,
        TxLogRetention = node.Get("txLogRetention") is { IsScalar: true, IsNull: false } retention ? Retention(retention) : null,
        Features = node.Map("features") is { } features ? new FeaturesSpec
        {
            Node = features,
            Rbac = features.Bool("rbac"),
            Tls = features.Bool("tls"),
            Plugins = features.Strings("plugins"),
            LicensedProducts = features.Strings("licensedProducts"),
        } : null,
        Inventory = node.String("inventory"),
    };

    private static DatabaseSpec BindDatabase(DocNode node) => new()
    {
        Node = node,
        Name = node.String("name") ?? "",
        Type = node.String("type") ?? "standard",
        SizeGiB = node.Number("sizeGiB"),
        Constituents = node.Strings("constituents"),
    };

    private ObjectivesSpec BindObjectives(DocNode node) => new()
    {
        Node = node,
        Rpo = Duration(node, "rpo"),
        Rto = Duration(node, "rto"),
        DowntimeTolerance = node.String("downtimeTolerance"),
        OffPeakWindow = node.Get("offPeakWindow") is { IsScalar: true } w && TimeWindow.TryParse(w.Value, out var window) ? window : Invalid<TimeWindow>(node.Get("offPeakWindow"), "is not a window of the form HH:MM-HH:MM (UTC)"),
    };

    private static StorageSpec BindStorage(DocNode node) => new()
    {
        Node = node,
        Name = node.String("name") ?? "",
        Type = node.String("type") ?? "",
        Host = node.String("host"),
        Path = node.String("path"),
        Uri = node.String("uri"),
        Site = node.String("site"),
        Zone = node.String("zone"),
        Encrypted = node.Bool("encrypted"),
        Immutable = node.Bool("immutable"),
        StorageClass = node.String("storageClass"),
    };

    private JobSpec BindJob(DocNode node)
    {
        var scheduleText = node.String("schedule");
        CronSchedule? schedule = null;
        if (scheduleText is not null && !CronSchedule.TryParse(scheduleText, out schedule, out var problem))
        {
            Report(node.Get("schedule")!, $"schedule '{scheduleText}' {problem}");
        }

        return new JobSpec
        {
            Node = node,
            Name = node.String("name") ?? "",
            Command = node.String("command") ?? "",
            Type = node.String("type"),
            Databases = node.Refs("databases"),
            ScheduleText = scheduleText,
            Schedule = schedule,
            RunsOn = node.String("runsOn"),
            RunAs = node.String("runAs"),
            From = node.Refs("from"),
            RemoteAddressResolution = node.Bool("remoteAddressResolution"),
            IncludeMetadata = node.String("includeMetadata"),
            Compress = node.Bool("compress"),
            TempPath = node.String("tempPath"),
            Destination = node.Ref("destination"),
            CopyTo = node.Refs("copyTo"),
        };
    }

    /// <summary>Allow-list entries must be addresses, CIDR ranges or host names; any other is BPL002 (and too wide for no rule).</summary>
    private IReadOnlyList<NamedRef> ValidAddressRanges(IReadOnlyList<NamedRef> entries)
    {
        foreach (var entry in entries)
        {
            if (!AddressRange.TryParse(entry.Name, out _, out var problem))
            {
                Report(entry.Node, $"{SchemaValidator.Display(entry.Node.Pointer)} '{entry.Name}' {problem}");
            }
        }

        return entries;
    }

    private TxLogRetention Retention(DocNode node)
    {
        var retention = TxLogRetention.Parse(node.Value);
        if (retention.OutOfRange)
        {
            Invalid<int>(node, "keeps logs for longer than bpl reads (at most 1000 years); write the window the DBMS really keeps");
        }

        return retention;
    }

    /// <summary>A whole number the schema let through; one too large to count is BPL002 rather than silently absent.</summary>
    private int? Count(DocNode parent, string key) => parent.Int(key) is { } count
        ? count
        : parent.Get(key) is { ScalarKind: ScalarKind.Int } tooLarge ? Invalid<int>(tooLarge, $"is larger than bpl counts (at most {int.MaxValue})") : null;

    private RetentionSpec BindRetention(DocNode node) => new()
    {
        Node = node,
        KeepLast = Count(node, "keepLast"),
        MaxAge = Duration(node, "maxAge"),
        Archive = node.Map("archive") is { } archive ? new ArchiveSpec
        {
            Node = archive,
            KeepFor = Duration(archive, "keepFor"),
            Storage = archive.Ref("storage"),
        } : null,
    };

    private static AdditionalFilesSpec BindFiles(DocNode node)
    {
        static AdditionalFileSpec? File(DocNode parent, string key) => parent.Map(key) is { } file ? new AdditionalFileSpec
        {
            Node = file,
            BackedUp = file.Bool("backedUp"),
            PerServer = file.Bool("perServer"),
            CopyTo = file.Refs("copyTo"),
        } : null;

        return new AdditionalFilesSpec
        {
            Node = node,
            Config = File(node, "config"),
            SslMaterial = File(node, "sslMaterial"),
            Plugins = File(node, "plugins"),
            Licenses = File(node, "licenses"),
        };
    }

    private RecoverySpec BindRecovery(DocNode node) => new()
    {
        Node = node,
        RestoreMethod = node.String("restoreMethod"),
        Testing = node.Map("testing") is { } testing ? BindTesting(testing) : null,
    };

    private RecoveryTestingSpec BindTesting(DocNode node)
    {
        var runbook = node.String("runbook");
        return new RecoveryTestingSpec
        {
            Node = node,
            Cadence = Duration(node, "cadence"),
            LastTested = node.Get("lastTested") is { IsScalar: true, IsNull: false } date ? Date(date) : null,
            Runbook = runbook,
            RunbookExists = runbook is null ? null : _runbookExists(runbook),
            Environment = node.String("environment"),
            ConsistencyCheck = node.Bool("consistencyCheck"),
        };
    }

    /// <summary>ISO 8601 date or date-time; a date alone means 00:00 UTC (rules.md, boundaries).</summary>
    private DateTimeOffset? Date(DocNode node)
    {
        var styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        if (DateTimeOffset.TryParseExact(node.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, styles, out var date)
            || DateTimeOffset.TryParse(node.Value, CultureInfo.InvariantCulture, styles, out date))
        {
            return date;
        }

        return Invalid<DateTimeOffset>(node, "is not an ISO 8601 date (2026-09-15) or date-time");
    }

    private TimeSpan? Duration(DocNode parent, string key)
    {
        var node = parent.Get(key);
        if (node is not { IsScalar: true, IsNull: false })
        {
            return null;
        }

        if (!Durations.TryParse(node.Value, out var duration, out var problem))
        {
            return Invalid<TimeSpan>(node, problem!);
        }

        // Every duration a plan states (rpo, rto, maxAge, keepFor, cadence) is a length of time that must pass.
        return duration > TimeSpan.Zero ? duration : Invalid<TimeSpan>(node, "is zero; give a length of time longer than that");
    }

    private T? Invalid<T>(DocNode? node, string problem)
        where T : struct
    {
        if (node is { IsNull: false })
        {
            Report(node, $"{SchemaValidator.Display(node.Pointer)} '{node.Value}' {problem}");
        }

        return null;
    }

    private void Report(DocNode node, string message)
    {
        if (_reported.Add(node.Pointer))
        {
            _findings.Add(DiagnosticIds.Create(DiagnosticIds.SchemaViolation, message, node.Span, logicalPath: node.Pointer));
        }
    }

    /// <summary>Names must be unique within a plan: later duplicates are reported and dropped.</summary>
    private List<T> Unique<T>(IEnumerable<T> elements, Func<T, string> name, string what, StringComparer? comparer = null)
        where T : ModelElement
    {
        comparer ??= StringComparer.Ordinal;
        var kept = new List<T>();
        foreach (var element in elements)
        {
            var key = name(element);
            if (key.Length > 0 && kept.Find(k => comparer.Equals(name(k), key)) is { } first)
            {
                Report(element.Node.Get("name") ?? element.Node, comparer.Equals(name(first), key) && name(first) != key
                    ? $"duplicate {what} name '{key}': Neo4j reads database names in lower case, so it is '{name(first)}' (first declared at line {first.Span.Line})"
                    : $"duplicate {what} name '{key}' (first declared at line {first.Span.Line})");
                continue;
            }

            kept.Add(element);
        }

        return kept;
    }
}
