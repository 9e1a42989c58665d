using BackupPolicyLint.Cli;
using BackupPolicyLint.Cli.Commands;

var exitCode = CliApp.Run(args, CliIo.FromConsole());
StartupCost.WriteWhen(Environment.GetEnvironmentVariable("BPL_TIMING"), Console.Error);
return exitCode;
