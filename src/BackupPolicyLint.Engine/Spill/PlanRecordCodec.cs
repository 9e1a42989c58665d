using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Evaluation;
using BackupPolicyLint.Model;
using BackupPolicyLint.Reporting.Model;
using BackupPolicyLint.Rules;

namespace BackupPolicyLint.Engine.Spill;

/// <summary>
/// A plan's summary and evaluations. The plan's identity is written once for all its evaluations; rules,
/// applicabilities and the short texts that repeat from plan to plan (environment, pack, edition, topology) are written
/// as their place in the codec's tables (<see cref="ValueTable{T}"/>), so reading a record back allocates little more
/// than the record.
/// </summary>
internal sealed class PlanRecordCodec : IRecordCodec<PlanRecord>
{
    private const int TableLimit = 4096;
    private static readonly Action<BinaryWriter, string> WriteText = (writer, text) => writer.Write(text);
    private static readonly Func<BinaryReader, string> ReadText = reader => reader.ReadString();

    private readonly ValueTable<RuleDescriptor> _rules = new(TableLimit, ReferenceEqualityComparer.Instance);
    private readonly ValueTable<Applicability> _applicabilities = new(TableLimit);
    private readonly ValueTable<string> _texts = new(TableLimit, StringComparer.Ordinal);

    public void Write(BinaryWriter writer, PlanRecord record)
    {
        writer.Write(record.Index);
        var summary = record.Summary;
        writer.Write(summary.Id);
        writer.Write(summary.Name);
        writer.Write(summary.File);
        writer.Write(summary.Line);
        _texts.Write(writer, summary.Environment, WriteText);
        _texts.Write(writer, summary.Pack, WriteText);
        WriteOptionalText(writer, summary.Edition);
        WriteOptionalText(writer, summary.Topology);
        writer.Write(summary.Databases.Count);
        foreach (var database in summary.Databases)
        {
            writer.Write(database.Name);
            writer.WriteStrings(database.CoveringJobs);
        }

        // The evaluations as one block of bytes with its length, decoded only when read: a pass over the plans' summaries
        // (the packs' plan lists) then skips the 60-odd evaluations of each plan instead of making them.
        using var block = new MemoryStream();
        using (var evaluations = new BinaryWriter(block, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            WriteEvaluations(evaluations, record.Evaluations);
        }

        writer.Write7BitEncodedInt((int)block.Length);
        writer.Write(block.GetBuffer(), 0, (int)block.Length);
    }

    private void WriteEvaluations(BinaryWriter writer, IReadOnlyList<RuleEvaluation> evaluations)
    {
        writer.Write(evaluations.Count);
        if (evaluations.Count > 0)
        {
            // Every evaluation of a record is of the same plan (CheckEngine judges one plan at a time): one identity serves them all.
            var plan = evaluations[0].Plan;
            writer.Write(plan.Id);
            writer.Write(plan.Name);
            writer.Write(plan.File);
            _texts.Write(writer, plan.Environment, WriteText);
        }

        foreach (var evaluation in evaluations)
        {
            _rules.Write(writer, evaluation.Rule, (_, rule) => throw new InvalidOperationException($"more than {TableLimit} rules ({rule.Id})"));
            _texts.Write(writer, evaluation.Pack, WriteText);
            writer.Write((byte)evaluation.Severity);
            _applicabilities.Write(writer, evaluation.Applicability, (w, a) =>
            {
                w.Write((byte)a.Kind);
                w.Write(a.Reason);
            });
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
            Environment = _texts.Read(reader, ReadText),
            Pack = _texts.Read(reader, ReadText),
            Edition = ReadOptionalText(reader),
            Topology = ReadOptionalText(reader),
            Databases = ReadDatabases(reader),
        };
        var block = reader.ReadBytes(reader.Read7BitEncodedInt());
        return new PlanRecord(index, summary, new LazyList<RuleEvaluation>(() => ReadEvaluations(block)));
    }

    private RuleEvaluation[] ReadEvaluations(byte[] block)
    {
        using var reader = new BinaryReader(new MemoryStream(block, writable: false));
        var evaluations = new RuleEvaluation[reader.ReadInt32()];
        var plan = evaluations.Length == 0 ? null : new PlanIdentity(reader.ReadString(), reader.ReadString(), reader.ReadString(), _texts.Read(reader, ReadText));
        for (var i = 0; i < evaluations.Length; i++)
        {
            var rule = _rules.Read(reader, _ => throw new InvalidDataException("a rule is always in the table"));
            var pack = _texts.Read(reader, ReadText);
            var severity = (Severity)reader.ReadByte();
            var applicability = _applicabilities.Read(reader, r => new Applicability((ApplicabilityKind)r.ReadByte(), r.ReadString()));
            evaluations[i] = new RuleEvaluation(plan!, rule, pack, severity, applicability);
        }

        return evaluations;
    }

    private void WriteOptionalText(BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null)
        {
            _texts.Write(writer, text, WriteText);
        }
    }

    private string? ReadOptionalText(BinaryReader reader) => reader.ReadBoolean() ? _texts.Read(reader, ReadText) : null;

    private static DatabaseEvidence[] ReadDatabases(BinaryReader reader)
    {
        var databases = new DatabaseEvidence[reader.ReadInt32()];
        for (var i = 0; i < databases.Length; i++)
        {
            databases[i] = new DatabaseEvidence(reader.ReadString(), reader.ReadStrings());
        }

        return databases;
    }
}
