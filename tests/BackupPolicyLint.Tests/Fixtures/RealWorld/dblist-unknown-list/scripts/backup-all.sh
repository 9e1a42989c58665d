#!/bin/bash
# Back up whatever databases the DBMS has, asked at run time.
set -euo pipefail

DBS=$(cypher-shell -a "$NEO4J_URI" -u "$NEO4J_USER" -p "$NEO4J_PASSWORD" --format plain "SHOW DATABASES YIELD name RETURN name" | tail -n +2 | tr -d '"')
for db in $DBS; do
  neo4j-admin database backup --from="$NEO4J_BACKUP_ADDR" --to-path=/backups "$db"
done
neo4j-admin database check --from-path=/backups neo4j
aws s3 sync /backups "s3://graph-backups/nightly/"
