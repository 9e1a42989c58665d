#!/bin/sh
# Community edition backup: stop the server, archive its data directory, start it again.
BACKUP_SRC=/var/lib/neo4j/data
BACKUP_DEST=/srv/backups/neo4j
TIMESTAMP=`date +%Y-%m-%d-%H%M%S`

systemctl stop neo4j
tar -czf $BACKUP_DEST/graph-$TIMESTAMP.tar.gz $BACKUP_SRC
systemctl start neo4j
