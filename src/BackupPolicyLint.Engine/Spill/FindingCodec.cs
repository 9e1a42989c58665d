using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Engine.Spill;

/// <summary>Every field of a <see cref="Finding"/>, in declaration order; a new field must be added here (FindingCodecTests fails otherwise).</summary>
internal sealed class FindingCodec : IRecordCodec<Finding>
{
    public static readonly FindingCodec Instance = new();

    public void Write(BinaryWriter writer, Finding finding)
    {
        writer.Write(finding.RuleId);
        writer.Write(finding.RuleName);
        writer.Write((byte)finding.Severity);
        writer.Write(finding.Message);
        var span = finding.Span;
        writer.Write(span.File);
        writer.Write(span.Line);
        writer.Write(span.Column);
        writer.Write(span.EndLine);
        writer.Write(span.EndColumn);
        writer.Write((byte)finding.Source);
        writer.WriteOptional(finding.Subject);
        writer.Write(finding.Fingerprint);
        writer.Write(finding.LogicalPath);
        writer.Write(finding.Suppressed);
        writer.Write(finding.Suppression is not null);
        if (finding.Suppression is { } suppression)
        {
            writer.Write((byte)suppression.Kind);
            writer.Write(suppression.Justification);
            writer.WriteOptional(suppression.Owner);
            writer.WriteOptional(suppression.Expires);
            writer.Write(suppression.DeclaredAt);
        }

        writer.WriteOptional(finding.PlanId);
    }

    public Finding Read(BinaryReader reader) => new()
    {
        RuleId = reader.ReadString(),
        RuleName = reader.ReadString(),
        Severity = (Severity)reader.ReadByte(),
        Message = reader.ReadString(),
        Span = new SourceSpan(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32()),
        Source = (SourceKind)reader.ReadByte(),
        Subject = reader.ReadOptionalString(),
        Fingerprint = reader.ReadString(),
        LogicalPath = reader.ReadString(),
        Suppressed = reader.ReadBoolean(),
        Suppression = reader.ReadBoolean()
            ? new Suppression((SuppressionKind)reader.ReadByte(), reader.ReadString(), reader.ReadOptionalString(), reader.ReadOptionalDate(), reader.ReadString())
            : null,
        PlanId = reader.ReadOptionalString(),
    };
}
