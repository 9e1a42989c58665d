#!/usr/bin/env bash
# Same shape as the tee logger, with pipefail on: the pipeline fails when the backup does.
set -Eeuo pipefail
BACKUP_DIR=/srv/backups/neo4j

neo4j-admin database backup --from=10.1.0.7:6362 --to-path=$BACKUP_DIR "*" 2>&1 | tee -a /var/log/neo4j-backup.log
neo4j-admin database check --from-path=$BACKUP_DIR neo4j
aws s3 sync $BACKUP_DIR s3://corp-neo4j/nightly/
