using System.Diagnostics;
using BackupPolicyLint.Engine;
using BackupPolicyLint.Reporting;
using BackupPolicyLint.Reporting.Sarif;

namespace BackupPolicyLint.Benchmarks;

/// <summary>
/// Times the JSON and SARIF writers alone on the report of one check of a corpus: wall time, bytes allocated while
/// writing, the most the managed heap grew while writing (sampled), and the largest single write the output received.
/// </summary>
internal static class WriterProfile
{
    public static void Run(string directory, int rounds)
    {
        var now = new DateTimeOffset(2026, 11, 20, 6, 0, 0, TimeSpan.Zero);
        var report = CheckPipeline.Run(new CheckRequest { Paths = [directory], WorkingDirectory = directory, Now = now });
        Console.WriteLine($"{report.Findings.Count} findings, {report.Outcomes.Count} outcomes");
        var sarifOptions = new SarifRunOptions(1, now, now, MaxResults: null);
        IReadOnlyList<(string Name, IReportWriter Writer)> writers = [("json", new JsonReportWriter()), ("sarif", new SarifReportWriter(sarifOptions))];
        var path = Path.Combine(Path.GetTempPath(), "bpl-writer-profile.out");
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var (name, writer) in writers)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                var heapBefore = GC.GetTotalMemory(forceFullCollection: false);
                var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                using var sampler = new HeapSampler();
                var clock = Stopwatch.StartNew();
                long chars;
                int largestWrite;
                using (var file = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)))
                {
                    var counting = new CountingWriter(file);
                    writer.Write(report, counting);
                    chars = counting.Chars;
                    largestWrite = counting.LargestWrite;
                }

                var elapsed = clock.Elapsed;
                var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
                var peak = sampler.Stop() - heapBefore;
                Console.WriteLine(
                    $"round {round} {name}: {elapsed.TotalMilliseconds:0} ms, allocated {Mib(allocated)}, heap grew at most {Mib(peak)} (sampled), " +
                    $"{Mib(chars)} chars written, largest single write {largestWrite:N0} chars");
            }
        }

        File.Delete(path);
    }

    private static string Mib(long bytes) => $"{bytes / (1024.0 * 1024):0.0} MiB";

    /// <summary>Samples the managed heap every millisecond on its own thread; <see cref="Stop"/> returns the largest sample.</summary>
    private sealed class HeapSampler : IDisposable
    {
        private readonly Thread _thread;
        private volatile bool _stop;
        private long _peak;

        public HeapSampler()
        {
            _peak = GC.GetTotalMemory(forceFullCollection: false);
            _thread = new Thread(() =>
            {
                while (!_stop)
                {
                    _peak = Math.Max(_peak, GC.GetTotalMemory(forceFullCollection: false));
                    Thread.Sleep(1);
                }
            }) { IsBackground = true };
            _thread.Start();
        }

        public long Stop()
        {
            _stop = true;
            _thread.Join();
            return Math.Max(_peak, GC.GetTotalMemory(forceFullCollection: false));
        }

        public void Dispose() => Stop();
    }

    private sealed class CountingWriter(TextWriter inner) : TextWriter
    {
        public long Chars { get; private set; }

        public int LargestWrite { get; private set; }

        public override System.Text.Encoding Encoding => inner.Encoding;

        public override void Write(char value) => Count(1, () => inner.Write(value));

        public override void Write(char[] buffer, int index, int count) => Count(count, () => inner.Write(buffer, index, count));

        public override void Write(ReadOnlySpan<char> buffer)
        {
            Chars += buffer.Length;
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            inner.Write(buffer);
        }

        public override void Write(string? value) => Count(value?.Length ?? 0, () => inner.Write(value));

        private void Count(int length, Action write)
        {
            Chars += length;
            LargestWrite = Math.Max(LargestWrite, length);
            write();
        }
    }
}
