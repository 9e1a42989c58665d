/// <summary>An infrastructure tree beside the plans: backup scripts, cron files, CronJob manifests and neo4j.conf.</summary>
internal static class CorpusInfra
{
    public static void Write(Random random, string root, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var folder = Path.Combine(root, $"svc-{i:0000}");
            Directory.CreateDirectory(folder);
            var database = random.Next(3) == 0 ? "\"*\"" : "neo4j";
            File.WriteAllText(Path.Combine(folder, "backup.sh"),
                $"#!/bin/sh\nset -eu\n# nightly backup of service {i}\nexport BACKUP_DIR=/backups/svc-{i}\n" +
                $"sudo -u neo4j neo4j-admin database backup {database} \\\n  --from=db-{i}:6362 --to-path=\"$BACKUP_DIR\" --type=FULL\n");
            File.WriteAllText(Path.Combine(folder, "neo4j.conf"),
                $"server.backup.enabled=true\nserver.backup.listen_address={(random.Next(4) == 0 ? "0.0.0.0" : "127.0.0.1")}:6362\n" +
                "dbms.ssl.policy.backup.enabled=false\ndb.tx_log.rotation.retention_policy=2 days 2G\n");
            File.WriteAllText(Path.Combine(folder, "cronjob.yaml"),
                $"apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: neo4j-backup-{i}\nspec:\n  schedule: \"0 2 * * *\"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n" +
                "          containers:\n            - name: backup\n              image: neo4j:2025.10-enterprise\n" +
                $"              command: [\"sh\", \"-c\", \"neo4j-admin database backup neo4j --from=db-{i}:6362 --to-path=/backups\"]\n          restartPolicy: OnFailure\n");
        }
    }
}
