using BackupPolicyLint.Loading.Discovery;

namespace BackupPolicyLint.Engine;

/// <summary>What later stages need of a file the plan loader looked at, without its plans.</summary>
internal sealed record LoadedFile(InputFile File, bool Read, bool OnlyBplDocuments, bool HasPlans);
