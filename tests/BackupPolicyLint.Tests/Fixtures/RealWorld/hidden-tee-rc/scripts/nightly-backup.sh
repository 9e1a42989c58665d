#!/bin/bash
# Nightly backup with a log; the upload runs only when the backup "succeeded".
LOG=/var/log/neo4j-backup.log
BACKUP_DIR=/srv/backups/neo4j

neo4j-admin database backup --from=10.1.0.7:6362 --to-path=$BACKUP_DIR "*" 2>&1 | tee -a $LOG
rc=$?
if [ $rc -ne 0 ]; then
  echo "backup failed" >&2
  exit $rc
fi
neo4j-admin database check --from-path=$BACKUP_DIR neo4j
aws s3 sync $BACKUP_DIR s3://corp-neo4j/nightly/
