#!/usr/bin/env bash
# Runs the recognition benchmark at low priority (2 shared cores). Extra arguments are passed on,
# e.g. ./bench/recognition/run.sh photos=200 catalogues=en reuseIndex=true
set -euo pipefail
cd "$(dirname "$0")/../.."
exec nice -n 15 ./mvnw -q -Pbench -pl bench/recognition -am -DskipTests \
  -Dbench.args="$*" verify
