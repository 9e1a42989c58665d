using BackupPolicyLint.Engine.Spill;
using CsCheck;
using Xunit;

namespace BackupPolicyLint.Tests.Engine;

/// <summary>The external merge sort under the spilled report: the same records in the same order for any memory limit.</summary>
public sealed class SortedRunsTests
{
    [Fact]
    public void Merged_ShouldBeAStableSortOfEveryRun_ForAnyHeldLimit()
    {
        // Records are (key, tag): keys repeat so ties are common, tags tell equal keys apart.
        var runs = Gen.Select(Gen.Int[0, 20], Gen.Int).Array[0, 30].Array[0, 12];
        Gen.Select(runs, Gen.Int[0, 50]).Sample((runs, limit) =>
        {
            using var sorted = new SortedRuns<(int Key, int Tag)>(ByKey, PairCodec.Instance, limit);
            foreach (var run in runs)
            {
                sorted.Add(run);
            }

            var expected = runs.SelectMany(r => r).OrderBy(p => p.Item1).ToList();
            Assert.Equal(expected, sorted.Merged().ToList());
            Assert.Equal(expected, sorted.Merged().ToList());
            Assert.Equal(expected.Count, sorted.Count);
            Assert.Equal(expected.Count > limit, sorted.Spilled);
        }, iter: PropertyIterations.Count);
    }

    [Fact]
    public void RecordLog_ShouldReadBackWhatWasAdded_HeldOrOnDisk()
    {
        Gen.Select(Gen.Int.Array[0, 200], Gen.Int[0, 100]).Sample((records, limit) =>
        {
            using var log = new RecordLog<(int, int)>(PairCodec.Instance, limit);
            foreach (var record in records)
            {
                log.Add((record, -record));
            }

            log.Complete();
            Assert.Equal(records.Length > limit, log.Spilled);
            Assert.Equal(records.Select(r => (r, -r)).ToList(), log.ToList());
            Assert.Equal(records.Length, log.Count);
            if (records.Length > 0)
            {
                Assert.Equal((records[^1], -records[^1]), log[records.Length - 1]);
            }
        }, iter: PropertyIterations.Count);
    }

    private static readonly IComparer<(int Key, int Tag)> ByKey = Comparer<(int Key, int Tag)>.Create((a, b) => a.Key.CompareTo(b.Key));

    private sealed class PairCodec : IRecordCodec<(int Key, int Tag)>
    {
        public static readonly PairCodec Instance = new();

        public void Write(BinaryWriter writer, (int Key, int Tag) record)
        {
            writer.Write(record.Key);
            writer.Write(record.Tag);
        }

        public (int Key, int Tag) Read(BinaryReader reader) => (reader.ReadInt32(), reader.ReadInt32());
    }
}
