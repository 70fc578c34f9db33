"""The point of a district whose own point lies away from its villages (issue 15).

Who's On First's districts (the index's `admin2` rows with no GeoNames id) carry the centre of
their polygon. A large district of desert or mountains has its polygon's centre in empty land, far
from the villages where news and ACLED place its events: Khabb wa ash Sha'af's point (Yemen) is
80 km east of the villages of the index that lie in it. When the district's point lies over
FAR_KM from the mean point of at least MIN_VILLAGES of its villages (the index's towns whose
`admin2` field names it), the district is written at the village nearest that mean point: an
inhabited place in the middle of the district's settled land. A district whose point lies among
its villages keeps it.

Measured offline on ACLED's notes outside Syria and Iraq (session 17, geome; docs/places.md):
the coordinates of the district each note names, within 25 km of ACLED's point, Yemen 1,283 ->
1,296 notes, Afghanistan 227 -> 255, Somalia 179 -> 188, Mali 1 -> 15, Nigeria 505 -> 507; no
country lost any. A looser FAR_KM (10 or 15 km) gained more in Yemen and lost some in Nigeria.
"""

from __future__ import annotations

from dataclasses import replace

from frontlog.places.gazetteer import GazEntry, Gazetteer, distance_km
from frontlog.places.normalize import name_key

FAR_KM = 20.0
MIN_VILLAGES = 3

_Point = tuple[float, float]
# index path -> country -> (region, district key) -> its villages' points
_VILLAGES: dict[str, dict[str, dict[tuple[str, str], list[_Point]]]] = {}


def centred(e: GazEntry, gaz: Gazetteer) -> GazEntry:
    """A district of the index with no GeoNames id at the village nearest the middle of its
    villages when its own point lies over FAR_KM from them (see the module's docstring); any
    other entry as it is."""
    if e.kind != "admin2" or e.gid is not None or not e.admin1:
        return e
    point = village_centre(e, gaz)
    return e if point is None else replace(e, lat=point[0], lon=point[1])


def village_centre(e: GazEntry, gaz: Gazetteer) -> _Point | None:
    """The village nearest the mean point of the district's villages, when there are at least
    MIN_VILLAGES and that mean lies over FAR_KM from the district's own point; else None."""
    points = _villages(gaz, e.cc).get((e.admin1 or "", name_key(e.name)), [])
    if len(points) < MIN_VILLAGES:
        return None
    mean = (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))
    if distance_km(mean, (e.lat, e.lon)) <= FAR_KM:
        return None
    return min(points, key=lambda p: distance_km(p, mean))


def _villages(gaz: Gazetteer, cc: str) -> dict[tuple[str, str], list[_Point]]:
    """The index's towns of one country by their region and the key of the district their row
    names (read once per process, index and country)."""
    index = gaz.index()
    if index is None:
        return {}
    by_country = _VILLAGES.setdefault(str(index.path), {})
    if cc not in by_country:
        out: dict[tuple[str, str], list[_Point]] = {}
        rows = index.conn.execute(
            "SELECT admin1, admin2, lat, lon FROM place WHERE cc = ? AND kind = 'city'"
            " AND admin1 IS NOT NULL AND admin2 IS NOT NULL AND admin2 != ''",
            (cc,),
        )
        for admin1, admin2, lat, lon in rows:
            out.setdefault((admin1, name_key(admin2)), []).append((lat, lon))
        by_country[cc] = out
    return by_country[cc]
