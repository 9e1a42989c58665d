namespace BackupPolicyLint.Diagnostics;

/// <summary>The kind of input a finding comes from (the JSON contract's <c>source</c>).</summary>
public enum SourceKind
{
    /// <summary>A <c>kind: BackupPlan</c> document.</summary>
    Plan,
    /// <summary>A Neo4j configuration file (neo4j.conf) or setting.</summary>
    Config,
    /// <summary>A script that runs backups: shell, cron, Dockerfile, CI step.</summary>
    Script,
    /// <summary>A deployment manifest: Kubernetes, docker-compose, Helm values.</summary>
    Manifest,
    /// <summary>The live DBMS, collected or read from an inventory snapshot.</summary>
    Inventory,
    /// <summary>The backup location given with <c>--backups</c>.</summary>
    Artifacts,
    /// <summary>A policy file: a pack, a waiver file, a custom rule, the project config.</summary>
    Policy,
}

internal static class SourceKindNames
{
    public static string ToName(this SourceKind kind) => kind.ToString().ToLowerInvariant();
}
