#!/usr/bin/env bash
# Start a throw-away Virtuoso for cand-kg's tests on 127.0.0.1 (SQL 1111, HTTP 8890), with a
# fresh database in a temporary folder and SPARQL update granted to one test user only.
# Prints the environment a test run needs. Stop it with ci/virtuoso/stop.sh.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
state="${KG_VIRTUOSO_STATE:-/tmp/cand-kg-virtuoso.state}"
user="${KG_VIRTUOSO_TEST_USER:-kgtest}"
password="${KG_VIRTUOSO_TEST_PASSWORD:-kgtest-password}"

command -v virtuoso-t >/dev/null || { echo "virtuoso-t not found: apt-get install virtuoso-opensource" >&2; exit 1; }

# The Debian package may start a system instance listening on every interface: stop it.
if [ -x /etc/init.d/virtuoso-opensource-7 ]; then
    /etc/init.d/virtuoso-opensource-7 stop >/dev/null 2>&1 || true
fi
if command -v systemctl >/dev/null && systemctl is-active --quiet virtuoso-opensource-7 2>/dev/null; then
    systemctl stop virtuoso-opensource-7 || true
fi
system_lock=/var/lib/virtuoso-opensource-7/db/virtuoso.lck
if [ -f "$system_lock" ]; then
    pid="$(sed -n 's/^VIRT_PID=//p' "$system_lock")"
    if [ -n "$pid" ] && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = "virtuoso-t" ]; then
        kill "$pid"; sleep 2
    fi
fi
"$here/stop.sh" >/dev/null 2>&1 || true

dir="$(mktemp -d /tmp/cand-kg-virtuoso.XXXXXX)"
cp "$here/virtuoso.ini" "$dir/"
(cd "$dir" && nohup virtuoso-t +configfile virtuoso.ini +foreground >"$dir/stdout.log" 2>&1 &
 echo $! >"$dir/pid")
printf 'dir=%s\npid=%s\n' "$dir" "$(cat "$dir/pid")" >"$state"

isql() { isql-vt 127.0.0.1:1111 dba dba "$@"; }
for _ in $(seq 1 120); do
    if isql exec="status();" >/dev/null 2>&1 && \
       curl -fsS -o /dev/null "http://127.0.0.1:8890/sparql?query=ASK%7B%7D" 2>/dev/null; then
        ready=1; break
    fi
    if ! kill -0 "$(cat "$dir/pid")" 2>/dev/null; then break; fi
    sleep 0.5
done
if [ -n "${ready:-}" ]; then
    # virtuoso-t may fork: the lock file names the process that serves.
    pid="$(sed -n 's/^VIRT_PID=//p' "$dir/virtuoso.lck" 2>/dev/null)"
    [ -n "$pid" ] && printf 'dir=%s\npid=%s\n' "$dir" "$pid" >"$state"
fi
if [ -z "${ready:-}" ]; then
    echo "Virtuoso did not start; its log:" >&2
    tail -n 30 "$dir/virtuoso.log" "$dir/stdout.log" >&2 || true
    exit 1
fi

# Anonymous /sparql stays read-only; the test user writes through the Digest-auth endpoints.
isql <<SQL >"$dir/grants.log" 2>&1
DB.DBA.USER_CREATE('$user', '$password');
GRANT SPARQL_SELECT TO "$user";
GRANT SPARQL_UPDATE TO "$user";
SQL
isql <"$here/private-graphs.sql" >>"$dir/grants.log" 2>&1
isql exec="DB.DBA.RDF_DEFAULT_USER_PERMS_SET('$user', 0, 1);" >>"$dir/grants.log" 2>&1
if grep -q '\*\*\* Error' "$dir/grants.log"; then
    echo "granting the test user failed:" >&2; cat "$dir/grants.log" >&2; exit 1
fi

echo "Virtuoso is up in $dir"
echo "KG_TEST_VIRTUOSO=http://127.0.0.1:8890/sparql-auth"
