using System.Collections;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Reporting;
using BackupPolicyLint.Reporting.Sarif;
using Xunit;

namespace BackupPolicyLint.Tests.Reporting;

/// <summary>
/// The JSON and SARIF writers stream (issue 19): the output receives each part of the document while the writer is
/// still reading findings, in pieces of about <see cref="JsonDocumentOutput.FlushThreshold"/>, instead of one string of
/// the whole document at the end.
/// </summary>
public sealed class StreamingReportWriterTests
{
    private const int FindingCount = 5_000;

    public static TheoryData<string> Formats => new() { "json", "sarif" };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Writer_ShouldHaveWrittenMostOfTheDocumentBeforeItReadsTheLastFinding(string format)
    {
        var findings = new WatchedFindings(Enumerable.Range(0, FindingCount).Select(i => Reports.Finding($"finding {i}", line: i + 1)).ToList());
        var output = new RecordingWriter();
        findings.Output = output;

        Writer(format).Write(Reports.Of() with { Findings = findings }, output);

        var total = output.GetStringBuilder().Length;
        Assert.True(findings.OutputWhenLastWasRead > total / 2, $"{findings.OutputWhenLastWasRead} of {total} characters had been written when the last finding was read");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Writer_ShouldHandTheOutputPiecesOfAboutTheFlushThreshold(string format)
    {
        var report = Reports.Of(Enumerable.Range(0, FindingCount).Select(i => Reports.Finding($"finding {i}", line: i + 1)).ToArray());
        var output = new RecordingWriter();

        Writer(format).Write(report, output);

        Assert.True(output.GetStringBuilder().Length > 20 * JsonDocumentOutput.FlushThreshold);
        Assert.True(output.LargestWrite <= 2 * JsonDocumentOutput.FlushThreshold, $"one write of {output.LargestWrite} characters");
    }

    [Fact]
    public void JUnit_ShouldHandTheOutputPieces_NotTheWholeDocumentAtOnce()
    {
        // JUnit groups the run before it writes (suite counts come first), but the XML itself goes out as it is made.
        // Diagnostics (BPL001) are what JUnit reports of a file without plans: one failure listing them all.
        var report = Reports.Of(Enumerable.Range(0, FindingCount).Select(i => Reports.Finding($"finding {i}", line: i + 1, ruleId: "BPL001")).ToArray()) with { Files = ["plans/a.yaml"] };
        var output = new RecordingWriter();

        new BackupPolicyLint.Reporting.JUnit.JUnitReportWriter().Write(report, output);

        Assert.True(output.GetStringBuilder().Length > 20 * JsonDocumentOutput.FlushThreshold);
        Assert.True(output.LargestWrite <= 2 * JsonDocumentOutput.FlushThreshold, $"one write of {output.LargestWrite} characters");
    }

    private static IReportWriter Writer(string format) => format == "json" ? new JsonReportWriter() : new SarifReportWriter();

    /// <summary>Records the longest single write it receives.</summary>
    private sealed class RecordingWriter : StringWriter
    {
        public int LargestWrite { get; private set; }

        public override void Write(char[] buffer, int index, int count)
        {
            LargestWrite = Math.Max(LargestWrite, count);
            base.Write(buffer, index, count);
        }

        public override void Write(ReadOnlySpan<char> buffer)
        {
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            base.Write(buffer);
        }

        public override void Write(string? value)
        {
            LargestWrite = Math.Max(LargestWrite, value?.Length ?? 0);
            base.Write(value);
        }
    }

    /// <summary>A findings list that notes how much output there was when the last finding was first read.</summary>
    private sealed class WatchedFindings(List<Finding> findings) : IReadOnlyList<Finding>
    {
        public StringWriter? Output { get; set; }

        public int? OutputWhenLastWasRead { get; private set; }

        public int Count => findings.Count;

        public Finding this[int index]
        {
            get
            {
                if (index == findings.Count - 1)
                {
                    OutputWhenLastWasRead ??= Output!.GetStringBuilder().Length;
                }

                return findings[index];
            }
        }

        public IEnumerator<Finding> GetEnumerator()
        {
            for (var i = 0; i < findings.Count; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
