#!/usr/bin/env bash
# Community edition on a VM: dump both databases and push them to a blob container.
set -eo pipefail

DUMP_DIR=/backups/neo4j
neo4j-admin database dump neo4j --to-path="$DUMP_DIR" --overwrite-destination=true
neo4j-admin database dump system --to-path="$DUMP_DIR" --overwrite-destination=true
az storage blob upload-batch --account-name "$AZURE_STORAGE_ACCOUNT" \
  --destination "$AZURE_CONTAINER" --source "$DUMP_DIR" --overwrite
