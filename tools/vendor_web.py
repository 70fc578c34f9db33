"""Vendor the web view's front-end packages from npm into frontlog/web/static/vendor/.

Run by `make install`: `npm ci` in tools/web (versions pinned by package-lock.json), then the
files the page uses are copied. Nothing is fetched when the page is served.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WEB = ROOT / "tools" / "web"
DEST = ROOT / "frontlog" / "web" / "static" / "vendor"
FILES = {
    "leaflet/dist/leaflet.js": "leaflet.js",
    "leaflet/dist/leaflet.css": "leaflet.css",
    "leaflet/dist/images": "images",
    "leaflet/LICENSE": "LICENSE.leaflet",
    "leaflet.markercluster/dist/leaflet.markercluster.js": "leaflet.markercluster.js",
    "leaflet.markercluster/dist/MarkerCluster.css": "MarkerCluster.css",
    "leaflet.markercluster/dist/MarkerCluster.Default.css": "MarkerCluster.Default.css",
    "leaflet.markercluster/MIT-LICENCE.txt": "LICENSE.markercluster",
    "topojson-client/dist/topojson-client.min.js": "topojson-client.min.js",
    "topojson-client/LICENSE": "LICENSE.topojson-client",
    "world-atlas/countries-50m.json": "countries-50m.json",
    "world-atlas/LICENSE": "LICENSE.world-atlas",
    # /docs (the OpenAPI page) without a CDN
    "swagger-ui-dist/swagger-ui-bundle.js": "swagger-ui-bundle.js",
    "swagger-ui-dist/swagger-ui.css": "swagger-ui.css",
    "swagger-ui-dist/LICENSE": "LICENSE.swagger-ui",
    "swagger-ui-dist/NOTICE": "NOTICE.swagger-ui",
}


def main() -> int:
    npm = shutil.which("npm")
    if npm is None:
        print(
            "vendor_web: npm not found; the web view needs Node.js and npm (apt-get install npm)",
            file=sys.stderr,
        )
        return 1
    # No install scripts: none of these packages needs one, and swagger-ui-dist's dependency
    # @scarf/scarf would report the install to its analytics service.
    env = dict(os.environ, SCARF_ANALYTICS="false")
    subprocess.run([npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--silent"], cwd=WEB, check=True, env=env)
    DEST.mkdir(parents=True, exist_ok=True)
    for src, name in FILES.items():
        path = WEB / "node_modules" / src
        target = DEST / name
        if path.is_dir():
            shutil.copytree(path, target, dirs_exist_ok=True)
        else:
            shutil.copy2(path, target)
    print(f"vendor_web: {len(FILES)} files -> {DEST}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
