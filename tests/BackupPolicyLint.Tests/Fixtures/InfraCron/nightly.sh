#!/bin/bash
# Run by backup.cron as root; neo4j-admin then writes files neo4j cannot read.
set -euo pipefail
neo4j-admin database backup --from=backup-client.internal:6362 --temp-path=/staging --to-path=s3://acme-backups/neo4j "*"
neo4j-admin database check --from-path=/staging neo4j
