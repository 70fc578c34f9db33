"""Reviews (issue 18): an analyst confirms, rejects or edits an event; runs never overwrite it.

A review is a row in `reviews` (schema migration 2), never an edit of `events`: a re-run
re-merges events from their mentions and the events are read through `events_view()`, which
lays the latest review of each event over the machine's values. When a re-merge gives a
reviewed event a new id (a new article added an actor, say), `reconcile_reviews` finds it again
by its source sentences and moves the review to it; when the evidence behind a reviewed event
changed, it says so.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import duckdb

from frontlog.records import Place, stable_id

STATUSES = ("confirmed", "rejected", "edited")
REGROUPS = ("merged", "split")  # merge and split rows (frontlog.store.structure): not verdicts
# Event columns a review may change, with their SQL types (the rest are VARCHAR).
EDITABLE = ("event_type", "sub_event_type", "actor1", "actor2", "event_date", "date_precision", "fatalities",
            "location_name", "geonameid", "latitude", "longitude", "country", "admin1", "geo_precision")  # fmt: skip
_SQL_TYPES = {"fatalities": "INTEGER", "geonameid": "BIGINT", "latitude": "DOUBLE", "longitude": "DOUBLE"}
# The keys a review's `changes` may hold (what the web form and the API take).
CHANGE_KEYS = ("event_type", "sub_event_type", "actor1", "actor2", "event_date", "fatalities", "place")
MAX_TEXT = 2000  # characters of a note or an actor name
CURRENT = """(SELECT * FROM reviews WHERE status IN ('confirmed', 'rejected', 'edited')
              QUALIFY row_number() OVER (PARTITION BY event_id ORDER BY reviewed_at DESC, review_id DESC) = 1)"""


# The latest row of each event, verdict or not: what a re-merge moves to the event's new id.
LATEST = """(SELECT * FROM reviews
             QUALIFY row_number() OVER (PARTITION BY event_id ORDER BY reviewed_at DESC, review_id DESC) = 1)"""


class ReviewError(ValueError):
    """A review that cannot be stored (unknown event, bad status or change), with the reason."""


def events_view() -> str:
    """SQL for the events table with each event's latest review applied, plus `review_status`: the
    latest verdict, else `merged` or `split` when an analyst regrouped the event's sources."""
    over = ", ".join(
        f"CASE WHEN json_exists(r.changes, '$.{c}') "
        f"THEN CAST(json_extract_string(r.changes, '$.{c}') AS {_SQL_TYPES.get(c, 'VARCHAR')}) ELSE e.{c} END AS {c}"
        for c in EDITABLE
    )
    # ACLED's names and codes follow the canonical actors: an edited actor clears them (re-derived on export)
    acled = ", ".join(
        f"CASE WHEN json_exists(r.changes, '$.actor1') OR json_exists(r.changes, '$.actor2') THEN NULL ELSE e.{c} END AS {c}"
        for c in ("actor1_acled", "actor2_acled", "inter1", "inter2", "interaction")
    )
    # a region-level event's seat (ACLED's point) follows the place: an edited place clears it
    seat = ", ".join(
        f"CASE WHEN json_exists(r.changes, '$.location_name') THEN NULL ELSE e.{c} END AS {c}"
        for c in ("seat_name", "seat_geonameid", "seat_latitude", "seat_longitude")
    )
    from frontlog.store.structure import ACTIVE

    regrouped = f"""(SELECT event_id, status FROM {ACTIVE} a
                    QUALIFY row_number() OVER (PARTITION BY event_id ORDER BY reviewed_at DESC, review_id DESC) = 1)"""
    return (f"(SELECT e.* REPLACE ({over}, {acled}, {seat}), coalesce(r.status, g.status) AS review_status FROM events e "
            f"LEFT JOIN {CURRENT} r USING (event_id) LEFT JOIN {regrouped} g USING (event_id))")


@dataclass(frozen=True, slots=True)
class Review:
    review_id: str
    event_id: str
    reviewed_event_id: str
    status: str
    changes: dict[str, Any]
    note: str | None
    who: str | None
    reviewed_at: str
    evidence_changed: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "review_id": self.review_id, "event_id": self.event_id, "reviewed_event_id": self.reviewed_event_id,
            "status": self.status, "changes": self.changes, "note": self.note, "who": self.who,
            "when": self.reviewed_at, "evidence_changed": self.evidence_changed,
        }  # fmt: skip


def source_keys(con: duckdb.DuckDBPyConnection, event_id: str) -> list[list[Any]]:
    rows = con.execute(
        "SELECT doc_id, start FROM event_sources WHERE event_id = ? ORDER BY doc_id, start", [event_id]
    ).fetchall()
    return [[d, s] for d, s in rows]


def _evidence(keys: Sequence[Sequence[Any]]) -> str:
    return stable_id(*(f"{d}:{s}" for d, s in keys)) if keys else ""


def reviews_of(con: duckdb.DuckDBPyConnection, event_id: str) -> list[Review]:
    """Every review of an event, newest first (the first one applies)."""
    rows = con.execute(
        """SELECT review_id, event_id, reviewed_event_id, status, changes, note, who,
                  strftime(reviewed_at, '%Y-%m-%dT%H:%M:%SZ'), evidence
           FROM reviews WHERE event_id = ? ORDER BY reviewed_at DESC, review_id DESC""",
        [event_id],
    ).fetchall()
    now = _evidence(source_keys(con, event_id)) if rows else ""
    return [
        Review(r[0], r[1], r[2], r[3], json.loads(r[4] or "{}"), r[5], r[6], r[7], bool(r[8]) and r[8] != now)
        for r in rows
    ]


PlaceResolver = Callable[[Any], Place]


def check_changes(changes: dict[str, Any], resolve_place: PlaceResolver | None) -> dict[str, Any]:
    """A review's changes, checked, as event columns ({"place": "Aleppo"} -> location columns)."""
    from frontlog.events.lexicon import EVENT_TYPE
    from frontlog.export.checks import OptionError, check_date

    unknown = sorted(set(changes) - set(CHANGE_KEYS))
    if unknown:
        raise ReviewError(f"cannot change {', '.join(unknown)}; a review changes {', '.join(CHANGE_KEYS)}")
    cols: dict[str, Any] = {}
    if "sub_event_type" in changes:
        sub = changes["sub_event_type"]
        if sub not in EVENT_TYPE:
            raise ReviewError(f"unknown sub_event_type {sub!r}; use one of {', '.join(sorted(EVENT_TYPE))}")
        cols["sub_event_type"], cols["event_type"] = sub, EVENT_TYPE[sub]
    elif "event_type" in changes:
        if changes["event_type"] not in set(EVENT_TYPE.values()):
            raise ReviewError(f"unknown event_type {changes['event_type']!r}")
        cols["event_type"] = changes["event_type"]
    for key in ("actor1", "actor2"):
        if key in changes:
            value = changes[key]
            if value is not None and (not isinstance(value, str) or len(value) > MAX_TEXT):
                raise ReviewError(f"{key} is a name of at most {MAX_TEXT} characters, or null")
            cols[key] = value.strip() or None if isinstance(value, str) else None
    if "event_date" in changes:
        try:
            day = check_date("event_date", str(changes["event_date"]))
        except OptionError as exc:
            raise ReviewError(str(exc)) from exc
        cols["event_date"], cols["date_precision"] = day, {4: "year", 7: "month"}.get(len(day), "day")
    if "fatalities" in changes:
        n = changes["fatalities"]
        if n is not None and (isinstance(n, bool) or not isinstance(n, int) or not 0 <= n <= 1_000_000):
            raise ReviewError("fatalities is a whole number from 0 to 1,000,000, or null")
        cols["fatalities"] = n
    if "place" in changes:
        if resolve_place is None:
            raise ReviewError("places cannot be changed here")
        try:
            p = resolve_place(changes["place"])
        except ValueError as exc:
            raise ReviewError(str(exc)) from exc
        cols.update({"location_name": p.name, "geonameid": p.geonameid, "latitude": p.lat, "longitude": p.lon,
                     "country": p.country, "admin1": p.admin1, "geo_precision": p.precision})  # fmt: skip
    return cols


def check_review(con: duckdb.DuckDBPyConnection, event_id: str, *, status: str,
                 changes: dict[str, Any] | None = None, note: str | None = None,
                 resolve_place: PlaceResolver | None = None) -> dict[str, Any]:  # fmt: skip
    """The checked changes of a verdict, as event columns (ReviewError with the reason); reads only."""
    if status not in STATUSES:
        raise ReviewError(f"status is one of {', '.join(STATUSES)}, not {status!r}")
    if note is not None and len(note) > MAX_TEXT:
        raise ReviewError(f"a note is at most {MAX_TEXT} characters")
    if not con.execute("SELECT 1 FROM events WHERE event_id = ?", [event_id]).fetchone():
        raise ReviewError(f"no event {event_id}")
    cols = check_changes(changes or {}, resolve_place)
    if status == "edited" and not cols:
        raise ReviewError("an edit changes at least one field")
    return cols


def add_review(con: duckdb.DuckDBPyConnection, event_id: str, *, status: str, changes: dict[str, Any] | None = None,
               note: str | None = None, who: str | None = None, resolve_place: PlaceResolver | None = None,
               when: datetime | None = None, review_id: str | None = None) -> Review:  # fmt: skip
    """Store a verdict on an event; earlier changes carry over unless changed again. `when` and
    `review_id`: a queued review's (frontlog.store.pending); a review id stored already is kept."""
    cols = check_review(con, event_id, status=status, changes=changes, note=note, resolve_place=resolve_place)
    earlier = [r for r in reviews_of(con, event_id) if r.status in STATUSES]
    merged = {**(earlier[0].changes if earlier else {}), **cols}
    keys = source_keys(con, event_id)
    when = when or datetime.now(UTC).replace(tzinfo=None)
    review_id = review_id or stable_id("review", event_id, when.isoformat(), status, json.dumps(merged, sort_keys=True))
    con.execute(
        "INSERT OR IGNORE INTO reviews VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [review_id, event_id, event_id, status, json.dumps(merged, ensure_ascii=False), note, who, when,
         json.dumps(keys), _evidence(keys), _evidence(keys)],
    )  # fmt: skip
    return next(r for r in reviews_of(con, event_id) if r.review_id == review_id)


def verdict(history: Sequence[Review]) -> Review | None:
    """The review that applies (the latest confirm, reject or edit), else the latest merge or split."""
    return next((r for r in history if r.status in STATUSES), history[0] if history else None)


def machine_values(con: duckdb.DuckDBPyConnection, event_id: str) -> dict[str, Any]:
    """The machine's values of the editable fields of an event (before any review)."""
    cur = con.execute(f"SELECT {', '.join(EDITABLE)} FROM events WHERE event_id = ?", [event_id])
    row = cur.fetchone()
    return dict(zip(EDITABLE, row, strict=True)) if row else {}


def reconcile_reviews(con: duckdb.DuckDBPyConnection) -> list[str]:
    """After a re-merge: move reviews whose event got a new id to the event that now holds their
    sources; return one line per moved review, per reviewed event whose evidence changed since
    the last run, and per review whose sentences no event holds any more (said once)."""
    notes: list[str] = []
    current = con.execute(
        f"SELECT event_id, sources, evidence_seen FROM {LATEST} r ORDER BY event_id"
    ).fetchall()
    from frontlog.store.structure import merged_away

    folded = merged_away(con)
    for event_id, sources, seen in current:
        if event_id in folded:  # merged into another event: its reviews stay with its id, as history
            continue
        exists = con.execute("SELECT 1 FROM events WHERE event_id = ?", [event_id]).fetchone()
        target = event_id if exists else _successor(con, json.loads(sources or "[]"))
        if target is None:
            if seen != "gone":
                notes.append(
                    f"reviewed event {event_id}: no event holds its source sentences any more (review kept)"
                )
                con.execute("UPDATE reviews SET evidence_seen = 'gone' WHERE event_id = ?", [event_id])
            continue
        if target != event_id:
            con.execute("UPDATE reviews SET event_id = ? WHERE event_id = ?", [target, event_id])
            notes.append(f"reviewed event {event_id} is now {target} (re-merged); its review moved with it")
        notes += _evidence_notes(con, target)
    return notes


def _evidence_notes(con: duckdb.DuckDBPyConnection, event_id: str) -> list[str]:
    """Whether the sentences behind an event's verdict changed since the review (said once)."""
    row = con.execute(f"SELECT evidence, evidence_seen FROM {CURRENT} r WHERE event_id = ?", [event_id]).fetchone()
    if row is None:
        return []
    now = _evidence(source_keys(con, event_id))
    if now == row[1]:
        return []
    con.execute(f"UPDATE reviews SET evidence_seen = ? WHERE event_id = ? AND status IN {STATUSES}", [now, event_id])
    return [f"reviewed event {event_id}: its evidence changed since the review"] if now != row[0] else []


def _successor(con: duckdb.DuckDBPyConnection, keys: list[list[Any]]) -> str | None:
    """The event holding most of these (doc_id, start) sentences, if any."""
    if not keys:
        return None
    row = con.execute(
        """SELECT event_id FROM event_sources s JOIN (SELECT unnest(?) AS d, unnest(?) AS st) k
           ON s.doc_id = k.d AND s.start = k.st GROUP BY event_id ORDER BY count(*) DESC, event_id LIMIT 1""",
        [[k[0] for k in keys], [k[1] for k in keys]],
    ).fetchone()
    return str(row[0]) if row else None
