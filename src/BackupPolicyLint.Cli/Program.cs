using BackupPolicyLint.Cli;
using BackupPolicyLint.Cli.Commands;

return CliApp.Run(args, CliIo.FromConsole());
