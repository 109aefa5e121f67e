#!/usr/bin/env bash
# Whole-process benchmarks of cheese against the reference tools, in one run (SPEC §9).
#
#   bench/run.sh [sign|startup|listen|trigger|all]
#
# Needs: openssl, and for listen/trigger: nginx and wrk (Debian packages). Everything runs on
# loopback and stops by itself. Prints a table per section; paste it into the issue note.
set -euo pipefail
cd "$(dirname "$0")/.."

what="${1:-all}"
work=$(mktemp -d)
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

cargo build --release --quiet --locked
cheese="$PWD/target/release/cheese"
secret="whsec_bench_0123456789"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
words_median() { tr ' ' '\n' <<< "$1" | grep . | median; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.3f\n", b - a}'; }

bench_sign() {
    local file="$work/big.bin" runs=5
    echo "== sign: HMAC-SHA256 of a 512 MiB file, median of $runs (seconds)"
    head -c $((512 * 1024 * 1024)) /dev/urandom > "$file"
    local c_times=() o_times=() a b
    for _ in $(seq $runs); do
        a=$(now); "$cheese" sign --secret "$secret" "$file" > "$work/c.out"; b=$(now)
        c_times+=("$(elapsed "$a" "$b")")
        a=$(now); openssl dgst -sha256 -hmac "$secret" -r "$file" > "$work/o.out"; b=$(now)
        o_times+=("$(elapsed "$a" "$b")")
    done
    [ "$(cut -d' ' -f1 "$work/o.out")" = "$(cat "$work/c.out")" ] || { echo "bench: digests differ" >&2; exit 1; }
    local cm om
    cm=$(printf '%s\n' "${c_times[@]}" | median)
    om=$(printf '%s\n' "${o_times[@]}" | median)
    printf '  %-28s %8s s   runs: %s\n' "cheese sign" "$cm" "${c_times[*]}"
    printf '  %-28s %8s s   runs: %s\n' "openssl dgst -sha256 -hmac" "$om" "${o_times[*]}"
    awk -v c="$cm" -v o="$om" 'BEGIN {printf "  cheese speed = %.3f x openssl (target >= 0.95)\n", o / c}'
    local rss
    rss=$( { /usr/bin/time -f '%M' "$cheese" sign --secret "$secret" "$file" > /dev/null; } 2>&1 | tail -1 || true)
    [ -n "$rss" ] && echo "  cheese sign max RSS: ${rss} KiB (streaming: flat whatever the file size)"
    rm -f "$file"
}

bench_startup() {
    local runs=200 a b
    echo "== start-up: sign a 13-byte body, $runs runs (ms per run)"
    printf 'Hello, World!' > "$work/small"
    a=$(now); for _ in $(seq $runs); do "$cheese" sign --secret "$secret" "$work/small" > /dev/null; done; b=$(now)
    awk -v t="$(elapsed "$a" "$b")" -v n=$runs 'BEGIN {printf "  %-28s %8.2f ms\n", "cheese sign", t * 1000 / n}'
    a=$(now); for _ in $(seq $runs); do openssl dgst -sha256 -hmac "$secret" "$work/small" > /dev/null; done; b=$(now)
    awk -v t="$(elapsed "$a" "$b")" -v n=$runs 'BEGIN {printf "  %-28s %8.2f ms\n", "openssl dgst", t * 1000 / n}'
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# One nginx process per role, so the proxy is a separate process from the app, as cheese is
# (with one worker serving both, a proxied request never leaves that process).
nginx_instance() { # name server-block
    local dir="$work/nginx-$1"
    mkdir -p "$dir/logs"
    cat > "$dir/nginx.conf" <<CONF
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/logs/error.log crit;
events { worker_connections 4096; }
http {
    access_log off;
    keepalive_requests 1000000;
    client_body_temp_path $dir/body;
    proxy_temp_path $dir/proxy;
    $2
}
CONF
    nginx -c "$dir/nginx.conf" -p "$dir" -g 'daemon off;' &
    pids+=($!)
}

start_nginx() { # app_port proxy_port
    nginx_instance app "server { listen 127.0.0.1:$1; location / { return 200 \"ok\\n\"; } }"
    nginx_instance proxy "upstream app { server 127.0.0.1:$1; keepalive 128; }
    server {
        listen 127.0.0.1:$2;
        location / { proxy_pass http://app; proxy_http_version 1.1; proxy_set_header Connection \"\"; }
    }"
}

wait_port() { local _; for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.05; done; return 1; }

wrk_post_script() { # body_file signature
    cat > "$work/post.lua" <<LUA
local f = io.open("$1", "rb"); local body = f:read("*a"); f:close()
wrk.method = "POST"
wrk.body = body
wrk.headers["Content-Type"] = "application/json"
wrk.headers["User-Agent"] = "CheeseStore-Webhooks/2.0"
wrk.headers["X-Cheese-Signature"] = "$2"
LUA
}

wrk_rps() { grep 'Requests/sec' | awk '{print $2}'; }
wrk_p50() { grep -E '^ +50%' | awk '{print $2}'; }

bench_listen() {
    if ! command -v nginx >/dev/null || ! command -v wrk >/dev/null; then echo "== listen: skipped (needs nginx and wrk)"; return; fi
    local app proxy listen dur=5
    app=$(free_port); proxy=$(free_port); listen=$(free_port)
    start_nginx "$app" "$proxy"
    wait_port "$app"; wait_port "$proxy"
    python3 - "$work/body.json" <<'PY'
import json, sys
data = {"order_id": "ord_gouda_4d5e6f", "note": "x" * 860}
body = json.dumps({"id": "evt_bench", "type": "order.placed", "created_at": "2024-03-15T14:30:00Z", "data": data}, separators=(",", ":"))
open(sys.argv[1], "w").write(body)
PY
    local sig
    sig=$("$cheese" sign --secret "$secret" "$work/body.json")
    wrk_post_script "$work/body.json" "$sig"
    "$cheese" listen --port "$listen" --forward "127.0.0.1:$app" --secret "$secret" > "$work/listen.out" 2> "$work/listen.err" &
    local lpid=$!
    pids+=("$lpid")
    wait_port "$listen"
    local rounds=3
    echo "== listen: 1 KiB signed POST, verification on, output to a file (wrk ${dur}s per figure, median of $rounds alternating rounds)"
    local names=("app direct (nginx)" "nginx reverse proxy" "cheese listen --forward")
    local ports=("$app" "$proxy" "$listen")
    local -a rps_runs=("" "" "") p50_runs=("" "" "")
    local round i rps p50
    for round in $(seq $rounds); do
        for i in 0 1 2; do
            rps=$(wrk -t2 -c64 -d"${dur}s" -s "$work/post.lua" "http://127.0.0.1:${ports[$i]}/webhooks" | wrk_rps)
            p50=$(wrk -t1 -c1 -d"${dur}s" --latency -s "$work/post.lua" "http://127.0.0.1:${ports[$i]}/webhooks" | wrk_p50)
            rps_runs[i]+="$rps "
            p50_runs[i]+="${p50%us} "
        done
        echo "  round $round done" >&2
    done
    printf '  %-26s %12s %10s   %s\n' "target" "req/s (64c)" "p50 (1c)" "runs (req/s | p50 us)"
    for i in 0 1 2; do
        printf '  %-26s %12s %8sus   %s| %s\n' "${names[$i]}" \
            "$(words_median "${rps_runs[$i]}")" "$(words_median "${p50_runs[$i]}")" \
            "${rps_runs[$i]}" "${p50_runs[$i]}"
    done
    echo "  cheese listen max RSS: $(awk '/VmHWM/ {print $2, $3}' "/proc/$lpid/status")"
    kill -TERM "$lpid"; wait "$lpid" 2>/dev/null || true
}

bench_trigger() {
    if ! command -v nginx >/dev/null || ! command -v wrk >/dev/null; then echo "== trigger: skipped (needs nginx and wrk)"; return; fi
    if ! "$cheese" trigger --help | grep -q -- '--count'; then
        echo "== trigger: skipped (trigger --count is not built yet)"; return
    fi
    local app proxy
    app=$(free_port); proxy=$(free_port)
    start_nginx "$app" "$proxy"; wait_port "$app"
    local a b
    echo "== trigger --count 10000 against nginx"
    a=$(now); "$cheese" trigger order.placed --count 10000 --concurrency 64 --to "127.0.0.1:$app" --secret "$secret" > /dev/null; b=$(now)
    awk -v t="$(elapsed "$a" "$b")" 'BEGIN {printf "  %-20s %10.0f req/s\n", "cheese trigger", 10000 / t}'
    "$cheese" events sample order.placed > "$work/placed.json"
    wrk_post_script "$work/placed.json" "$("$cheese" sign --secret "$secret" "$work/placed.json")"
    printf '  %-20s %10s req/s\n' "wrk (same request)" "$(wrk -t2 -c64 -d10s -s "$work/post.lua" "http://127.0.0.1:$app/" | wrk_rps)"
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)"
case "$what" in
    sign) bench_sign ;;
    startup) bench_startup ;;
    listen) bench_listen ;;
    trigger) bench_trigger ;;
    all) bench_sign; bench_startup; bench_listen; bench_trigger ;;
    *) echo "usage: bench/run.sh [sign|startup|listen|trigger|all]" >&2; exit 2 ;;
esac
