namespace BackupPolicyLint.Cli.RuleListing;

/// <summary>A file `bpl rules docs` writes: its name inside the output folder, and its whole text.</summary>
internal sealed record GeneratedDocFile(string Name, string Text);
