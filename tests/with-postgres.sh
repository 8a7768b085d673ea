#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL cluster: TEST_DATABASE_URL points at it, and it is gone afterwards.
# Usage: bash tests/with-postgres.sh vitest run --project server
# With TEST_DATABASE_URL already set, the command simply runs against that database instead.
set -euo pipefail

if [[ -n "${TEST_DATABASE_URL:-}" ]]; then exec npx "$@"; fi

bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
if [[ -z "$(bin_dir)" ]]; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "+ apt-get install -y postgresql (for the API tests on PostgreSQL)"
    (apt-get install -y -q postgresql >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q postgresql >/dev/null; })
  else
    echo "PostgreSQL is not installed: apt-get install postgresql, or set TEST_DATABASE_URL" >&2
    exit 1
  fi
fi
bin=$(bin_dir)

dir=$(mktemp -d)
port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
# initdb refuses to run as root: as root, the cluster belongs to the postgres user.
as_owner() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [[ $(id -u) -eq 0 ]]; then chown postgres "$dir"; fi

stop() {
  as_owner "$bin/pg_ctl" -D "$dir/data" stop -m fast >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres --no-sync >/dev/null
# Loopback only, a private socket folder, trust auth: a test cluster, never a deployment.
as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null
echo "+ PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (throwaway)"

export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
npx "$@"
