namespace BackupPolicyLint.Loading.Artifacts;

/// <summary>Bounds on a scan, so that a huge or cyclic share cannot stall a run (docs/artifacts.md).</summary>
internal sealed record ArtifactScanLimits(int MaxDepth, long MaxEntries)
{
    /// <summary>64 folder levels and 1,000,000 files and folders: ten times the 100,000-file benchmark.</summary>
    public static readonly ArtifactScanLimits Default = new(64, 1_000_000);
}
