#!/bin/bash
# The same pipelines with pipefail on, and one checked through PIPESTATUS in another file's style.
set -Eeuo pipefail
LOG=/var/log/neo4j-backup.log
neo4j-admin database backup --from=server-1:6362,server-2:6362,server-3:6362 --remote-address-resolution=true --to-path=/backups "*" 2>&1 | tee -a $LOG
neo4j-admin database check --from-path=/backups neo4j
neo4j-admin database check --from-path=/backups system | tee -a $LOG
echo "neo4j-admin database backup | tee is fine once pipefail is set" | tee -a $LOG
