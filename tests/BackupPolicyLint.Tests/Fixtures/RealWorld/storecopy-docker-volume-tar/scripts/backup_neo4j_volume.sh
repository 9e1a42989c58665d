#!/bin/bash
# Back up the neo4j named volume to a tarball in the current directory.
set -e
OUTPUT_NAME="${1:-neo4j-volume-$(date +%Y%m%d-%H%M%S).tar.gz}"

docker run --rm \
  -v neo4j_data:/data \
  -v "$(pwd)":/backup \
  alpine:3 \
  sh -c "cd / && tar -czf /backup/$OUTPUT_NAME data"
