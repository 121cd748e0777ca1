# Sourced by the wrk benchmarks (analytics, catalogue, prices-store, web), from the repository root:
# a server of the benchmark's own on the machine's MariaDB, wrk runs as Markdown table rows, and
# nginx serving static files as the practical ceiling. The caller sets WORK (a scratch folder) and
# OUT (the results file); bench_server_env sets BASE; the server functions read WLP and SERVER
# (servers_from_build, of liberty-servers.sh, makes the server from this checkout's build).

. bench/lib/liberty-servers.sh

# Installs the Debian packages of the commands that are missing.
bench_need() { # command[:package] … (the package is named as the command unless said)
    local need
    for need in "$@"; do
        command -v "${need%%:*}" >/dev/null 2>&1 \
            || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need#*:}"; }
    done
}

# The settings of a server of the benchmark's own: its database and ports, a cluster of one, the real
# catalogue, and no anonymous limit (every request comes from 127.0.0.1 without a key; the limiter's
# cluster check still runs).
bench_server_env() { # database http-port cluster-name cluster-port
    export CARDVAULT_DB_URL="jdbc:mariadb://127.0.0.1:3306/$1?sslMode=disable"
    export CARDVAULT_HTTP_PORT=$2 CARDVAULT_HTTPS_PORT=$(($2 + 400))
    export CARDVAULT_CLUSTER_NAME=$3 CARDVAULT_CLUSTER_PORT=$4 CARDVAULT_CLUSTER_MEMBERS=127.0.0.1:$4
    export CARDVAULT_CATALOGUE_DIR="$ROOT/../shared/data/catalogue"
    export CARDVAULT_RATE_LIMIT_ANONYMOUS_PER_MINUTE=100000000
    BASE="http://127.0.0.1:$2"
}

# One query on the benchmark's database ($DB), answers without column names.
sql() { mysql -h127.0.0.1 -uroot -N "$DB" -e "$1"; }

bench_start_server() { # [seconds to wait for readiness, default 300]
    "$WLP/bin/server" start "$SERVER" >/dev/null
    for _ in $(seq 1 "${1:-300}"); do curl -sf "$BASE/health/ready" >/dev/null 2>&1 && return 0; sleep 1; done
    echo "server did not become ready" >&2; exit 1
}

bench_stop_server() { "$WLP/bin/server" stop "$SERVER" >/dev/null 2>&1 || true; }

# The heading and column names of a table of wrk_row rows.
wrk_table() { # title [first column name]
    {
        echo; echo "### $1"
        echo; echo "| ${2:-route} | req/s | p50 ms | p95 ms | p99 ms | socket errors | non-2xx |"; echo "|---|---|---|---|---|---|---|"
    } | tee -a "$OUT"
}

# One table row: wrk over the paths in the file (wrk-report.lua rotates them and reports req/s, p50, p95,
# p99, socket errors and non-2xx), after an unrecorded warm-up of the same load (the JVM compiles its hot
# paths under load). Settings, as variables on the call: WRK_BASE (default $BASE), WRK_THREADS (2),
# WRK_CONNS (64), WRK_DURATION (20s), WRK_WARMUP (5s; none for a cold pass), WRK_HEADER (one request
# header), WRK_RATE (requests/s in all: paced connections, for latency below saturation).
wrk_row() { # label paths-file
    local label=$1 paths=$2 base=${WRK_BASE:-$BASE} conns=${WRK_CONNS:-64} warmup=${WRK_WARMUP:-5s}
    local args=(-t"${WRK_THREADS:-2}" -c"$conns" -s bench/lib/wrk-report.lua)
    [ -n "${WRK_HEADER:-}" ] && args+=(-H "$WRK_HEADER")
    export THREADS=${WRK_THREADS:-2}
    [ "$warmup" = none ] || PATHS="$paths" wrk "${args[@]}" -d"$warmup" "$base" >/dev/null
    if [ -n "${WRK_RATE:-}" ]; then
        PATHS="$paths" RATE=$WRK_RATE CONNS=$conns wrk "${args[@]}" -d"${WRK_DURATION:-20s}" "$base" > "$WORK/wrk.out"
    else
        PATHS="$paths" wrk "${args[@]}" -d"${WRK_DURATION:-20s}" "$base" > "$WORK/wrk.out"
    fi
    local report; report=$(grep '^REPORT' "$WORK/wrk.out")
    printf '| %s | %s |\n' "$label" "$(echo "$report" | sed 's/^REPORT //; s/[a-z0-9]*=//g; s/ / | /g')" | tee -a "$OUT"
}

# nginx serving the files under a folder on a port (2 workers, no access log): the ceiling to compare with.
nginx_serve() { # root port
    cat > "$WORK/nginx.conf" <<NGINX
user root;
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    default_type application/json;
    server { listen 127.0.0.1:$2; root $1; }
}
NGINX
    nginx -c "$WORK/nginx.conf"
}

nginx_stop() {
    [ -f "$WORK/nginx.pid" ] && nginx -c "$WORK/nginx.conf" -s stop 2>/dev/null
    rm -f "$WORK/nginx.pid"
}
