#!/bin/bash
# Backup container: NEO4J_ADDR, DATABASE (comma list), CLOUD_PROVIDER and BUCKET come from the pod's environment.
if [ -z "$NEO4J_ADDR" ] || [ -z "$DATABASE" ] || [ -z "$BUCKET" ]; then
  echo "NEO4J_ADDR, DATABASE and BUCKET are required" >&2
  exit 1
fi
TIMESTAMP=$(date "+%Y-%m-%d-%H:%M:%S")
for db in $(echo "$DATABASE" | tr ',' ' '); do
  neo4j-admin backup --from="$NEO4J_ADDR" --backup-dir=/data --database="$db" --fallback-to-full=true
  tar -czf "/data/$db-$TIMESTAMP.tar.gz" -C /data "$db"
  if [ "$CLOUD_PROVIDER" = "gcp" ]; then
    gsutil cp "/data/$db-$TIMESTAMP.tar.gz" "$BUCKET/"
  else
    aws s3 cp "/data/$db-$TIMESTAMP.tar.gz" "$BUCKET/"
  fi
done
