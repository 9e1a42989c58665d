using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Loading.Artifacts;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Artifacts;

public sealed class BackupInspectReaderTests
{
    // The operations manual's example (backup-restore/inspect), as printed by `neo4j-admin backup inspect /backups --show-metadata --empty`.
    private const string ManualExample = """
        |                                              FILE | DATABASE |                          DATABASE ID |          TIME (UTC) |  FULL | COMPRESSED | LOWEST TX | HIGHEST TX |
        |  file:///backups/neo4j-2024-10-07T16-05-37.backup |    neo4j | 7dcb1d0c-4374-4476-b8ae-d3c3f124683f | 2024-10-07T16:05:37 |  true |       true |         1 |          3 |
        |  file:///backups/malmo-2024-10-07T16-00-50.backup |    malmo | 62d1820c-3ac6-4b15-a0b3-bf7e7becc8d0 | 2024-10-07T16:00:50 | false |       true |         0 |          0 |
        | file:///backups/london-2024-10-07T16-04-05.backup |   london | d4dae73c-dfef-4d28-88cd-fe6cc88ddca1 | 2024-10-07T16:04:05 | false |       true |         6 |          6 |
        """;

    private static InspectReadResult Parse(string text) => BackupInspectReader.Parse(text.Split('\n'), "inspect.txt");

    [Fact]
    public void ManualExample_ShouldGiveEveryRowWithItsColumns()
    {
        var result = Parse(ManualExample);

        Assert.Empty(result.Problems);
        Assert.Equal(3, result.Records.Count);
        var neo4j = result.Records[0];
        Assert.Equal("neo4j-2024-10-07T16-05-37.backup", neo4j.FileName);
        Assert.Equal("neo4j", neo4j.Database);
        Assert.Equal("7dcb1d0c-4374-4476-b8ae-d3c3f124683f", neo4j.DatabaseId);
        Assert.Equal(new DateTimeOffset(2024, 10, 7, 16, 5, 37, TimeSpan.Zero), neo4j.Time);
        Assert.True(neo4j.Full);
        Assert.Equal(true, neo4j.Compressed);
        Assert.Equal((1L, 3L), (neo4j.LowestTx!.Value, neo4j.HighestTx!.Value));
        Assert.Null(neo4j.Recovered);
        Assert.Equal(2, neo4j.Line);
        Assert.True(result.Records[1].IsEmpty);
        Assert.False(result.Records[2].IsEmpty);
    }

    [Fact]
    public void ColumnsInAnotherOrder_WithOlderTimeHeaderAndExtraColumns_ShouldBeReadByName()
    {
        // --inspect-path (5.x) printed TIME; 2025.x examples add STORE ID HASH and RECOVERED.
        var text = """
            neo4j-admin output before the table is ignored
            +------+
            | DATABASE | FILE | FULL | TIME | LOWEST TX | HIGHEST TX | STORE ID HASH | RECOVERED |
            +------+
            | orders | s3://bucket/prod/orders-2026-11-20T02-00-00.backup | true | 2026-11-20T02:00:00 | 1 | 900 | 5cd1 | false |
            """;

        var record = Assert.Single(Parse(text).Records);

        Assert.Equal("orders-2026-11-20T02-00-00.backup", record.FileName);
        Assert.Equal(false, record.Recovered);
        Assert.Null(record.DatabaseId);
        Assert.Null(record.Compressed);
        Assert.Equal(900, record.HighestTx);
    }

    [Fact]
    public void EscapedUri_ShouldGiveTheFileNameOnDisk()
    {
        Assert.Equal("my graph-2026-11-20T02-00-00.backup", BackupInspectReader.FileNameOf("file:///mnt/b%20u/my%20graph-2026-11-20T02-00-00.backup"));
        Assert.Equal("a.backup", BackupInspectReader.FileNameOf("/backups/a.backup"));
    }

    [Fact]
    public void Json_ShouldBeRefusedWithALocatedFinding()
    {
        var problem = Assert.Single(Parse("\n[ { \"file\": \"x\" } ]").Problems);

        Assert.Equal(DiagnosticIds.ParseError, problem.RuleId);
        Assert.Equal(SourceKind.Artifacts, problem.Source);
        Assert.Equal(2, problem.Span.Line);
        Assert.Contains("TABULAR", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TableWithoutFull_ShouldAskForShowMetadata()
    {
        var problem = Assert.Single(Parse("| FILE | DATABASE |\n| file:///a.backup | neo4j |").Problems);

        Assert.Contains("--show-metadata", problem.Message, StringComparison.Ordinal);
        Assert.Equal(1, problem.Span.Line);
    }

    [Fact]
    public void BadRows_ShouldEachBeReportedAtTheirLine_AndTheGoodOnesKept()
    {
        var text = """
            | FILE | DATABASE | TIME (UTC) | FULL | LOWEST TX | HIGHEST TX |
            | file:///b/a-2026-11-20T02-00-00.backup | a | 2026-11-20T02:00:00 | yes | 1 | 2 |
            | file:///b/a-2026-11-20T03-00-00.backup | a | yesterday | false | 3 | 4 |
            | file:///b/a-2026-11-20T04-00-00.backup | a | 2026-11-20T04:00:00 | false | x | 4 |
            | file:///b/a-2026-11-20T05-00-00.backup | a | 2026-11-20T05:00:00 | false |
            | file:///b/a-2026-11-20T06-00-00.backup | a | 2026-11-20T06:00:00 | false | 5 | 6 |
            """;

        var result = Parse(text);

        Assert.Equal([2, 3, 4, 5], result.Problems.Select(p => p.Span.Line));
        Assert.Equal(6, Assert.Single(result.Records).Line);
    }

    [Fact]
    public void FileOverTheSizeLimit_ShouldBeOneFinding_WithoutReadingIt()
    {
        // A sparse file: 1 byte over the limit on paper, nothing on disk.
        using var directory = new TempDirectory();
        var path = System.IO.Path.Combine(directory.Path, "inspect.txt");
        using (var file = File.Create(path))
        {
            file.SetLength(BackupInspectReader.MaxBytes + 1);
        }

        var result = BackupInspectReader.Read(path, "inspect.txt");

        Assert.Empty(result.Records);
        Assert.Contains("more than the 64 MiB", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TextWithoutATable_ShouldBeOneFinding()
    {
        var problem = Assert.Single(Parse("Finished artifact creation 'neo4j-2023-05-04T17-21-27.backup'").Problems);

        Assert.Contains("not the TABULAR output", problem.Message, StringComparison.Ordinal);
    }
}
