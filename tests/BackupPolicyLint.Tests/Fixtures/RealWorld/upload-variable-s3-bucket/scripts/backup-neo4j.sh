#!/usr/bin/env bash
# Backup client: full online backup of the graph and system databases, then a copy to the bucket the
# deployment names in S3_BUCKET (e.g. s3://corp-graph-backups).
set -euo pipefail

: "${S3_BUCKET:?S3_BUCKET is required}"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
WORK=/var/tmp/neo4j-backup

mkdir -p "$WORK"
neo4j-admin database backup --from=graph.internal:6362 --to-path="$WORK" --type=full neo4j system
neo4j-admin database check --from-path="$WORK" neo4j
aws s3 cp --recursive "$WORK" "$S3_BUCKET/neo4j/$STAMP/"
rm -rf "$WORK"
