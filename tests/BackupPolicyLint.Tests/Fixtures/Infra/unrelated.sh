#!/bin/bash
# Rotates nginx logs; nothing to do with the graph database.
set -e
for f in /var/log/nginx/*.log; do
  mv "$f" "$f.1" && gzip -f "$f.1"
done
cp -r /etc/nginx /srv/config-backups/
chmod 777 /tmp/scratch
systemctl reload nginx
