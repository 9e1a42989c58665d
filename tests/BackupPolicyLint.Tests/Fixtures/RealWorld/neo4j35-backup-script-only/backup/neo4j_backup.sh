#!/bin/bash
# Hourly online backup of the 3.5 server from the backup box; keeps the latest copy and ships it to the NAS.
BACKUP_ROOT=/mnt/backups/neo4j
neo4j-admin backup --backup-dir=$BACKUP_ROOT --name=graph.db-backup --from=10.0.0.5:6362 --pagecache=2G
rsync -a --delete $BACKUP_ROOT/ nas01:/volume1/neo4j/
