#!/usr/bin/env bash
# One function per step; the databases are its arguments.
set -euo pipefail

backup_database() {
  local name="$1"
  neo4j-admin database backup --from="$NEO4J_ADDR" --to-path="/backups/$name" "$name"
  neo4j-admin database check --from-path="/backups/$name" "$name"
}

backup_database neo4j
backup_database system
aws s3 sync /backups "s3://corp-neo4j-backups/$(hostname)/"
