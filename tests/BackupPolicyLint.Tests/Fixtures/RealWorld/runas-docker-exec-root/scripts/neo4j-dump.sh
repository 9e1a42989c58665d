#!/bin/bash
# Dump inside the running container (official image), then copy the file out and off the host.
set -euo pipefail
CONTAINER=neo4j
docker exec "$CONTAINER" neo4j-admin database dump neo4j --to-path=/backups
docker exec --user neo4j "$CONTAINER" neo4j-admin database dump system --to-path=/backups
docker cp "$CONTAINER":/backups/. ./backups/
aws s3 sync ./backups "s3://acme-neo4j-dumps/"
