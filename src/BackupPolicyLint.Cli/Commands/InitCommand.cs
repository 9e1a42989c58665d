using System.CommandLine;
using BackupPolicyLint.Cli.Inventory;
using BackupPolicyLint.Engine;
using BackupPolicyLint.Loading.Inventory;

namespace BackupPolicyLint.Cli.Commands;

/// <summary>`bpl init`: a commented starter plan, from a live DBMS or a snapshot when given.</summary>
internal static class InitCommand
{
    public static Command Create(CliIo io)
    {
        var neo4j = new Neo4jOptions();
        var inventory = new Option<string?>("--inventory") { HelpName = "FILE", Description = "Declare the databases and servers of this inventory snapshot." };
        var output = new Option<string?>("--output") { HelpName = "FILE", Description = "Write the plan to FILE (never overwrites) instead of stdout." };
        var command = new Command("init", "Write a commented starter plan (from a live DBMS or an inventory snapshot when given).") { inventory, output };
        neo4j.AddTo(command);
        command.SetAction(parse =>
        {
            var live = neo4j.Read(parse);
            var file = parse.GetValue(inventory);
            if (live is not null && file is not null)
            {
                throw new UsageException("give either --neo4j-uri or --inventory, not both");
            }

            var source = live is not null ? LiveInventory.CollectOne(live, io.InventoryHost) : file is not null ? ReadSnapshot(file, io) : null;
            var text = PlanScaffold.From(source, ToolInfo.Version);
            if (parse.GetValue(output) is not { } path)
            {
                io.Out.Write(text);
                return ExitCodes.Clean;
            }

            var full = Path.GetFullPath(path, io.WorkingDirectory);
            try
            {
                using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
                using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
                writer.Write(text);
            }
            catch (IOException) when (File.Exists(full))
            {
                throw new UsageException($"--output '{path}' already exists; bpl init never overwrites a plan");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"cannot write --output '{path}': {ex.Message}");
            }

            io.Error.WriteLine($"bpl: wrote {path}; fill in the TODOs, then run `bpl check {path}`");
            return ExitCodes.Clean;
        });
        return command;
    }

    private static Model.Inventory.DbmsInventory ReadSnapshot(string file, CliIo io)
    {
        var full = Path.GetFullPath(file, io.WorkingDirectory);
        if (!File.Exists(full))
        {
            throw new UsageException($"--inventory '{file}' does not exist");
        }

        try
        {
            return InventorySnapshotReader.ReadFile(full, file);
        }
        catch (InventorySnapshotException ex)
        {
            throw new UsageException(ex.Message);
        }
    }
}
