#!/usr/bin/env bash
set -euo pipefail
neo4j-admin database backup --from=10.0.0.5:6362 --to-path=/backup neo4j system
neo4j-admin database check --from-path=/backup neo4j
tar -czf /tmp/neo4j-backup.tgz -C /backup .
aws s3 mv /tmp/neo4j-backup.tgz "s3://${BUCKET_NAME}/neo4j/$(date +%F).tgz"
