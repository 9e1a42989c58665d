#!/usr/bin/env bash
# Weekly copy of the store, kept from before the move to online backups.
set -euo pipefail

BACKUP_ROOT=/mnt/backups/weekly
NEO4J_HOME=/var/lib/neo4j

mkdir -p "$BACKUP_ROOT"
chmod 777 "$BACKUP_ROOT"

# Stop, copy the store files, start again.
systemctl stop neo4j
cp -r "$NEO4J_HOME/data/databases" "$BACKUP_ROOT/"
systemctl start neo4j

sudo -u neo4j neo4j-admin database check --from-path="$BACKUP_ROOT" neo4j
