#!/bin/bash
# Runs on backup01 from cron; keeps one full backup folder per weekday.
set -e
DAY=$(date +%a)
/opt/neo4j/bin/neo4j-admin backup --from=graph01.internal:6362 --backup-dir=/srv/neo4j-backups --name=graph.db-$DAY --check-consistency=true
