"""The web view's guards: the Host header names the address it serves (no DNS rebinding), and
every response carries a Content-Security-Policy and `X-Content-Type-Options: nosniff`.

A DNS-rebinding page (evil.example resolving to 127.0.0.1) can make a local browser send
requests to the server, but with `Host: evil.example`; refusing unknown hosts stops it reading
the store.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from typing import Any

LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
# Scripts and data only from this server; article text is never markup, so nothing inline runs.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-resource-policy", b"same-origin"),
]


def allowed_hosts(bind: str, extra: Iterable[str] = ()) -> frozenset[str] | None:
    """Host names the server answers to when bound to `bind`; None: any IP address, plus this
    machine's names and `extra` (a wildcard bind such as 0.0.0.0)."""
    names = {h.lower().strip("[]") for h in extra}
    if bind in LOOPBACK or bind.startswith("127."):
        return frozenset(LOOPBACK | {bind} | names)
    if bind in ("0.0.0.0", "::", ""):
        return None
    return frozenset({bind.lower().strip("[]")} | names)


def _hostname(header: str) -> str:
    host = header.strip().lower()
    if host.startswith("["):  # [::1]:8765
        return host[1 : host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def host_ok(header: str | None, hosts: frozenset[str] | None, extra: frozenset[str]) -> bool:
    if not header:
        return False
    name = _hostname(header)
    if hosts is not None:
        return name in hosts
    try:
        ipaddress.ip_address(name)
        return True
    except ValueError:
        return name in extra or name in (socket.gethostname().lower(), socket.getfqdn().lower())


class GuardMiddleware:
    """ASGI middleware: 421 for a foreign Host header; security headers on every response."""

    def __init__(self, app: Any, *, hosts: frozenset[str] | None, extra: Iterable[str] = ()) -> None:
        self.app = app
        self.hosts = hosts
        self.extra = frozenset(h.lower() for h in extra)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        header = dict(scope.get("headers") or []).get(b"host", b"").decode("latin-1")

        async def send_guarded(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *HEADERS]
            await send(message)

        origin = dict(scope.get("headers") or []).get(b"origin", b"").decode("latin-1")
        if scope.get("method") not in ("GET", "HEAD", "OPTIONS") and origin and not self._same_origin(origin):
            await self._refuse(send_guarded, 403, b'{"detail":"cross-origin writes are refused"}')
            return
        if not host_ok(header, self.hosts, self.extra):
            body = b'{"detail":"unknown Host header: this server answers only to the address it serves"}'
            await self._refuse(send_guarded, 421, body)
            return
        await self.app(scope, receive, send_guarded)

    def _same_origin(self, origin: str) -> bool:
        """A write's Origin (sent by browsers) must name a host this server answers to."""
        host = origin.split("://", 1)[-1]
        return host_ok(host, self.hosts, self.extra)

    @staticmethod
    async def _refuse(send: Any, status: int, body: bytes) -> None:
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})  # fmt: skip
        await send({"type": "http.response.body", "body": body})
