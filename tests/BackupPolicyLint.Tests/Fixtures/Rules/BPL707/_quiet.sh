#!/bin/sh
neo4j-admin database restore --from-path=/backups/orders orders_restored
# neo4j-admin database restore --overwrite-destination=true orders   (commented out: not run)
