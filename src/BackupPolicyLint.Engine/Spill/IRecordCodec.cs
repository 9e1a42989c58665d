namespace BackupPolicyLint.Engine.Spill;

/// <summary>How one kind of record is written to a spill file and read back, equal to what was written.</summary>
internal interface IRecordCodec<T>
{
    void Write(BinaryWriter writer, T record);

    T Read(BinaryReader reader);
}
