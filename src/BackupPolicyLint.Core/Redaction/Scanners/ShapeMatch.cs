namespace BackupPolicyLint.Redaction.Scanners;

/// <summary>
/// Where a secret shape matched, <c>[Start, End)</c>, and the part of it that is the secret, <c>[ValueStart, ValueEnd)</c>
/// (the whole match for a key-block marker, which has no secret part).
/// </summary>
internal readonly record struct ShapeMatch(int Start, int End, int ValueStart, int ValueEnd);
