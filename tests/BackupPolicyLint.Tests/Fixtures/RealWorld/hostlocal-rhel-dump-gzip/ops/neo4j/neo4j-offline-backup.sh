#!/usr/bin/env bash
# Offline dump + gzip for Neo4j 5 Community; keeps the last RETAIN dumps.
set -Eeuo pipefail
DB_NAME="${DB_NAME:-neo4j}"
BACKUP_ROOT="${BACKUP_ROOT:-/var/backups/neo4j}"
RETAIN="${RETAIN:-7}"
OUT_DIR="${BACKUP_ROOT}/${DB_NAME}-$(date -u +%Y%m%dT%H%M%SZ)"

install -o neo4j -g neo4j -m 750 -d "${OUT_DIR}"
systemctl stop neo4j
sudo -u neo4j neo4j-admin database dump "${DB_NAME}" --to-path="${OUT_DIR}"
systemctl start neo4j
gzip -9 "${OUT_DIR}/${DB_NAME}.dump"
ls -1dt "${BACKUP_ROOT}"/"${DB_NAME}"-* | tail -n +$((RETAIN + 1)) | xargs -r rm -rf
