using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Documents;
using BackupPolicyLint.Loading.Plans;
using BackupPolicyLint.Model;
using BackupPolicyLint.Model.Infra;

namespace BackupPolicyLint.Loading.Infra;

/// <summary>
/// Turns infrastructure facts into the model the rules judge: each extracted command a job (located on its command,
/// its options located on their words), each destination and upload target a storage. Facts join the plan that claims
/// their file (<c>spec.dbms.configFiles</c>); facts no plan claims make an implicit plan (docs/infrastructure.md).
/// </summary>
internal static class InfraPlanBuilder
{
    public const string ImplicitPrefix = "implicit:";

    /// <summary>The plan made of unclaimed infrastructure under one checked path.</summary>
    public static BackupPlan Implicit(string root, IReadOnlyList<InfraFileFacts> facts)
    {
        var (jobs, storages) = Jobs(facts, firstIndex: 0);
        var anchor = AnchorSpan(jobs, facts);
        var jobsNode = SyntheticNodes.Sequence(anchor, "/spec/jobs", jobs.Select(j => j.Node));
        var spec = SyntheticNodes.Map(anchor, "/spec", [("jobs", jobsNode)]);
        var rootNode = SyntheticNodes.Map(anchor, "", [("spec", spec)]);
        // Edition and version only when the files agree on them (DbmsIdentity); unknown otherwise, never guessed.
        var version = DbmsIdentity.Version(facts);
        var cluster = facts.Any(f => f.DescribesCluster) || jobs.Any(j => j.From.Count > 1);
        return new BackupPlan
        {
            Name = ImplicitPrefix + root,
            Document = new LoadedDocument(anchor.File, 0, rootNode),
            Node = rootNode,
            Dbms = new DbmsSpec
            {
                Node = spec,
                Edition = DbmsIdentity.Edition(facts),
                VersionText = version?.Text,
                Version = version?.Version,
                Topology = cluster ? "cluster" : null,
            },
            Jobs = jobs,
            Storage = storages,
            Infrastructure = Infrastructure(facts) with { Implicit = true, EditionEvidence = DbmsIdentity.EditionEvidence(facts) },
        };
    }

    /// <summary>A plan with the facts of the files it claims: their jobs join its jobs, their settings and steps its infrastructure.</summary>
    public static BackupPlan Join(BackupPlan plan, IReadOnlyList<InfraFileFacts> facts)
    {
        var (jobs, storages) = Jobs(facts, firstIndex: plan.Jobs.Count);
        return plan with
        {
            Jobs = [.. plan.Jobs, .. jobs],
            Storage = [.. plan.Storage, .. storages.Where(s => plan.FindStorage(s.Name) is null)],
            Infrastructure = Infrastructure(facts),
        };
    }

    private static PlanInfrastructure Infrastructure(IReadOnlyList<InfraFileFacts> facts) => new()
    {
        Files = facts.Select(f => f.File).Distinct(StringComparer.Ordinal).ToList(),
        // Services that merge one anchored block of settings (compose `<<: *shared`) have the same settings, written once: one config.
        Configs = facts.SelectMany(f => f.Configs)
            .DistinctBy(c => string.Join('\n', c.Settings.Select(s => $"{s.Name}={s.Value}@{s.Span}").Order(StringComparer.Ordinal)), StringComparer.Ordinal)
            .ToList(),
        PermissionLoosenings = facts.SelectMany(f => f.PermissionLoosenings).ToList(),
        ConsistencyChecks = facts.SelectMany(f => f.ConsistencyChecks).ToList(),
        OverwritingRestores = facts.SelectMany(f => f.OverwritingRestores).ToList(),
        CertificateCopies = facts.SelectMany(f => f.CertificateCopies).ToList(),
        HiddenFailures = facts.SelectMany(f => f.HiddenFailures).ToList(),
    };

    /// <summary>Where plan-level findings of an implicit plan land: the first backup or dump, else the first job, else the first setting.</summary>
    private static SourceSpan AnchorSpan(IReadOnlyList<JobSpec> jobs, IReadOnlyList<InfraFileFacts> facts) =>
        jobs.FirstOrDefault(j => j.ProtectsData)?.Span
        ?? jobs.FirstOrDefault()?.Span
        ?? facts.SelectMany(f => f.Configs).SelectMany(c => c.Settings).Select(s => s.Span).FirstOrDefault()
        ?? facts.SelectMany(f => f.ConsistencyChecks.Concat(f.PermissionLoosenings).Concat(f.OverwritingRestores)).Select(s => s.Span).FirstOrDefault()
        ?? SourceSpan.FileStart(facts.FirstOrDefault()?.File ?? ".");

    private static (List<JobSpec> Jobs, List<StorageSpec> Storages) Jobs(IReadOnlyList<InfraFileFacts> facts, int firstIndex)
    {
        var jobs = new List<JobSpec>();
        var storages = new Dictionary<string, StorageSpec>(StringComparer.Ordinal);
        foreach (var file in facts)
        {
            var uploads = file.Uploads.Select(u => Storage(u.Target, u.Type, u.Span, onDataVolume: false, onDbmsHost: false, storages)).ToList();
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var extracted in file.Jobs)
            {
                var baseName = $"{Path.GetFileName(extracted.File)}:{extracted.Command}";
                seen[baseName] = seen.GetValueOrDefault(baseName) + 1;
                var name = seen[baseName] == 1 ? baseName : $"{baseName}#{seen[baseName]}";
                var destination = extracted.Destination is { } d
                    ? Storage(d.Path, TypeOf(d.Path), d.Span, extracted.DestinationOnDataVolume, file.ControlsNeo4jHere is not null && TypeOf(d.Path) == "local", storages)
                    : null;
                var copyTo = extracted.Command is "backup" or "dump" ? uploads : [];
                jobs.Add(Job(extracted, name, firstIndex + jobs.Count, destination, copyTo));
            }
        }

        return (jobs, storages.Values.ToList());
    }

    private static JobSpec Job(ExtractedJob job, string name, int index, StorageSpec? destination, IReadOnlyList<StorageSpec> copyTo)
    {
        var pointer = $"/spec/jobs/{index}";
        var databases = job.Databases.Count > 0 ? job.Databases.ToList() : DefaultDatabases(job);
        var databaseNodes = databases.Select((d, i) => SyntheticNodes.Scalar(d.Name, d.Span, $"{pointer}/databases/{i}")).ToList();
        var fromNodes = job.From.Select((f, i) => SyntheticNodes.Scalar(f.Address, f.Span, $"{pointer}/from/{i}")).ToList();
        var destinationNode = destination is null || job.Destination is not { } dest ? null : SyntheticNodes.Scalar(destination.Name, dest.Span, $"{pointer}/destination");
        var copyNodes = copyTo.Select((s, i) => SyntheticNodes.Scalar(s.Name, s.Span, $"{pointer}/copyTo/{i}")).ToList();
        CronSchedule? schedule = null;
        if (job.Schedule is { } cron)
        {
            CronSchedule.TryParse(cron.Cron, out schedule, out _);
        }

        var node = SyntheticNodes.Map(job.Span, pointer,
        [
            ("name", SyntheticNodes.Scalar(name, job.Span, $"{pointer}/name")),
            ("command", SyntheticNodes.Scalar(job.Command, job.Span, $"{pointer}/command")),
            ("type", job.Type is { } t ? SyntheticNodes.Scalar(t.Value, t.Span, $"{pointer}/type") : null),
            ("databases", databaseNodes.Count > 0 ? SyntheticNodes.Sequence(databaseNodes[0].Span, $"{pointer}/databases", databaseNodes) : null),
            ("schedule", job.Schedule is { } s ? SyntheticNodes.Scalar(s.Cron, s.Span, $"{pointer}/schedule") : null),
            ("runAs", job.RunAs is { } r ? SyntheticNodes.Scalar(r.User, r.Span, $"{pointer}/runAs") : null),
            ("from", fromNodes.Count > 0 ? SyntheticNodes.Sequence(fromNodes[0].Span, $"{pointer}/from", fromNodes) : null),
            ("remoteAddressResolution", job.RemoteAddressResolution is { } rr ? SyntheticNodes.Bool(rr.Value, rr.Span, $"{pointer}/remoteAddressResolution") : null),
            ("includeMetadata", job.IncludeMetadata is { } m ? SyntheticNodes.Scalar(m.Value, m.Span, $"{pointer}/includeMetadata") : null),
            ("compress", job.Compress is { } c ? SyntheticNodes.Bool(c.Value, c.Span, $"{pointer}/compress") : null),
            ("tempPath", job.TempPath is { } tp ? SyntheticNodes.Scalar(tp.Value, tp.Span, $"{pointer}/tempPath") : null),
            ("destination", destinationNode),
            ("copyTo", copyNodes.Count > 0 ? SyntheticNodes.Sequence(copyNodes[0].Span, $"{pointer}/copyTo", copyNodes) : null),
        ]);
        return new JobSpec
        {
            Node = node,
            Name = name,
            Command = job.Command,
            Type = job.Type?.Value.ToLowerInvariant(),
            Databases = databaseNodes.Select(n => new NamedRef(n.Value, n)).ToList(),
            ScheduleText = job.Schedule?.Cron,
            Schedule = schedule,
            RunAs = job.RunAs?.User,
            From = fromNodes.Select(n => new NamedRef(n.Value, n)).ToList(),
            RemoteAddressResolution = job.RemoteAddressResolution?.Value,
            IncludeMetadata = job.IncludeMetadata?.Value,
            Compress = job.Compress?.Value,
            TempPath = job.TempPath?.Value,
            Destination = destinationNode is null ? null : new NamedRef(destinationNode.Value, destinationNode),
            CopyTo = copyNodes.Select(n => new NamedRef(n.Value, n)).ToList(),
            Origin = new JobOrigin(job.Source, job.Admin?.Tool ?? job.CopyTool ?? job.Text, job.Admin?.Syntax ?? ""),
        };
    }

    /// <summary>
    /// The documented default database: <c>neo4j</c> for an online backup (5.x positional, 4.4 <c>--database</c>) and a
    /// 4.4 dump; located on the command, since the omission is what is there to see.
    /// </summary>
    private static List<(string Name, SourceSpan Span)> DefaultDatabases(ExtractedJob job) =>
        job.Command == "backup" || job.Command == "dump" && job.Admin?.Syntax == "4.4" ? [("neo4j", job.Span)] : [];

    private static string TypeOf(string path) => path switch
    {
        _ when path.StartsWith("s3://", StringComparison.OrdinalIgnoreCase) => "s3",
        _ when path.StartsWith("gs://", StringComparison.OrdinalIgnoreCase) => "gcs",
        _ when path.StartsWith("azb://", StringComparison.OrdinalIgnoreCase) => "azure-blob",
        _ => "local",
    };

    private static StorageSpec Storage(string target, string type, SourceSpan span, bool onDataVolume, bool onDbmsHost, Dictionary<string, StorageSpec> storages)
    {
        if (storages.TryGetValue(target, out var existing))
        {
            return existing;
        }

        var pointer = $"/spec/storage/{storages.Count}";
        var host = type == "remote-server" && target.Contains(':', StringComparison.Ordinal) ? target[..target.IndexOf(':', StringComparison.Ordinal)].Split('@')[^1] : null;
        var storage = new StorageSpec
        {
            Node = SyntheticNodes.Map(span, pointer, [("name", SyntheticNodes.Scalar(target, span, $"{pointer}/name")), ("type", SyntheticNodes.Scalar(type, span, $"{pointer}/type"))]),
            Name = target,
            Type = type,
            Host = host,
            Path = type is "local" or "remote-server" ? target : null,
            Uri = type is "s3" or "gcs" or "azure-blob" ? target : null,
            OnDataVolume = onDataVolume,
            OnDbmsHost = onDbmsHost,
        };
        storages[target] = storage;
        return storage;
    }
}
