#!/usr/bin/env bash
# The long fuzz run: the build's FuzzIT (web-ui/src/test/java/io/cardvault/it) with a bigger request budget,
# on an IT server of its own, under the machine-wide IT lock. The report is copied to bench/results/.
#   bench/fuzz/run.sh [requests] [seed]        (default 50000 requests, seed 20261206, at most an hour)
# FUZZ_LOCK: a lock script to run Maven under (a shared machine's IT lock).
# Other ports: FUZZ_HTTP_PORT (9270), FUZZ_DB_PORT (3378), FUZZ_CLUSTER_PORT (5862); FUZZ_SECONDS caps the time.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
REQUESTS=${1:-50000} SEED=${2:-20261206} CAP=${FUZZ_SECONDS:-3600}
HTTP=${FUZZ_HTTP_PORT:-9270} DB=${FUZZ_DB_PORT:-3378} CLUSTER=${FUZZ_CLUSTER_PORT:-5862}
LOCK=()
[ -n "${FUZZ_LOCK:-}" ] && LOCK=("$FUZZ_LOCK")   # a shared machine's IT lock script, which runs the command under it
mkdir -p bench/results
status=0
"${LOCK[@]}" ./mvnw -B -ntp -pl web-ui -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=FuzzIT \
    -Dcardvault.fuzz.requests="$REQUESTS" -Dcardvault.fuzz.seed="$SEED" -Dcardvault.fuzz.seconds="$CAP" \
    -Dit.http.port="$HTTP" -Dit.https.port=$((HTTP + 363)) -Dit.db.embedded.port="$DB" -Dit.cluster.port="$CLUSTER" \
    || status=$?
REPORT=bench/results/fuzz-seed$SEED-$REQUESTS.txt
cp web-ui/target/fuzz-report.txt "$REPORT" && echo "report: $REPORT"
exit $status
