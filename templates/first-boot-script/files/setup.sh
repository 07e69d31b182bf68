#!/bin/bash
# Runs once, at the first boot (see first-boot-setup.service).
set -euo pipefail

echo "First boot of $(hostname) at $(date --iso-8601=seconds)" | tee /etc/motd.d/first-boot.conf
# Pull the images the workshop needs while the room's network is quiet.
/usr/bin/docker pull docker.io/library/nginx:stable
