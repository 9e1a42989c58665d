using BackupPolicyLint.Reporting;
using BackupPolicyLint.Tests.Reporting;
using Xunit;

namespace BackupPolicyLint.Tests.Redaction;

/// <summary>The last guard masks what quotes a secret and leaves everything else as it is, uncopied.</summary>
public sealed class RedactingReportWriterTests
{
    [Fact]
    public void Redacted_ShouldMaskAFindingThatQuotesASecret_AndKeepTheOthersAsTheyAre()
    {
        var clean = Reports.Finding("storage 'nightly' is not declared");
        var secret = Reports.Finding("uri 'https://backup:hunter2@store.example/neo4j' is not reachable");

        var redacted = RedactingReportWriter.Redacted(Reports.Of(clean, secret));

        Assert.Same(clean, redacted.Findings[0]);
        Assert.DoesNotContain("hunter2", redacted.Findings[1].Message, StringComparison.Ordinal);
        Assert.Contains("***", redacted.Findings[1].Message, StringComparison.Ordinal);
    }
}
