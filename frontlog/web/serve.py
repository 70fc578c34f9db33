"""Serve the web view: bind the port first (a busy port is one clear error, before any URL is
printed), then run uvicorn on the bound socket."""

from __future__ import annotations

import contextlib
import errno
import socket
from collections.abc import Iterable
from pathlib import Path


class PortInUse(OSError):
    """The address to serve on is taken (another `frontlog serve`, or any other server)."""


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on host:port; PortInUse or OSError with the reason in one line."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # TIME_WAIT only, not a live server
    try:
        sock.bind((host, port))
        sock.listen(128)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise PortInUse(
                f"port {port} on {host} is already in use (another frontlog serve?); choose another with --port"
            ) from exc
        raise OSError(f"cannot serve on {host}:{port}: {exc.strerror or exc}") from exc
    return sock


def serve(sock: socket.socket, db: str | Path, *, bind_host: str, allow_hosts: Iterable[str] = ()) -> None:
    """Run the web view over the store `db` on a socket from `bind` until interrupted."""
    import uvicorn

    from frontlog.store import Store, StoreInUse
    from frontlog.web import create_app

    with contextlib.suppress(StoreInUse):  # bring an older store's schema up to date unless a run holds it
        Store(db, wait=2.0).close()
    app = create_app(db, bind=bind_host, allow_hosts=tuple(allow_hosts))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    try:
        server.run(sockets=[sock])
    finally:
        app.state.snapshot.close()
        sock.close()
