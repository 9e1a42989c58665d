#!/bin/bash
# Runs on the backup VM. NEO4J_BACKUP_ADDR and GCS_TARGET come from the instance metadata.
BACKUP_ROOT=/mnt/backups/neo4j

neo4j-admin database backup --from="${NEO4J_BACKUP_ADDR}" --to-path="${BACKUP_ROOT}" --include-metadata=all "*"
neo4j-admin database check --from-path="${BACKUP_ROOT}" neo4j
gsutil -m rsync -r "${BACKUP_ROOT}" "${GCS_TARGET}"
gcloud storage cp --recursive "${BACKUP_ROOT}/*" ${GCS_ARCHIVE}
