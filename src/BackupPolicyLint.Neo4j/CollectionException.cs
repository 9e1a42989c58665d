namespace BackupPolicyLint.Neo4j;

/// <summary>The inventory cannot be collected at all; the message is one sentence without credentials.</summary>
internal sealed class CollectionException(string message) : Exception(message);
