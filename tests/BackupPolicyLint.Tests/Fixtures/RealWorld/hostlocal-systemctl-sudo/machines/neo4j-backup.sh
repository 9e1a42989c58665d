#!/bin/bash
# Weekly dump on the graph server itself.
BACKUP_DIR=/mnt/graphdata/neo4j

sudo systemctl stop neo4j
mkdir -p $BACKUP_DIR
sudo -u neo4j /usr/bin/neo4j-admin database dump --to-path=$BACKUP_DIR --verbose neo4j
sudo -u neo4j /usr/bin/neo4j-admin database dump --to-path=$BACKUP_DIR --verbose system
sudo systemctl start neo4j
