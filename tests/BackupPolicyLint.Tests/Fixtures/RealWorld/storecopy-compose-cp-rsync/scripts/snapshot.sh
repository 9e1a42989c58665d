#!/usr/bin/env bash
# Snapshot the Neo4j files of the compose stack before an upgrade.
set -euo pipefail
STAMP=$(date +%Y%m%d_%H%M%S)
mkdir -p "backups/$STAMP"

docker compose stop neo4j
cp -r ./neo4j/data "backups/$STAMP/"
rsync -a "$NEO4J_HOME/data/" "/mnt/snapshots/neo4j-$STAMP/"
zip -qr "backups/$STAMP/data.zip" data/
docker compose start neo4j
