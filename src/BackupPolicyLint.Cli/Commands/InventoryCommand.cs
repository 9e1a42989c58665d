using System.CommandLine;
using BackupPolicyLint.Engine;
using BackupPolicyLint.Loading.Inventory;

namespace BackupPolicyLint.Cli.Commands;

/// <summary>`bpl inventory collect`: read a live DBMS and write a snapshot (docs/inventory.md).</summary>
internal static class InventoryCommand
{
    public static Command Create(CliIo io)
    {
        var neo4j = new Neo4jOptions();
        neo4j.Uri.Required = true;
        var output = new Option<string?>("--out") { HelpName = "FILE", Description = "Write the snapshot to FILE (.yaml/.yml: YAML, otherwise JSON) instead of stdout." };
        var name = new Option<string?>("--name") { HelpName = "NAME", Description = "The inventory's name, for spec.dbms.inventory (default: the host of --neo4j-uri)." };
        var collect = new Command("collect", "Collect a live DBMS's inventory (read-only) and write a snapshot.") { output, name };
        neo4j.AddTo(collect);
        collect.SetAction(parse =>
        {
            var inventory = LiveInventory.CollectOne(neo4j.Read(parse, parse.GetValue(name))!, io.InventoryHost);
            var path = parse.GetValue(output);
            var text = InventorySnapshotWriter.ToText(inventory, path is not null && InventorySnapshotWriter.IsYaml(path));
            if (path is null)
            {
                io.Out.Write(text);
            }
            else
            {
                try
                {
                    File.WriteAllText(Path.GetFullPath(path, io.WorkingDirectory), text, new System.Text.UTF8Encoding(false));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    throw new UsageException($"cannot write --out '{path}': {ex.Message}");
                }
            }

            foreach (var item in inventory.Incomplete)
            {
                io.Error.WriteLine($"bpl: warning: the {item.Part} could not be collected: {item.Reason}");
            }

            return ExitCodes.Clean;
        });
        return new Command("inventory", "Live inventory of a running DBMS.") { collect };
    }
}
