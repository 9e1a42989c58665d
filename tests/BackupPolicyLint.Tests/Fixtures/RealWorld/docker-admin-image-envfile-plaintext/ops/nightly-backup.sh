#!/bin/bash
set -eo pipefail
BACKUP_ROOT=/var/backups/graph
docker run --rm -e NEO4J_ACCEPT_LICENSE_AGREEMENT=yes \
  -e NEO4J_dbms_ssl_policy_backup_enabled=false \
  -v "$BACKUP_ROOT":/backups neo4j/neo4j-admin:2025.10.1-enterprise \
  neo4j-admin database backup --from=10.20.0.11:6362,10.20.0.12:6362 --to-path=/backups "*"
rclone copy "$BACKUP_ROOT" "$RCLONE_REMOTE:graph-backups"
