namespace BackupPolicyLint.Model.Inventory;

/// <summary>A part of the inventory that could not be collected (see <see cref="InventoryParts"/>) and why.</summary>
public sealed record IncompleteItem(string Part, string Reason);
