using System.CommandLine;
using BackupPolicyLint.Loading.Schema;

namespace BackupPolicyLint.Cli.Commands;

/// <summary>`bpl schema`: the backup-plan JSON Schema, for editors and other tools.</summary>
public static class SchemaCommand
{
    public static Command Create(CliIo io)
    {
        var command = new Command("schema", "Print the backup-plan JSON Schema (draft-07).");
        command.SetAction(_ =>
        {
            io.Out.Write(PlanSchema.Text);
            return ExitCodes.Clean;
        });
        return command;
    }
}
