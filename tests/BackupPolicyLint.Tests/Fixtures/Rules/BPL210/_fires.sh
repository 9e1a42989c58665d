#!/bin/bash
# Nightly backup logged with tee; the status checked is tee's, not the backup's.
LOG=/var/log/neo4j-backup.log
neo4j-admin database backup --from=server-1:6362,server-2:6362,server-3:6362 --remote-address-resolution=true --to-path=/backups "*" 2>&1 | tee -a $LOG # expect: BPL210/error@1
if [ $? -ne 0 ]; then
  exit 1
fi
neo4j-admin database check --from-path=/backups neo4j
sudo -u neo4j neo4j-admin database dump system --to-stdout | gzip -9 > /backups/system.dump.gz # expect: BPL202/error@15 BPL210/error@15
