#!/usr/bin/env bash
# A throwaway PostgreSQL for the collector's tests (Debian's package, no service
# manager needed): its own cluster in a temp folder owned by the postgres user,
# listening on 127.0.0.1 only.
#
#   export TEST_POSTGRES_URL="$(bash scripts/postgres-for-tests.sh start)"
#   ...
#   bash scripts/postgres-for-tests.sh stop
#
# `start` installs the `postgresql` package when it is missing (needs root),
# starts the cluster (or finds it already running) and prints only the
# connection URL on stdout; everything else goes to stderr. `stop` stops the
# cluster and removes its folder. Settings: PG_FOR_TESTS_DIR (default
# /tmp/cookie-consent-postgres), PG_FOR_TESTS_PORT (default 55432).
set -euo pipefail

mode="${1:-start}"
dir="${PG_FOR_TESTS_DIR:-/tmp/cookie-consent-postgres}"
port="${PG_FOR_TESTS_PORT:-55432}"
database=cookie_consent_test
say() { echo "postgres-for-tests: $*" >&2; }

find_bin() {
  local found
  found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  [ -n "$found" ] && [ -x "$found/initdb" ] && echo "$found"
}

# Commands run as the postgres user: PostgreSQL refuses to run as root.
as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

url() { echo "postgres://collector:$(cat "$dir/password")@127.0.0.1:$port/$database"; }

start() {
  local bin
  bin="$(find_bin || true)"
  if [ -z "$bin" ]; then
    say "installing Debian's postgresql package"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >/dev/null
    bin="$(find_bin)"
  fi

  if [ -f "$dir/data/postmaster.pid" ] && as_postgres "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    say "already running in $dir"
    url
    return
  fi

  rm -rf "$dir"
  mkdir -p "$dir"
  # A fresh random password each start, so the throwaway cluster is not open to other local users.
  head -c 18 /dev/urandom | base64 | tr '+/' '-_' >"$dir/password"
  chmod 600 "$dir/password"
  if [ "$(id -u)" = 0 ]; then chown -R postgres:postgres "$dir"; fi

  say "initdb in $dir/data"
  as_postgres "$bin/initdb" -D "$dir/data" -U collector --pwfile="$dir/password" \
    --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }

  say "starting on 127.0.0.1:$port"
  as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c max_connections=50" start >&2 \
    || { cat "$dir/server.log" >&2; exit 1; }

  PGPASSWORD="$(cat "$dir/password")" as_postgres "$bin/createdb" -h 127.0.0.1 -p "$port" -U collector "$database"
  url
}

stop() {
  local bin
  bin="$(find_bin || true)"
  if [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ]; then
    say "stopping the cluster in $dir"
    as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
  fi
  rm -rf "$dir"
}

case "$mode" in
  start) start ;;
  stop) stop ;;
  url) url ;;
  *) say "usage: $0 start|stop|url"; exit 2 ;;
esac
