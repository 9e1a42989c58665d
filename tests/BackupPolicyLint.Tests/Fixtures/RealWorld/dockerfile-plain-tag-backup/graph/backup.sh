#!/bin/bash
neo4j-admin database backup --to-path=/backups neo4j system
gsutil -m rsync -r /backups gs://acme-graph-backups/nightly
