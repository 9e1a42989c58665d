namespace BackupPolicyLint.Engine;

/// <summary>What collecting live inventories may know of its host: relative paths, NEO4J_USER/NEO4J_PASSWORD, a status line.</summary>
/// <param name="WorkingDirectory">Resolves a relative CA file.</param>
/// <param name="Environment">Reads the credentials; the password goes nowhere but the requests.</param>
/// <param name="Progress">Shows "collecting inventory 3/50…" while endpoints are collected.</param>
internal sealed record InventoryHost(string WorkingDirectory, Func<string, string?> Environment, IProgressReporter Progress);
