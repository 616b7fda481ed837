#!/usr/bin/env bash
# Web benchmark (issue 19, must-show 5): a release build of sameside serving 100,000 stored deals from SQLite
# to a signed-in session, measured with wrk on 127.0.0.1 at 16 connections: the pipeline page (50 per page,
# filtered by verdict), a deal page and GET /api/deals, beside GET /healthz of the same server in the same run.
# Goal: each ≥ 30 % of /healthz's requests/s, p99 < 50 ms. Prints the figures; not a timed test.
#
#   swift build -c release --product sameside
#   scripts/bench-web.sh [--deals 100000] [--seconds 10] [--bin .build/release/sameside] [--dir DIR] [--keep]
#
# Needs wrk (Debian: apt-get install wrk), curl and python3. Traffic goes to 127.0.0.1 only; each wrk run
# stops by itself after --seconds.
set -euo pipefail

deals=100000
seconds=10
bin=.build/release/sameside
dir=""
keep=0
port=18089
while [ $# -gt 0 ]; do
    case $1 in
        --deals) deals=$2; shift 2 ;;
        --seconds) seconds=$2; shift 2 ;;
        --bin) bin=$2; shift 2 ;;
        --dir) dir=$2; shift 2 ;;
        --port) port=$2; shift 2 ;;
        --keep) keep=1; shift ;;
        -h|--help) sed -n 2,12p "$0"; exit 0 ;;
        *) echo "bench-web.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
command -v wrk >/dev/null || { echo "bench-web.sh: wrk not found (apt-get install wrk)" >&2; exit 2; }
[ -x "$bin" ] || { echo "bench-web.sh: $bin not found; build it with swift build -c release --product sameside" >&2; exit 2; }
[ -n "$dir" ] || dir=$(mktemp -d /tmp/sameside-bench-web.XXXXXX)
mkdir -p "$dir"
db="sqlite:$dir/bench.db"
server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
    if [ "$keep" = 0 ]; then rm -rf "$dir"; fi
}
trap cleanup EXIT

if [ ! -s "$dir/bench.db" ]; then
    echo "== generating $deals deals (seed 1) and importing them (the server's start then stores their reviews)"
    "$bin" generate --deals "$deals" --seed 1 > "$dir/pipeline.jsonl"
    start=$(date +%s.%N)
    "$bin" import "$dir/pipeline.jsonl" --from pipeline --database "$db" 2>&1 | tail -1
    echo "import: $(python3 -c "import sys; print(round($(date +%s.%N) - $start, 1))") s"
    printf '%s\n' "bench-password-1" | "$bin" user add bench@example.com --role admin --name "Bench Admin" \
        --password-stdin --database "$db" >/dev/null
fi

"$bin" serve --database "$db" --host 127.0.0.1 --port "$port" > "$dir/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 600); do
    curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
    sleep 0.5
done
token=$(curl -fsS -H 'Content-Type: application/json' -d '{"email":"bench@example.com","password":"bench-password-1"}' \
    "http://127.0.0.1:$port/api/login" | python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])')
deal=$(curl -fsS -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/deals?per_page=1&sort=name" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["deals"][0]["id"])')
verdict=at-risk

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== $("$bin" --version 2>/dev/null || echo sameside), $deals deals, wrk -t2 -c16 -d${seconds}s --latency, admin session"
results=()
for target in "/healthz" "/?verdict=$verdict" "/deals/$deal" "/api/deals"; do
    # Warm-up (the first list request after start fills the totals cache), then the measured run.
    wrk -t2 -c16 -d2s -H "Authorization: Bearer $token" "http://127.0.0.1:$port$target" >/dev/null
    out=$(wrk -t2 -c16 -d"${seconds}s" --latency -H "Authorization: Bearer $token" "http://127.0.0.1:$port$target")
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
    non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
    results+=("$target|$rps|$p99|${non2xx:-0}")
done
healthz=$(echo "${results[0]}" | cut -d'|' -f2)
printf '%-28s %12s %10s %10s %8s\n' target requests/s "÷healthz" p99 non-2xx
for row in "${results[@]}"; do
    IFS='|' read -r target rps p99 non2xx <<< "$row"
    share=$(python3 -c "print(f'{100 * $rps / $healthz:.0f} %')")
    printf '%-28s %12s %10s %10s %8s\n' "$target" "$rps" "$share" "$p99" "$non2xx"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
