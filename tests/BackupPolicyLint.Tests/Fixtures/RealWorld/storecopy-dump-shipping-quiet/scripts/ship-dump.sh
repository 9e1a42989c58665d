#!/bin/bash
# Copies the dump neo4j-admin wrote, and restores an archive of dumps; no store file is copied by hand.
set -euo pipefail
neo4j-admin database dump neo4j --to-path=/backups/dumps
cp /backups/dumps/neo4j.dump /mnt/nfs/neo4j/
tar -czf /mnt/nfs/neo4j/dumps.tar.gz /backups/dumps
tar -xzf /mnt/nfs/neo4j/seed.tar.gz -C /data
cp /var/lib/neo4j/data/dumps/neo4j.dump /mnt/nfs/neo4j/latest.dump
