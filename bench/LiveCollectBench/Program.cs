using System.Diagnostics;
using System.Globalization;
using BackupPolicyLint.Engine;
using BackupPolicyLint.Tests.Support;

// Collects --endpoints loopback DBMSs, each answering every request after --delay-ms, through the code path of
// `bpl check --neo4j-uri ... --neo4j-uri ...` (LiveInventory.Collect): one after another (--neo4j-parallel 1), then at
// the default bound (or at each of --bounds), and prints a Markdown table with the theoretical floors.
// Usage: dotnet run -c Release --project bench/LiveCollectBench -- [--endpoints 50] [--delay-ms 100] [--scenario community-5.26]
//        [--runs 1] [--bounds 1,8]
var endpoints = int.Parse(Option("--endpoints") ?? "50", CultureInfo.InvariantCulture);
var delay = TimeSpan.FromMilliseconds(int.Parse(Option("--delay-ms") ?? "100", CultureInfo.InvariantCulture));
var scenario = Option("--scenario") ?? "community-5.26";
var runs = int.Parse(Option("--runs") ?? "1", CultureInfo.InvariantCulture);
const int DefaultBound = BackupPolicyLint.Neo4j.InventoryCollector.DefaultParallelism; // bpl check without --neo4j-parallel
var bounds = (Option("--bounds") is { } list ? list.Split(',').Select(b => int.Parse(b, CultureInfo.InvariantCulture)) : [1, DefaultBound]).Distinct().Order().ToList();

var servers = new List<FakeNeo4jServer>();
try
{
    var probe = new ConcurrencyProbe(holdUntil: 0, TimeSpan.Zero);
    for (var i = 0; i < endpoints; i++)
    {
        servers.Add(await FakeNeo4jServer.StartAsync(scenario, probe: probe, delay: delay));
    }

    var environment = new Dictionary<string, string> { ["NEO4J_USER"] = FakeNeo4jServer.User, ["NEO4J_PASSWORD"] = FakeNeo4jServer.Password };
    var host = new InventoryHost(Directory.GetCurrentDirectory(), environment.GetValueOrDefault, NullProgressReporter.Instance);
    LiveInventoryRequest Request(int? parallel, int count) => new() { Uris = servers.Take(count).Select(s => s.Uri).ToList(), Parallelism = parallel };

    // Warm-up (JIT, first connection), not timed.
    LiveInventory.Collect(Request(1, 1), host);
    var requestsPerEndpoint = servers[0].Requests.Count;
    var floor = endpoints * requestsPerEndpoint * delay;

    Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, load average {LoadAverage()}");
    Console.WriteLine($"{endpoints} loopback DBMSs ({scenario} bodies), each request answered after {delay.TotalMilliseconds:0} ms, {requestsPerEndpoint} requests per DBMS;");
    Console.WriteLine($"sequential floor {endpoints} × {requestsPerEndpoint} × {delay.TotalMilliseconds:0} ms = {floor.TotalSeconds:F2} s; {runs} run(s) per row");
    Console.WriteLine();
    Console.WriteLine("| --neo4j-parallel | floor at that bound | wall (median) | most requests in flight | wall / sequential floor |");
    Console.WriteLine("|---|---|---|---|---|");
    foreach (var bound in bounds)
    {
        var walls = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var clock = Stopwatch.StartNew();
            var inventories = LiveInventory.Collect(Request(bound, endpoints), host);
            walls.Add(clock.Elapsed.TotalSeconds);
            if (inventories.Count != endpoints || inventories.Any(i => i.DatabaseNames.Count == 0))
            {
                throw new InvalidOperationException("a DBMS was not collected");
            }
        }

        // The probe keeps the highest count since start; bounds run in ascending order, so each row reads its own.
        var median = walls.Order().ElementAt(walls.Count / 2);
        var boundFloor = (endpoints + bound - 1) / bound * requestsPerEndpoint * delay;
        var name = bound == DefaultBound ? $"{bound} (default)" : bound == 1 ? "1 (one after another)" : $"{bound}";
        Console.WriteLine($"| {name} | {boundFloor.TotalSeconds:F2} s | {median:F2} s | {probe.MaxInFlight} | {median / floor.TotalSeconds:F2} |");
    }
}
finally
{
    foreach (var server in servers)
    {
        await server.DisposeAsync();
    }
}

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
