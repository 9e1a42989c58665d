using Xunit;
using static BackupPolicyLint.Tests.Infra.ShellTestSupport;

namespace BackupPolicyLint.Tests.Infra;

/// <summary>Copies off the host, with literal and variable targets.</summary>
public sealed class UploadRecogniserTests
{
    [Theory]
    [InlineData("aws s3 cp --recursive \"$WORK\" \"$S3_BUCKET/neo4j/\"", "s3", "$S3_BUCKET/neo4j/")]
    [InlineData("aws s3 sync /backups s3://bucket/nightly --sse aws:kms", "s3", "s3://bucket/nightly")]
    [InlineData("aws s3 sync /backups ${BUCKET} --storage-class STANDARD_IA", "s3", "${BUCKET}")]
    [InlineData("gsutil -m rsync -r \"${BACKUP_ROOT}\" \"${GCS_TARGET}\"", "gcs", "${GCS_TARGET}")]
    [InlineData("gcloud storage cp --recursive /backups gs://bucket/x", "gcs", "gs://bucket/x")]
    [InlineData("az storage blob upload-batch --account-name \"$ACCT\" --destination \"$CONTAINER\" --source /backups", "azure-blob", "azure:$CONTAINER")]
    [InlineData("az storage blob upload -c neo4j -f /backups/neo4j.dump -n neo4j.dump", "azure-blob", "azure:neo4j")]
    [InlineData("azcopy copy /backups \"$AZ_SAS_URL\" --recursive", "azure-blob", "$AZ_SAS_URL")]
    [InlineData("rclone sync /backups \"$RCLONE_DEST\"", "remote-server", "$RCLONE_DEST")]
    [InlineData("rclone copy /backups b2:graph-backups/nightly", "remote-server", "b2:graph-backups/nightly")]
    [InlineData("scp -r /backups \"$USER@$HOST:/srv/neo4j/\"", "remote-server", "$USER@$HOST:/srv/neo4j/")]
    [InlineData("rsync -a -e ssh /backups/ backup@vault.example:/srv/neo4j", "remote-server", "backup@vault.example:/srv/neo4j")]
    [InlineData("rsync -avz --delete /backups/ $REMOTE_STORAGE", "remote-server", "$REMOTE_STORAGE")]
    [InlineData("mc cp --recursive /backups minio/graph-backups/", "s3", "minio/graph-backups/")]
    [InlineData("aws s3 cp - \"s3://$BUCKET/neo4j.dump.gz\"", "s3", "s3://$BUCKET/neo4j.dump.gz")]
    [InlineData("gsutil cp - gs://graph/neo4j.dump", "gcs", "gs://graph/neo4j.dump")]
    public void Uploads_ShouldBeRecognisedWithTheirTarget(string command, string type, string target)
    {
        var upload = Assert.Single(Read(command).Uploads);

        Assert.Equal((type, target), (upload.Type, upload.Target));
    }

    [Theory]
    [InlineData("rsync -a /var/lib/neo4j/backups/ /mnt/snapshots/")]
    [InlineData("cp /backups/neo4j.dump \"$DEST\"")]
    [InlineData("aws s3 ls s3://bucket/")]
    [InlineData("rsync -a /backups/ \"$DEST_DIR/neo4j\"")]
    public void LocalCopiesAndListings_ShouldNotBeUploads(string command)
    {
        Assert.Empty(Read(command).Uploads);
    }

    [Fact]
    public void AVariableSetInTheFile_ShouldBeResolved()
    {
        var upload = Assert.Single(Read("BUCKET=gs://corp-graph\ngsutil cp /backups/x.dump \"$BUCKET/nightly/\"").Uploads);

        Assert.Equal(("gcs", "gs://corp-graph/nightly/"), (upload.Type, upload.Target));
    }
}
