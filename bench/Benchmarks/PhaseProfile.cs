using System.Diagnostics;
using BackupPolicyLint.Engine;
using BackupPolicyLint.Evaluation;
using BackupPolicyLint.Loading.Discovery;
using BackupPolicyLint.Loading.Plans;
using BackupPolicyLint.Loading.Policies;
using BackupPolicyLint.Loading.Schema;
using BackupPolicyLint.Loading.Yaml;
using BackupPolicyLint.Reporting;
using BackupPolicyLint.Rules.BuiltIn;

namespace BackupPolicyLint.Benchmarks;

/// <summary>Times each stage of the pipeline, single-threaded, over every plan file of a directory.</summary>
internal static class PhaseProfile
{
    public static void Run(string directory, int rounds)
    {
        var (files, _) = InputDiscovery.Find([directory], directory);
        var texts = files.Select(f => (File: f, Bytes: File.ReadAllBytes(f.FullPath))).ToList();
        Console.WriteLine($"{texts.Count} files, {texts.Sum(t => t.Bytes.Length) / (1024.0 * 1024):0.0} MiB");
        var now = new DateTimeOffset(2026, 11, 20, 6, 0, 0, TimeSpan.Zero);
        for (var round = 1; round <= rounds; round++)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            var events = 0;
            foreach (var t in texts)
            {
                var parser = new YamlDotNet.Core.Parser(new StringReader(System.Text.Encoding.UTF8.GetString(t.Bytes)));
                while (parser.MoveNext())
                {
                    events++;
                }
            }

            var raw = clock.Elapsed;
            var rawAllocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

            // The reader with each tree dropped at once (as a streaming check would): its own cost without the GC
            // cost of keeping every tree alive.
            allocated = GC.GetAllocatedBytesForCurrentThread();
            clock.Restart();
            foreach (var t in texts)
            {
                GC.KeepAlive(LocatedYamlReader.Read(t.File.DisplayPath, System.Text.Encoding.UTF8.GetString(t.Bytes)));
            }

            var dropped = clock.Elapsed;
            var droppedAllocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
            var gen0 = GC.CollectionCount(0);
            var gen1 = GC.CollectionCount(1);
            allocated = GC.GetAllocatedBytesForCurrentThread();
            clock.Restart();
            var parsed = texts.Select(t => LocatedYamlReader.Read(t.File.DisplayPath, System.Text.Encoding.UTF8.GetString(t.Bytes))).ToList();
            var parse = clock.Elapsed;
            var parseAllocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            var parseGcs = $"{GC.CollectionCount(0) - gen0} gen0, {GC.CollectionCount(1) - gen1} gen1";
            var treesHeld = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
            clock.Restart();
            foreach (var document in parsed.SelectMany(p => p.Documents))
            {
                SchemaValidator.Validate(document.Root);
            }

            var schema = clock.Elapsed;
            clock.Restart();
            var plans = texts.SelectMany(t => PlanLoader.LoadText(t.File, t.Bytes, ReaderLimits.Default).Plans).ToList();
            var load = clock.Elapsed;
            GC.KeepAlive(parsed);
            parsed = null;
            var plansHeld = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
            clock.Restart();
            var packs = BuiltInPacks.Shipped;
            var findings = new CheckEngine(RuleCatalog.All).Run(plans, new PolicySelection(packs, null), now);
            var rules = clock.Elapsed;
            var findingsHeld = GC.GetTotalMemory(forceFullCollection: true) - heapBefore - plansHeld;
            GC.KeepAlive(plans);
            clock.Restart();
            var report = CheckPipeline.Run(new CheckRequest { Paths = [directory], WorkingDirectory = directory, Now = now });
            var pipeline = clock.Elapsed;
            clock.Restart();
            new TextReportWriter(false).Write(report, TextWriter.Null);
            var text = clock.Elapsed;
            Console.WriteLine($"round {round}: YamlDotNet alone {Ms(raw)}, {Mib(rawAllocated)} allocated ({events} events); our reader, trees dropped {Ms(dropped)}, {Mib(droppedAllocated)}; our reader, trees kept {Ms(parse)}, {Mib(parseAllocated)} ({parseGcs})");
            Console.WriteLine($"round {round}: held after parsing {Mib(treesHeld)}, plans held {Mib(plansHeld)}, findings held {Mib(findingsHeld)}");
            Console.WriteLine($"round {round}: raw YamlDotNet events {Ms(raw)} ({events}), yaml {Ms(parse)}, schema {Ms(schema)}, load (yaml+schema+bind) {Ms(load)}, rules {Ms(rules)} ({findings.Count} findings), whole pipeline (parallel) {Ms(pipeline)}, text report {Ms(text)}");
        }
    }

    private static string Mib(long bytes) => $"{bytes / (1024.0 * 1024):0.0} MiB";

    private static string Ms(TimeSpan span) => $"{span.TotalMilliseconds:0} ms";
}
