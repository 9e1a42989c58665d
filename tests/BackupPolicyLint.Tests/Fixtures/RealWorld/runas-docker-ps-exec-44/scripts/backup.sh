#!/bin/sh
export backup_time=$(date +"%m%d%y-%I-%M-%S")
docker exec $(docker ps -f name=neo4j -q) bash bin/neo4j-admin dump --to data/graph.db.$backup_time.dump
docker exec $(docker ps -f name=neo4j -q) ln -s /data/graph.db.$backup_time.dump data/graph.db.latest.dump
