#!/bin/bash
set -euo pipefail
DATABASES="${NEO4J_DATABASES:-neo4j,system}"
for db in ${DATABASES//,/ }; do
  neo4j-admin database backup --from="$NEO4J_BACKUP_ADDR" --to-path=/backups "$db"
done
neo4j-admin database check --from-path=/backups neo4j
gsutil -m rsync -r /backups gs://graph-backups/nightly
