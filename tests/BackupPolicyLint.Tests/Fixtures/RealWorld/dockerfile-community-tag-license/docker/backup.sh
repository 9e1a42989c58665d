#!/bin/sh
# Online backup of every database, then ship it to the bucket.
neo4j-admin database backup --to-path=/backups --type=full "*"
aws s3 sync /backups "s3://graph-team-backups/$(hostname)/"
