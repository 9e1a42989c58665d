#!/usr/bin/env bash
# Nightly online backup from a Docker host that is not a cluster member, with the neo4j-admin image.
set -euo pipefail

docker run --rm --network graph-net \
  --env-file ./backup.env \
  -v /srv/neo4j-backups:/backups \
  neo4j/neo4j-admin:5.26.2-enterprise \
  neo4j-admin database backup --from=graph-db-1:6362,graph-db-2:6362 --to-path=/backups --include-metadata=all "*"

aws s3 sync /srv/neo4j-backups "s3://acme-graph-backups/$(hostname)/"
