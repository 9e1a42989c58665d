#!/usr/bin/env bash
# Nightly online backup, run from a dedicated backup host, of every database on the cluster.
set -euo pipefail

BACKUP_DIR=/srv/backups/neo4j
STAMP=$(date +%Y%m%d)

mkdir -p "$BACKUP_DIR/$STAMP"
neo4j-admin database backup --from=graph-1.internal:6362,graph-2.internal:6362 \
  --to-path="$BACKUP_DIR/$STAMP" --include-metadata=all --type=full "*"

aws s3 sync "$BACKUP_DIR/$STAMP" "s3://acme-graph-backups/nightly/$STAMP/" --sse aws:kms
find "$BACKUP_DIR" -mindepth 1 -maxdepth 1 -type d -mtime +14 -exec rm -rf {} +
