using System.Collections.Concurrent;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Evaluation;
using BackupPolicyLint.Model;
using BackupPolicyLint.Reporting.Model;
using BackupPolicyLint.Rules;

namespace BackupPolicyLint.Engine.Spill;

/// <summary>
/// A plan's summary and evaluations. The plan's identity is written once for all its evaluations; a rule is written as
/// its id and read back as the run's own descriptor; equal applicabilities and pack names read back as one instance.
/// </summary>
internal sealed class PlanRecordCodec(IReadOnlyDictionary<string, RuleDescriptor> rules) : IRecordCodec<PlanRecord>
{
    private const int SharedLimit = 4096;
    // Two readers may read the same store at once (a report written by two threads): the shared instances are too.
    private readonly ConcurrentDictionary<(ApplicabilityKind, string), Applicability> _applicabilities = new();
    private readonly ConcurrentDictionary<string, string> _packs = new(StringComparer.Ordinal);

    public void Write(BinaryWriter writer, PlanRecord record)
    {
        writer.Write(record.Index);
        var summary = record.Summary;
        writer.Write(summary.Id);
        writer.Write(summary.Name);
        writer.Write(summary.File);
        writer.Write(summary.Line);
        writer.Write(summary.Environment);
        writer.Write(summary.Pack);
        writer.WriteOptional(summary.Edition);
        writer.WriteOptional(summary.Topology);
        writer.Write(summary.Databases.Count);
        foreach (var database in summary.Databases)
        {
            writer.Write(database.Name);
            writer.WriteStrings(database.CoveringJobs);
        }

        writer.Write(record.Evaluations.Count);
        if (record.Evaluations.Count > 0)
        {
            // Every evaluation of a record is of the same plan (CheckEngine judges one plan at a time): one identity serves them all.
            var plan = record.Evaluations[0].Plan;
            writer.Write(plan.Id);
            writer.Write(plan.Name);
            writer.Write(plan.File);
            writer.Write(plan.Environment);
        }

        foreach (var evaluation in record.Evaluations)
        {
            writer.Write(evaluation.Rule.Id);
            writer.Write(evaluation.Pack);
            writer.Write((byte)evaluation.Severity);
            writer.Write((byte)evaluation.Applicability.Kind);
            writer.Write(evaluation.Applicability.Reason);
        }
    }

    public PlanRecord Read(BinaryReader reader)
    {
        var index = reader.ReadInt32();
        var summary = new PlanSummary
        {
            Id = reader.ReadString(),
            Name = reader.ReadString(),
            File = reader.ReadString(),
            Line = reader.ReadInt32(),
            Environment = reader.ReadString(),
            Pack = reader.ReadString(),
            Edition = reader.ReadOptionalString(),
            Topology = reader.ReadOptionalString(),
            Databases = ReadDatabases(reader),
        };
        var evaluations = new RuleEvaluation[reader.ReadInt32()];
        var plan = evaluations.Length == 0 ? null : new PlanIdentity(reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString());
        for (var i = 0; i < evaluations.Length; i++)
        {
            var rule = rules[reader.ReadString()];
            var pack = Shared(_packs, reader.ReadString(), p => p);
            var severity = (Severity)reader.ReadByte();
            var kind = (ApplicabilityKind)reader.ReadByte();
            var reason = reader.ReadString();
            var applicability = kind == ApplicabilityKind.Applicable && reason.Length == 0
                ? Applicability.Applicable
                : Shared(_applicabilities, (kind, reason), k => new Applicability(k.Item1, k.Item2));
            evaluations[i] = new RuleEvaluation(plan!, rule, pack, severity, applicability);
        }

        return new PlanRecord(index, summary, evaluations);
    }

    private static DatabaseEvidence[] ReadDatabases(BinaryReader reader)
    {
        var databases = new DatabaseEvidence[reader.ReadInt32()];
        for (var i = 0; i < databases.Length; i++)
        {
            databases[i] = new DatabaseEvidence(reader.ReadString(), reader.ReadStrings());
        }

        return databases;
    }

    /// <summary>One instance per distinct value read, up to a bound (a reason may name a plan's own version).</summary>
    private static TValue Shared<TKey, TValue>(ConcurrentDictionary<TKey, TValue> shared, TKey key, Func<TKey, TValue> make)
        where TKey : notnull =>
        shared.TryGetValue(key, out var value) ? value
        : shared.Count < SharedLimit ? shared.GetOrAdd(key, make)
        : make(key);
}
