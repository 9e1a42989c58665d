#!/bin/sh
# Restore drill: put last night's backup back over orders.
systemctl stop neo4j
neo4j-admin database restore --from-path=/backups/orders --overwrite-destination=true orders # expect: BPL707/warning@1
systemctl start neo4j
