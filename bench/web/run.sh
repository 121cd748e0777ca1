#!/usr/bin/env bash
# Web UI server-render benchmark (issue 7): the card page and its neighbours on a running server
# with the demo data (the README's run command, after its first-start import and backfill).
#   bench/web/run.sh                         (BASE=http://localhost:9080 by default)
#   BENCH_DURATION=30s BENCH_RATE=20 bench/web/run.sh
# Each page is measured below saturation (2 connections, paced at BENCH_RATE requests/s in all),
# so the figures are the server's render time, not requests queueing on the 2 cores; a saturated
# run (8 connections, unpaced) follows for throughput. Results go to bench/results/web-<date>.md.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
BASE=${BASE:-http://localhost:9080}
DURATION=${BENCH_DURATION:-30s}
RATE=${BENCH_RATE:-20}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p bench/results
OUT=bench/results/web-$(date +%Y%m%d-%H%M).md
. bench/lib/wrk-bench.sh
bench_need wrk
# one wrk thread: at 2 to 8 connections a second thread only takes a core from the server
export WRK_THREADS=1 WRK_DURATION=$DURATION WRK_HEADER='Accept-Language: en'

curl -sf "$BASE/health/ready" >/dev/null || { echo "no server ready at $BASE (start the demo first)" >&2; exit 1; }

# Card pages of priced cards: the 100 most valuable (long histories, graded rows) and Base Set Charizard.
curl -sf "$BASE/api/cards/most-valuable?limit=100" | python3 -c '
import json, sys
body = json.load(sys.stdin)
for card in body if isinstance(body, list) else body.get("items", body.get("cards", [])):
    print(card.get("card_id", card.get("id")))' | sort -u | sed 's|^|/en/cards/|' > "$WORK/cards.txt"
[ -s "$WORK/cards.txt" ] || { echo "no priced cards yet: wait for the backfill" >&2; exit 1; }
CHARIZARD=$(curl -sf "$BASE/api/v2/cards?game=pokemon&name=Charizard&number=4/102" | grep -o '"id":[0-9]*' | head -1 | sed 's/.*://')
echo "/en/cards/$CHARIZARD" > "$WORK/charizard.txt"
curl -sf "$BASE/api/v2/cards/$CHARIZARD" | python3 -c '
import json, sys
card = json.load(sys.stdin)
for printing in card.get("printings", []):
    for variant in printing.get("variants", []):
        print(variant["id"])' | sed "s|^|/en/cards/$CHARIZARD?variant=|" > "$WORK/charizard-variants.txt"
[ -s "$WORK/charizard-variants.txt" ] || cp "$WORK/charizard.txt" "$WORK/charizard-variants.txt"
printf '/en/search?q=%s\n' charizard pikachu dracaufeu mewtwo "4/102" eevee > "$WORK/search.txt"
echo "/en" > "$WORK/home.txt"

wrk_table "Web pages — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load before: $(uptime | sed 's/.*load average: //'), $BASE" page
WRK_CONNS=2 WRK_RATE=$RATE wrk_row "card page, Base Set Charizard (\`/en/cards/$CHARIZARD\`), paced ~$RATE/s" "$WORK/charizard.txt"
WRK_CONNS=2 WRK_RATE=$RATE wrk_row "card page, Charizard's $(wc -l < "$WORK/charizard-variants.txt") variants (\`?variant=\`), paced" "$WORK/charizard-variants.txt"
WRK_CONNS=2 WRK_RATE=$RATE wrk_row "card page, the $(wc -l < "$WORK/cards.txt") most valuable cards, paced" "$WORK/cards.txt"
WRK_CONNS=2 WRK_RATE=$RATE wrk_row "search results page, paced" "$WORK/search.txt"
WRK_CONNS=2 WRK_RATE=$RATE wrk_row "home page, paced" "$WORK/home.txt"
WRK_CONNS=8 wrk_row "card page, most valuable cards, 8 connections unpaced" "$WORK/cards.txt"
echo "load after: $(uptime | sed 's/.*load average: //')" | tee -a "$OUT"
echo "results: $OUT"
