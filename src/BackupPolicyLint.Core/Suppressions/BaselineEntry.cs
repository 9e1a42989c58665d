namespace BackupPolicyLint.Suppressions;

/// <summary>
/// A known finding, by what it is about rather than where: the rule, the file (relative to the baseline file), the
/// logical path in the document (sequence items by name when they have one) and the node's normalised value. Lines
/// are not part of it, so edits above the finding do not disturb it; the file is, so another file's same-named
/// element never matches.
/// </summary>
internal sealed record BaselineEntry(string RuleId, string File, string Path, string Value);
