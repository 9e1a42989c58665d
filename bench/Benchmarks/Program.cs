using BackupPolicyLint.Benchmarks;
using BenchmarkDotNet.Running;

// `phases DIR`: where one check of a corpus spends its time. `writers DIR`: the JSON and SARIF writers alone on its
// report. `held DIR`: what the finished report holds, by part. Anything else: BenchmarkDotNet (hot paths).
if (args is ["writers", var corpus, ..])
{
    WriterProfile.Run(corpus, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3);
    return;
}

if (args is ["held", var held])
{
    HeldProfile.Run(held);
    return;
}

if (args is ["phases", var directory, ..])
{
    PhaseProfile.Run(directory, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(HotPaths).Assembly).Run(args);
