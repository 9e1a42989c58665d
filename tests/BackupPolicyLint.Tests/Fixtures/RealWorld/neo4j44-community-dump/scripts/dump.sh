#!/usr/bin/env bash
# Weekly offline dump (Community has no online backup): stop, dump both databases, start.
set -euo pipefail
DUMP_DIR=/mnt/backup/neo4j/$(date +%F)
mkdir -p "$DUMP_DIR"
systemctl stop neo4j
sudo -u neo4j neo4j-admin dump --database=neo4j --to="$DUMP_DIR/neo4j.dump"
sudo -u neo4j neo4j-admin dump --database=system --to="$DUMP_DIR/system.dump"
systemctl start neo4j
rclone copy "$DUMP_DIR" offsite:graph-dumps/
