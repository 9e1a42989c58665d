using Xunit;
using static BackupPolicyLint.Tests.Infra.ShellTestSupport;

namespace BackupPolicyLint.Tests.Infra;

/// <summary>Backups piped into another command, with and without pipefail.</summary>
public sealed class HiddenFailureTests
{
    [Theory]
    [InlineData("neo4j-admin database backup --to-path=/b neo4j 2>&1 | tee -a /var/log/b.log\nrc=$?")]
    [InlineData("set -e\nneo4j-admin database dump neo4j --to-stdout | gzip > /b/neo4j.dump.gz")]
    [InlineData("set -o pipefail\nset +o pipefail\nneo4j-admin database dump neo4j --to-stdout | aws s3 cp - s3://b/x")]
    [InlineData("set -o pipefail\nsu neo4j -c 'neo4j-admin database backup --to-path=/b neo4j | tee /tmp/log'")]
    [InlineData("for db in neo4j system; do\n  neo4j-admin database dump \"$db\" --to-stdout | gzip > \"/b/$db.gz\"\ndone")]
    public void PipelinesWithoutPipefail_ShouldHideTheBackupsFailure(string text)
    {
        Assert.NotEmpty(Read(text).HiddenFailures);
    }

    [Theory]
    [InlineData("set -euo pipefail\nneo4j-admin database backup --to-path=/b neo4j 2>&1 | tee -a /var/log/b.log")]
    [InlineData("set -o pipefail\nneo4j-admin database dump neo4j --to-stdout | gzip > /b/neo4j.dump.gz")]
    [InlineData("neo4j-admin database backup --to-path=/b neo4j | tee /tmp/log\nrc=${PIPESTATUS[0]}")]
    [InlineData("neo4j-admin database backup --to-path=/b neo4j >> /var/log/b.log 2>&1\nrc=$?")]
    [InlineData("neo4j-admin database check --from-path=/b neo4j | tee /tmp/check.log")]
    [InlineData("cat /b/neo4j.dump | neo4j-admin database load --from-stdin neo4j")]
    public void OtherPipelines_ShouldHideNothing(string text)
    {
        Assert.Empty(Read(text).HiddenFailures);
    }
}
