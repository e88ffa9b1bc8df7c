#!/usr/bin/env bash
# A throwaway PostgreSQL server for the store's tests, on 127.0.0.1 and a free port.
#   bash scripts/ci_postgres.sh start DIR   -> installs Debian's postgresql when missing, initialises DIR,
#                                             starts the server, creates a database, prints its URL
#   bash scripts/ci_postgres.sh stop DIR    -> stops that server
set -euo pipefail
action=${1:?usage: ci_postgres.sh start|stop DIR}
dir=${2:?usage: ci_postgres.sh start|stop DIR}

server_bin() {
  local found
  found=$(command -v initdb 2>/dev/null || ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1 || true)
  [ -n "$found" ] && dirname "$(readlink -f "$found")"
}

bin=$(server_bin || true)
if [ -z "$bin" ]; then
  echo "installing postgresql (apt-get)" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  bin=$(server_bin)
fi

# PostgreSQL refuses to run as root: run it as the postgres user (created when missing).
as_owner=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  as_owner=(runuser -u postgres --)
fi

case "$action" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    "${as_owner[@]}" "$bin/initdb" -D "$dir/data" -A trust -U guetteur -E UTF8 >/dev/null
    "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-h 127.0.0.1 -p $port -k $dir" start >/dev/null
    "${as_owner[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U guetteur guetteur_test
    echo "postgresql://guetteur@127.0.0.1:$port/guetteur_test"
    ;;
  stop)
    "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
  *)
    echo "usage: ci_postgres.sh start|stop DIR" >&2
    exit 2
    ;;
esac
