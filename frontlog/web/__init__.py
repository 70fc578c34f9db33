"""The local web view: a FastAPI app over the store's read functions, and one static page.

Routes call the same read functions as the exports (frontlog.export); no SQL here. Article text
is untrusted: the page renders every field as text, never as HTML.
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from frontlog import __version__
from frontlog.store import Store, StoreError
from frontlog.web.analysis_api import add_analysis_routes
from frontlog.web.read_api import add_read_routes
from frontlog.web.review_api import add_review_routes
from frontlog.web.security import GuardMiddleware, allowed_hosts
from frontlog.web.snapshot import StoreSnapshot

STATIC = Path(str(resources.files("frontlog.web") / "static"))


def create_app(db: str | Path, *, bind: str = "127.0.0.1", allow_hosts: Iterable[str] = ()) -> FastAPI:
    """The web view over the store at `db`, read through a snapshot (frontlog.web.snapshot).

    `bind` is the address served: requests whose Host header names another are refused
    (frontlog.web.security); `allow_hosts` adds names (a reverse proxy's, a wildcard bind's).
    """
    app = FastAPI(
        title="frontlog",
        version=__version__,
        description="Events, places and the front-line timeline of a frontlog store.",
        docs_url=None,  # /docs is served below from the vendored swagger-ui-dist (no CDN)
        redoc_url=None,
    )
    app.add_middleware(GuardMiddleware, hosts=allowed_hosts(bind, allow_hosts), extra=allow_hosts)
    snapshot = StoreSnapshot(db)
    app.state.snapshot = snapshot

    def store() -> Store:
        try:
            return snapshot.open()
        except StoreError as exc:
            raise HTTPException(503, detail=str(exc)) from exc

    @app.exception_handler(RequestValidationError)
    async def bad_request(_: Request, exc: RequestValidationError) -> JSONResponse:
        parts = [f"{'.'.join(str(x) for x in e['loc'][1:])}: {e['msg']}" for e in exc.errors()]
        return JSONResponse({"detail": "; ".join(parts) or "bad request"}, status_code=400)

    add_read_routes(app, snapshot, store)
    add_review_routes(app, snapshot, store)
    add_analysis_routes(app, store)

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(STATIC / "docs.html", media_type="text/html")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    # follow_symlink: a development checkout may link vendor/ to another checkout's (paths are
    # still normalised and kept inside static/: no "..").
    app.mount("/static", StaticFiles(directory=STATIC, follow_symlink=True), name="static")
    return app
