"""The server's guards (issue 16): Host header (DNS rebinding), CSP and nosniff on every
response, a busy port, and a run that writes the store while the page is being read."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from frontlog.cli import app
from frontlog.web import create_app
from frontlog.web.security import allowed_hosts, host_ok
from tests.store.conftest import make_articles
from tests.web.conftest import LOCAL, build_web_store


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_web_store(tmp_path_factory.mktemp("guard"), 3)


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8765", "127.0.0.1.nip.io", "localhost.evil"])
def test_security_foreign_host_is_refused(db: Path, host: str) -> None:
    client = TestClient(create_app(db), base_url=LOCAL)
    for url in ("/", "/api/events", "/api/stats", "/static/app.js"):
        res = client.get(url, headers={"Host": host})
        assert res.status_code == 421, (host, url)
        assert "events" not in res.text
        assert res.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("host", ["127.0.0.1:8765", "localhost:8765", "[::1]:8765", "LOCALHOST"])
def test_security_loopback_hosts_are_served(db: Path, host: str) -> None:
    client = TestClient(create_app(db), base_url=LOCAL)
    assert client.get("/api/stats", headers={"Host": host}).status_code == 200


def test_security_bound_address_and_extra_names() -> None:
    hosts = allowed_hosts("192.168.1.5", ["frontlog.lan"])
    assert host_ok("192.168.1.5:8765", hosts, frozenset()) and host_ok("frontlog.lan", hosts, frozenset())
    assert not host_ok("localhost:8765", hosts, frozenset()) and not host_ok(
        "evil.example", hosts, frozenset()
    )
    anywhere = allowed_hosts("0.0.0.0")
    assert anywhere is None
    assert host_ok("10.0.0.7:8765", anywhere, frozenset()) and not host_ok(
        "evil.example", anywhere, frozenset()
    )
    assert not host_ok(None, hosts, frozenset()) and not host_ok("", anywhere, frozenset())


def test_security_headers_on_every_response(db: Path) -> None:
    client = TestClient(create_app(db), base_url=LOCAL)
    for url in ("/", "/api/events", "/static/app.js", "/api/events/0123456789abcdef", "/nowhere"):
        res = client.get(url)
        csp = res.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp and "object-src 'none'" in csp
        assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
        assert res.headers["x-content-type-options"] == "nosniff"
        assert res.headers["x-frame-options"] == "DENY"


def test_security_serve_on_busy_port_says_so_without_a_url(db: Path) -> None:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen(1)
        port = holder.getsockname()[1]
        result = CliRunner().invoke(app, ["serve", "--db", str(db), "--port", str(port)])
    assert result.exit_code == 2
    assert f"port {port}" in result.output and "already in use" in result.output
    assert "http://" not in result.output


def test_security_run_during_requests_never_finds_the_store_in_use(tmp_path: Path) -> None:
    """A `frontlog run` writes the store while the page is being read: the run succeeds, every
    request is answered, and the server shows the new events once the run has ended."""
    db = build_web_store(tmp_path / "a", 2)
    client = TestClient(create_app(db), base_url=LOCAL)
    before = client.get("/api/stats").json()["counts"]["documents"]
    make_articles(tmp_path / "more", 12, start=40)
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    statuses: list[int] = []
    stop = threading.Event()

    def reload_page() -> None:
        while not stop.is_set():
            for url in ("/api/stats", "/api/events?limit=50", "/api/places"):
                statuses.append(client.get(url).status_code)

    reader = threading.Thread(target=reload_page)
    reader.start()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "frontlog", "run", str(tmp_path / "more"), "--db", str(db), "-q"],
            env=env, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
    finally:
        stop.set()
        reader.join()
    assert proc.returncode == 0, proc.stderr
    assert "in use" not in proc.stderr
    assert len(statuses) > 10 and set(statuses) == {200}
    after = client.get("/api/stats").json()
    assert after["counts"]["documents"] == before + 12 and after["stale"] is False
