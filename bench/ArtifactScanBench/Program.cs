using System.Diagnostics;
using System.Globalization;
using BackupPolicyLint.Bench;
using BackupPolicyLint.Engine;
using BackupPolicyLint.Loading.Artifacts;

// Times the backup-location scan on a generated tree, alone and inside a whole `bpl check` run.
// Usage: dotnet run -c Release --project bench/ArtifactScanBench -- [--files 100000] [--dir PATH] [--runs 5]
var files = int.Parse(Option("--files") ?? "100000", CultureInfo.InvariantCulture);
var runs = int.Parse(Option("--runs") ?? "5", CultureInfo.InvariantCulture);
var root = Path.GetFullPath(Option("--dir") ?? Path.Combine(Path.GetTempPath(), $"bpl-bench-tree-{files}"));

var generate = Stopwatch.StartNew();
BenchTree.Ensure(root, files);
Console.WriteLine($"tree: {root} ({files:N0} files, {BenchTree.Plans * BenchTree.DatabasesPerPlan} folders; ready in {generate.Elapsed.TotalSeconds:F1} s)");
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");

var plans = Directory.CreateTempSubdirectory("bpl-bench-plans-").FullName;
File.WriteAllText(Path.Combine(plans, "plans.yaml"), BenchTree.PlanFile());
try
{
    var scans = new List<double>();
    var checks = new List<double>();
    for (var run = 0; run < runs; run++)
    {
        var clock = Stopwatch.StartNew();
        var scan = new ArtifactScanner().Scan(root, root);
        scans.Add(clock.Elapsed.TotalMilliseconds);
        if (run == 0)
        {
            Console.WriteLine($"scan: {scan.EntriesSeen:N0} entries seen, {scan.Artifacts.Count:N0} artifacts, {scan.Problems.Count} problems");
        }

        clock.Restart();
        var report = CheckPipeline.Run(new CheckRequest
        {
            Paths = ["plans.yaml"],
            WorkingDirectory = plans,
            Now = new DateTimeOffset(2026, 11, 20, 6, 0, 0, TimeSpan.Zero),
            Backups = root,
        });
        checks.Add(clock.Elapsed.TotalMilliseconds);
        if (run == 0)
        {
            Console.WriteLine($"check: {report.Findings.Count} findings ({string.Join(", ", report.Findings.GroupBy(f => f.RuleId).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}"))})");
        }
    }

    Console.WriteLine($"scan only     ({runs} runs): first {scans[0]:F0} ms, median {Median(scans):F0} ms, min {scans.Min():F0} ms");
    Console.WriteLine($"bpl check run ({runs} runs): first {checks[0]:F0} ms, median {Median(checks):F0} ms, min {checks.Min():F0} ms");
    Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB");
}
finally
{
    Directory.Delete(plans, recursive: true);
}

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted[sorted.Count / 2];
}
