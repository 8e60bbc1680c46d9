#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the db adapter's suite and prints its DATABASE_URL.
# Debian's postgresql package; no systemd: initdb/pg_ctl as the `postgres` user (initdb refuses root),
# listening on 127.0.0.1 only, on a free port. Idempotent: a cluster already running is reused.
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq postgresql >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq postgresql >/dev/null; }
fi
BIN="$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")"
DIR="${XAC_PG_DIR:-/tmp/xac-pg}"
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
if [ -f "$DIR/port" ] && as_pg "'$BIN/pg_ctl' -D '$DIR/data' status" >/dev/null 2>&1; then
  echo "postgresql://postgres@127.0.0.1:$(cat "$DIR/port")/postgres"
  exit 0
fi
mkdir -p "$DIR" && chmod 777 "$DIR" && rm -rf "$DIR/data"
[ "$(id -u)" = 0 ] && chown postgres "$DIR"
PORT="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
as_pg "'$BIN/initdb' -D '$DIR/data' -A trust -U postgres >/dev/null"
as_pg "'$BIN/pg_ctl' -D '$DIR/data' -l '$DIR/log' -w -o \"-c listen_addresses=127.0.0.1 -p $PORT -k '$DIR' -c fsync=off\" start >/dev/null"
echo "$PORT" > "$DIR/port"
echo "postgresql://postgres@127.0.0.1:$PORT/postgres"
