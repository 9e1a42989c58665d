#!/bin/bash
# Online backup from the backup host, then two off-site copies whose targets live in /etc/default/neo4j-backup.
. /etc/default/neo4j-backup
BACKUP_DIR=/data1/neo4j-backups

neo4j-admin database backup --from=10.0.4.21:6362 --to-path=$BACKUP_DIR "*"
neo4j-admin database check --from-path=$BACKUP_DIR neo4j
scp -r $BACKUP_DIR "$BACKUP_USER@$BACKUP_HOST:/srv/neo4j/"
rclone sync $BACKUP_DIR "$RCLONE_DEST"
