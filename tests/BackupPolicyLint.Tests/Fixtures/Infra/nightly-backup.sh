#!/bin/bash
# Nightly online backup from a backup client, then a copy to S3 and a consistency check.
set -euo pipefail
umask 077
BACKUP_DIR=/srv/backups/graph
for db in system neo4j orders; do
  sudo -u neo4j /opt/neo4j/bin/neo4j-admin database backup \
    --from=10.0.1.11:6362,10.0.1.12:6362 \
    --to-path="$BACKUP_DIR" --type=full \
    "$db"
done
aws s3 sync "$BACKUP_DIR" s3://acme-graph-backups/nightly
sudo -u neo4j neo4j-admin database check --from-path="$BACKUP_DIR" neo4j
