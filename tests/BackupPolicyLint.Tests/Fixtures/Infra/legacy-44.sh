#!/bin/sh
# 4.4 backup and dump on the server itself, into the data directory.
neo4j-admin backup --backup-dir=/var/lib/neo4j/data/backups --database=neo4j # expect: BPL401/error@72 BPL403/error@33
neo4j-admin dump --database=system --to=/var/lib/neo4j/data/dumps/system.dump # expect: BPL202/error@1 BPL401/error@29 BPL403/error@41
chmod -R 755 /var/lib/neo4j/data/backups # expect: BPL408/error@1
