namespace BackupPolicyLint.Tests.Support;

/// <summary>Plan files for tests that need many plans and care about how they are judged, not what they say.</summary>
internal static class PlanTexts
{
    /// <summary>A production standalone Enterprise plan with one nightly backup of every database: it has findings (no off-site copy, no restore test) and outcomes.</summary>
    public static string Standalone(string name, string dbmsExtra = "") => $"""
        apiVersion: bpl/v1
        kind: BackupPlan
        metadata:
          name: {name}
        spec:
          environment: production
          dbms:
            edition: enterprise
            version: "5.26"
            topology: standalone
        {dbmsExtra}  databases:
            - name: system
            - name: neo4j
          jobs:
            - name: nightly
              method: backup
              databases: ["*"]
              schedule: "0 2 * * *"
        """;
}
