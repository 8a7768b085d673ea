#!/usr/bin/env bash
# `npm run bench:server`: 20 and 200 concurrent reporters on PGlite, then on a throwaway PostgreSQL — one JSON line
# each (throughput, p50/p95/p99, lost writes, load average). With arguments (`-- --reporters 50`) one PGlite run.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ $# -gt 0 ]]; then exec node tests/bench-server.mjs "$@"; fi
status=0
for n in 20 200; do TEST_DATABASE_URL= DATABASE_URL= node tests/bench-server.mjs --reporters "$n" || status=1; done
for n in 20 200; do bash tests/with-postgres.sh node tests/bench-server.mjs --reporters "$n" || status=1; done
exit $status
