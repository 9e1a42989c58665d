#!/bin/bash
# Planted secrets around a backup whose status is tee's (BPL210); see secrets.manifest.
export NEO4J_PASSWORD=ScriptNeoPass-2b3c
export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY neo4j-admin database backup --to-path=s3://writer:ScriptUriPass-4d5e@acme-neo4j-backups/prod "*" 2>&1 | tee -a /var/log/neo4j-backup.log
cypher-shell -u neo4j -p 'ScriptShellPass-6f7a' -a bolt+s://neo4j:ScriptBoltPass-8b9c@db.internal:7687 "RETURN 1"
neo4j-admin dbms set-initial-password ScriptInitialPass-0d1e
if [ $? -ne 0 ]; then
  exit 1
fi
