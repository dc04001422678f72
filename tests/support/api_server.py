"""Shared by the API tests: a store built from examples/ plus the API fixture graphs, and the
real server (`kg serve`, uvicorn on 127.0.0.1 at a free port) running over it."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import httpx
import pytest

from support.processes import live_children
from support.project import FIXTURES, ROOT
from support.stores import examples_store, session_folder

FIXTURE = FIXTURES / "api_store.trig"
TOKEN = "kiểm-thử-token-🔑".encode().hex()


def build_store(path: Path) -> Path:
    """examples/ through the real pipeline, then the hand-written fixture graphs, loaded as
    `kg load` does (the summary graph recomputed after). Built once a session and copied to
    `path`, so each caller has a store of its own to write."""
    shutil.copytree(_built_store(), path)
    return path


@cache
def _built_store() -> Path:
    from kg.store import OxigraphStore
    from kg.summary import rebuild

    path = examples_store(session_folder("kg-api-store-") / "kg")
    store = OxigraphStore(path)
    with FIXTURE.open("rb") as data:
        store.load(data, "trig")
    rebuild(store)
    store.close()
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    url: str
    process: subprocess.Popen[bytes]

    def worker_pids(self) -> set[int]:
        """The SPARQL query workers: children of the server running api.sparql_runner."""
        return live_children(self.process.pid, b"api.sparql_runner")


def start_server(store: Path, *options: str, **env: str) -> Iterator[Server]:
    """`kg serve` with `options` and `env`. Tests send many queries at once from one address,
    so the per-client query limit is off unless `env` sets it."""
    port = free_port()
    full_env = {
        **os.environ,
        "KG_STORE": str(store),
        "KG_API_TOKEN": TOKEN,
        "KG_CLIENT_QUERIES": "0",
        **env,
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--host", "127.0.0.1", "--port", str(port), *options],
        cwd=ROOT,
        env=full_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"the server did not start: {process.stderr.read().decode()}")
        try:
            if httpx.get(f"{url}/openapi.json", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            process.kill()
            raise RuntimeError("the server did not answer within 60 s")
        time.sleep(0.2)
    try:
        yield Server(url, process)
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def start_server_on_new_store(
    tmp_path_factory: pytest.TempPathFactory, name: str, *options: str, **env: str
) -> Iterator[Server]:
    """`start_server` over a store of its own, built by `build_store` in a new temporary
    directory `name`, so no other server's settings or writes reach it."""
    yield from start_server(build_store(tmp_path_factory.mktemp(name) / "kg"), *options, **env)
