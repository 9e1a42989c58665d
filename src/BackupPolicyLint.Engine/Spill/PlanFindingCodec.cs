namespace BackupPolicyLint.Engine.Spill;

/// <summary>A plan finding: its plan's place, its place in the report, then the finding (<see cref="FindingCodec"/>).</summary>
internal sealed class PlanFindingCodec : IRecordCodec<PlanFinding>
{
    public static readonly PlanFindingCodec Instance = new();

    public void Write(BinaryWriter writer, PlanFinding record)
    {
        writer.Write(record.PlanIndex);
        writer.Write(record.Sequence);
        FindingCodec.Instance.Write(writer, record.Finding);
    }

    public PlanFinding Read(BinaryReader reader) => new(reader.ReadInt32(), reader.ReadInt32(), FindingCodec.Instance.Read(reader));
}
