namespace BackupPolicyLint.Redaction.Scanners;

/// <summary>
/// A name and its separator, <c>[Start, End)</c>: <c>name=</c>, <c>name: </c>, <c>"name": </c>, <c>--name value</c>.
/// <paramref name="HasFlag"/> says one or two dashes came before the name; <paramref name="Separator"/> is ':', '=', or
/// the blank before a value.
/// </summary>
internal readonly record struct AssignmentMatch(int Start, int End, int NameStart, int NameEnd, bool HasFlag, char Separator);
