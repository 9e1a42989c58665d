#!/bin/bash -x
data_bucket=$(aws ssm get-parameters --names "/graph/prod/DataBucketName" | jq -r '.Parameters[0].Value')
if [[ -z $data_bucket ]]; then
    echo "bucket not found"
    exit 1
fi
echo "Stopping Neo4j..."
sudo systemctl stop neo4j
sudo -u neo4j neo4j-admin database dump neo4j --to-path=/var/lib/neo4j/backups
sudo systemctl start neo4j
aws s3 cp --recursive /var/lib/neo4j/backups "s3://$data_bucket/backups/$(date +%F)/"
