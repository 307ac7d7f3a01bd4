#!/bin/sh
# Installs the static site into /srv/www and records the app version.
set -eu
mkdir -p /srv/www
mv /tmp/index.html /srv/www/index.html
echo "${APP_VERSION}" > /srv/www/VERSION
echo "installed web ${APP_VERSION}"
