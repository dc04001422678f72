"""The Virtuoso server `bench/stores.py` measures, driven through `isql-vt` and the state file
ci/virtuoso/start.sh writes (its folder and process): its bulk loader, emptying it, its CPU
time and peak memory, and restarting it after a load.

Virtuoso chooses a join order from samples of its indexes taken when it first compiles a query
on them and kept until the server stops (bench/README.md, "Virtuoso's join order kept"): queried
right after a bulk load, it plans with samples of the store before the load (empty, or what the
tests left), and some plans read every quad of a predicate per row. docs/deploy.md tells users
to restart the server after a bulk load; the benchmark does the same before timing."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

VIRTUOSO_STATE = Path(os.environ.get("KG_VIRTUOSO_STATE", "/tmp/cand-kg-virtuoso.state"))


def state() -> dict[str, str]:
    """The state file's `key=value` lines: `dir`, the server's folder, and `pid`."""
    try:
        return dict(line.split("=", 1) for line in VIRTUOSO_STATE.read_text().split())
    except (OSError, ValueError):
        return {}


def cpu_s() -> float | None:
    """The server's CPU seconds so far (counted in clock ticks), if the state file names it."""
    try:
        fields = Path(f"/proc/{state()['pid']}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, KeyError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def peak_mb() -> float | None:
    """The server's peak resident memory."""
    try:
        status = Path(f"/proc/{state()['pid']}/status").read_text()
    except (OSError, KeyError):
        return None
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return None


def folder() -> Path | None:
    """The server's database folder, if the state file names it."""
    found = state().get("dir")
    return Path(found) if found else None


def isql(address: str, script: str) -> str:
    """Run an SQL script as dba (password in KG_VIRTUOSO_DBA_PASSWORD, default dba)."""
    password = os.environ.get("KG_VIRTUOSO_DBA_PASSWORD", "dba")
    done = subprocess.run(
        ["isql-vt", address, "dba", password], input=script, capture_output=True, text=True
    )
    if done.returncode != 0 or "*** Error" in done.stdout:
        raise SystemExit(f"isql-vt failed: {done.stdout[-2000:]}{done.stderr[-500:]}")
    return done.stdout


def empty(store, address: str | None) -> None:  # type: ignore[no-untyped-def]
    """Remove the corpus's graphs: one SQL delete through isql at `address` (without the
    transaction log), else one SPARQL update per graph."""
    if address:
        isql(
            address,
            "log_enable(3, 1);\nDELETE FROM DB.DBA.RDF_QUAD WHERE "
            "__ro2sq(id_to_iri(G)) LIKE 'https://w3id.org/cand-kg/%';\ncheckpoint;\n",
        )
        return
    for graph in store.graphs():
        store.drop_graph(graph)


def bulk_load(corpus: Path, address: str) -> None:
    """Virtuoso's own bulk loader (`ld_dir`, `rdf_loader_run`) reading the corpus file from
    disk: the server must list the corpus's directory in `DirsAllowed`."""
    script = (
        f"DELETE FROM DB.DBA.load_list WHERE ll_file LIKE '%{corpus.name}';\n"
        f"ld_dir('{corpus.parent}', '{corpus.name}', 'urn:x-cand-kg:bulk');\n"
        "rdf_loader_run();\ncheckpoint;\n"
        "SELECT 'LOAD-ERROR', ll_file, ll_error FROM DB.DBA.load_list "
        "WHERE ll_error IS NOT NULL;\n"
    )
    out = isql(address, script)
    if "LOAD-ERROR " in out:
        raise SystemExit(f"virtuoso bulk load failed: {out[-2000:]}")


def restart(address: str, wait_s: float = 600.0) -> str | None:
    """Stop the server named by the state file (through isql at `address`) and start it again
    as it was started: its command line, folder and niceness, read from /proc. The state file
    then names the new process. Returns why it could not, or None."""
    pid = state().get("pid")
    proc = Path(f"/proc/{pid}")
    try:
        command = [part.decode() for part in (proc / "cmdline").read_bytes().split(b"\0") if part]
        where = Path(os.readlink(proc / "cwd"))
        niceness = int((proc / "stat").read_text().rsplit(")", 1)[1].split()[16])
    except (OSError, ValueError, IndexError):
        return f"no running server named in {VIRTUOSO_STATE}"
    if "+foreground" not in command:
        return "the server was not started with +foreground (ci/virtuoso/start.sh does)"
    # The connection drops as the server stops: isql's exit status says nothing then.
    subprocess.run(
        ["isql-vt", address, "dba", os.environ.get("KG_VIRTUOSO_DBA_PASSWORD", "dba")],
        input="checkpoint;\nshutdown;\n",
        capture_output=True,
        text=True,
    )
    deadline = time.monotonic() + wait_s
    while _running(proc):
        if time.monotonic() > deadline:
            return f"the server (pid {pid}) did not stop"
        time.sleep(0.5)
    raise_by = max(0, niceness - os.nice(0))
    with (where / "stdout.log").open("ab") as log:
        server = subprocess.Popen(
            ["nice", "-n", str(raise_by), *command],
            cwd=where,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    while subprocess.run(
        ["isql-vt", address, "dba", os.environ.get("KG_VIRTUOSO_DBA_PASSWORD", "dba")],
        input="status();\n",
        capture_output=True,
        text=True,
    ).returncode:
        if time.monotonic() > deadline or server.poll() is not None:
            return "the server did not start again"
        time.sleep(0.5)
    kept = {**state(), "pid": str(server.pid)}
    VIRTUOSO_STATE.write_text("".join(f"{k}={v}\n" for k, v in kept.items()))
    return None


def _running(proc: Path) -> bool:
    try:
        return (proc / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False
