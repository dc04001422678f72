#!/usr/bin/env bash
# Stop the Virtuoso started by ci/virtuoso/start.sh and delete its temporary database.
set -euo pipefail
state="${KG_VIRTUOSO_STATE:-/tmp/cand-kg-virtuoso.state}"
[ -f "$state" ] || { echo "no test Virtuoso recorded in $state"; exit 0; }
dir="$(sed -n 's/^dir=//p' "$state")"
pid="$(sed -n 's/^pid=//p' "$state")"
# The lock file names the serving process, should virtuoso-t have forked.
if [ -f "$dir/virtuoso.lck" ]; then
    pid="$(sed -n 's/^VIRT_PID=//p' "$dir/virtuoso.lck")"
fi
# A stale state file may name a pid that now belongs to another program: check its name.
if [ -n "$pid" ] && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = "virtuoso-t" ]; then
    kill "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
fi
case "$dir" in /tmp/cand-kg-virtuoso.*) rm -rf "$dir" ;; esac
rm -f "$state"
echo "Virtuoso stopped"
