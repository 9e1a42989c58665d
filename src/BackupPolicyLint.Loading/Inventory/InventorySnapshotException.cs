namespace BackupPolicyLint.Loading.Inventory;

/// <summary>An inventory snapshot cannot be read or written; the message is one sentence naming the file.</summary>
internal sealed class InventorySnapshotException(string message) : Exception(message);
