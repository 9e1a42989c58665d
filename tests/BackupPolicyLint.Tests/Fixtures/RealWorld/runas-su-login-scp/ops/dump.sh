#!/bin/bash
service neo4j stop
su - neo4j -c "neo4j-admin dump --database=graph.db --to=/var/backups/graph.dump"
service neo4j start
scp /var/backups/graph.dump "backup@$BACKUP_HOST:/backups/neo4j/"
