#!/bin/sh
# Utility container: stream a dump out of the Neo4j pod straight into S3.
set -e
POD=$(kubectl get pods -l app=neo4j -o jsonpath='{.items[0].metadata.name}')
kubectl exec "$POD" -- neo4j-admin database dump neo4j --to-stdout | gzip | aws s3 cp - "s3://$BUCKET/neo4j/$(date +%F).dump.gz"
