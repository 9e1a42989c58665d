#!/bin/bash
# Neo4j 4.4 backups from the backup client, every database in the array.
DBS=(neo4j system)
DEST=/var/backups/neo4j

for DB in "${DBS[@]}"; do
  neo4j-admin backup --backup-dir=$DEST --database=$DB --from=db1.corp.example:6362
done

ARCHIVE_DB=system
neo4j-admin backup --backup-dir=$DEST/archive --database=$ARCHIVE_DB --from=db1.corp.example:6362
scp -r $DEST "$OFFSITE_USER@$OFFSITE_HOST:/backups/neo4j/"
