using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model;

namespace BackupPolicyLint.Loading.Artifacts;

/// <summary>The rows read from a saved <c>neo4j-admin backup inspect</c> output, and BPL001 findings for what could not be read.</summary>
internal sealed record InspectReadResult(IReadOnlyList<BackupInspectRecord> Records, IReadOnlyList<Finding> Problems);
