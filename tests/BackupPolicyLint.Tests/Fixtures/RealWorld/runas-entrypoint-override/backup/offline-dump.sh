#!/bin/bash
# Offline dump through a throw-away container; the entrypoint is replaced by bash.
docker stop neo4j || echo "Skipping"
docker run --rm \
  --volume /srv/neo4j/data:/data \
  --volume /srv/neo4j_backup:/neo4j_backup \
  --entrypoint=/bin/bash \
  neo4j:4.4 \
  -c "neo4j-admin dump --database=neo4j --to=/neo4j_backup/neo4j.dump && neo4j-admin dump --database=system --to=/neo4j_backup/system.dump"
docker start neo4j
rsync -a /srv/neo4j_backup/ backup@archive.example.net:/srv/graph/
