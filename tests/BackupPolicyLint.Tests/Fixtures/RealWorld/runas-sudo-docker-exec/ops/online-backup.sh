#!/bin/bash
sudo docker exec -u neo4j neo4j neo4j-admin database backup --from=localhost:6362 --to-path=/backups neo4j
docker exec neo4j_db bash -lc 'neo4j-admin database backup --from=localhost:6362 --to-path=/backups system'
aws s3 sync /srv/neo4j/backups s3://acme-graph-backups/
