#!/usr/bin/env bash
set -euo pipefail
# Dump the compose service's database with a one-off container on the same volume; Neo4j must be stopped.
DB_NAME=${NEO4J_DB:-neo4j}
OUT_DIR="$(pwd)/dumps/neo4j"
mkdir -p "$OUT_DIR"

docker compose stop neo4j
docker run --rm --volumes-from neo4j-db -v "$OUT_DIR":/dumps neo4j:5.26.2-enterprise \
  neo4j-admin database dump "$DB_NAME" --to-path=/dumps
docker compose start neo4j
