"""Merge and split reviews (issue 18): an analyst merges two events into one or splits a source
sentence off an event. The store keeps the verdict as a row of `reviews` (status `merged` or
`split`) and offers the row-level moves; `frontlog.regroup` applies the rows to the events after
every re-merge (the store knows nothing of how mentions merge).

A merge row sits on the event kept: its `sources` are that event's source sentences when merged,
`changes.merge` the id of the event folded into it and `changes.merged_sources` that event's
sentences (both events are found again by their sentences after a re-merge gives them new ids).
A split row sits on the event the sentence left: `sources` are its other sentences,
`changes.split` the sentence ({doc_id, start}); the new event gets a `split` row of its own
(`changes.split_from`). An undo is a row (status `undone`, `changes.undo`: the merge or split
undone); undone rows are history and no longer applied.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import duckdb

from frontlog.records import Event, Mention, stable_id
from frontlog.store.reviews import MAX_TEXT, ReviewError, _evidence, reviews_of, source_keys
from frontlog.store.rows import event_row, mention_from

Key = tuple[str, int]


@dataclass(frozen=True, slots=True)
class Regroup:
    """One merge or split row, as `frontlog.regroup` applies it."""

    review_id: str
    event_id: str
    status: str  # merged | split
    sources: tuple[Key, ...]  # the kept event's sentences (merge), the other sentences (split)
    other: tuple[Key, ...]  # the folded event's sentences (merge), the split sentence (split)
    seen: str | None  # evidence_seen: 'gone' once the run said that its events vanished
    new_event: bool = False  # the row of an event a split made


def _check_note(note: str | None) -> None:
    if note is not None and len(note) > MAX_TEXT:
        raise ReviewError(f"a note is at most {MAX_TEXT} characters")


def _exists(con: duckdb.DuckDBPyConnection, event_id: str) -> None:
    if not con.execute("SELECT 1 FROM events WHERE event_id = ?", [event_id]).fetchone():
        raise ReviewError(f"no event {event_id}")


def _insert_row(con: duckdb.DuckDBPyConnection, review_id: str, event_id: str, status: str,
                changes: dict[str, Any], note: str | None, who: str | None, when: datetime,
                keys: Sequence[Sequence[Any]], evidence: str) -> None:  # fmt: skip
    con.execute(
        "INSERT OR IGNORE INTO reviews VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [review_id, event_id, event_id, status, json.dumps(changes, ensure_ascii=False), note, who, when,
         json.dumps([list(k) for k in keys]), evidence, evidence],
    )  # fmt: skip


def check_merge(
    con: duckdb.DuckDBPyConnection, event_id: str, other_id: str, *, note: str | None = None
) -> None:
    """ReviewError unless `other_id` can be merged into `event_id`; reads only."""
    _check_note(note)
    if event_id == other_id:
        raise ReviewError("an event cannot be merged with itself")
    _exists(con, event_id)
    _exists(con, other_id)


def check_split(con: duckdb.DuckDBPyConnection, event_id: str, doc_id: str, start: int, *,
                note: str | None = None) -> list[list[Any]]:  # fmt: skip
    """The event's source sentences, or ReviewError unless this one can be split off; reads only."""
    _check_note(note)
    _exists(con, event_id)
    keys = source_keys(con, event_id)
    if [doc_id, start] not in keys:
        raise ReviewError(f"event {event_id} has no source sentence at {doc_id}:{start}")
    if len(keys) < 2:
        raise ReviewError("an event with one source sentence cannot be split")
    return keys


def add_merge(con: duckdb.DuckDBPyConnection, event_id: str, other_id: str, *, note: str | None = None,
              who: str | None = None, when: datetime | None = None, review_id: str | None = None) -> str:  # fmt: skip
    """Store "fold `other_id` into `event_id`"; the review id. `frontlog.regroup` applies it."""
    check_merge(con, event_id, other_id, note=note)
    keep, other = source_keys(con, event_id), source_keys(con, other_id)
    when = when or datetime.now(UTC).replace(tzinfo=None)
    review_id = review_id or stable_id("merge", event_id, other_id, when.isoformat())
    changes = {"merge": other_id, "merged_sources": other}
    union = sorted({(d, s) for d, s in keep + other})
    _insert_row(con, review_id, event_id, "merged", changes, note, who, when, keep, _evidence(union))
    return review_id


def add_split(con: duckdb.DuckDBPyConnection, event_id: str, doc_id: str, start: int, *,
              note: str | None = None, who: str | None = None, when: datetime | None = None,
              review_id: str | None = None) -> str:  # fmt: skip
    """Store "split the sentence (doc_id, start) off `event_id`"; the review id."""
    keys = check_split(con, event_id, doc_id, start, note=note)
    rest = [k for k in keys if k != [doc_id, start]]
    when = when or datetime.now(UTC).replace(tzinfo=None)
    review_id = review_id or stable_id("split", event_id, doc_id, str(start), when.isoformat())
    changes = {"split": {"doc_id": doc_id, "start": start}}
    _insert_row(con, review_id, event_id, "split", changes, note, who, when, rest, _evidence(rest))
    return review_id


# The merge and split rows still in force: not undone, nor made by a split that was undone.
ACTIVE = """(SELECT * FROM reviews WHERE status IN ('merged', 'split')
             AND review_id NOT IN (SELECT json_extract_string(changes, '$.undo') FROM reviews WHERE status = 'undone')
             AND coalesce(json_extract_string(changes, '$.split_review'), '') NOT IN
                 (SELECT json_extract_string(changes, '$.undo') FROM reviews WHERE status = 'undone'))"""


def regroup_rows(con: duckdb.DuckDBPyConnection) -> list[Regroup]:
    """Every merge and split row in force, oldest first (the order they are applied in)."""
    rows = con.execute(
        f"SELECT review_id, event_id, status, changes, sources, evidence_seen FROM {ACTIVE} r "
        "ORDER BY reviewed_at, review_id"
    ).fetchall()
    out = []
    for review_id, event_id, status, changes, sources, seen in rows:
        c = json.loads(changes or "{}")
        keys = tuple((str(d), int(s)) for d, s in json.loads(sources or "[]"))
        if status == "merged":
            other = tuple((str(d), int(s)) for d, s in c.get("merged_sources", []))
        else:
            at = c.get("split") or c.get("split_from_sentence") or {}
            other = ((str(at["doc_id"]), int(at["start"])),) if at else ()
        out.append(Regroup(review_id, event_id, status, keys, other, seen, "split_from" in c))
    return out


def merged_away(con: duckdb.DuckDBPyConnection) -> set[str]:
    """Ids of events that a merge folded into another (their own reviews no longer apply)."""
    rows = con.execute(f"SELECT json_extract_string(changes, '$.merge') FROM {ACTIVE} r WHERE status = 'merged'")
    return {r[0] for r in rows.fetchall() if r[0]}


def mark_gone(con: duckdb.DuckDBPyConnection, review_id: str) -> None:
    con.execute("UPDATE reviews SET evidence_seen = 'gone' WHERE review_id = ?", [review_id])


def holder(con: duckdb.DuckDBPyConnection, keys: Sequence[Key], *, exclude: Sequence[str] = ()) -> str | None:
    """The event holding most of these sentences (not one of `exclude`), if any."""
    if not keys:
        return None
    row = con.execute(
        """SELECT event_id FROM event_sources s JOIN (SELECT unnest(?) AS d, unnest(?) AS st) k
           ON s.doc_id = k.d AND s.start = k.st WHERE s.event_id NOT IN (SELECT unnest(?))
           GROUP BY event_id ORDER BY count(*) DESC, event_id LIMIT 1""",
        [[k[0] for k in keys], [k[1] for k in keys], list(exclude) or [""]],
    ).fetchone()
    return str(row[0]) if row else None


def holds(con: duckdb.DuckDBPyConnection, event_id: str, key: Key) -> bool:
    row = con.execute(
        "SELECT 1 FROM event_sources WHERE event_id = ? AND doc_id = ? AND start = ?", [event_id, *key]
    ).fetchone()
    return row is not None


def _recount(con: duckdb.DuckDBPyConnection, event_id: str) -> None:
    con.execute(
        "UPDATE events SET n_sources = (SELECT count(DISTINCT doc_id) FROM event_sources WHERE event_id = ?) "
        "WHERE event_id = ?",
        [event_id, event_id],
    )


def fold_event(con: duckdb.DuckDBPyConnection, keep: str, other: str) -> None:
    """Fold event `other` into `keep`: its sentences join keep's, keep's coding stays (a missing
    fatality count is taken from `other`), `other` is deleted."""
    con.execute(
        """DELETE FROM event_sources WHERE event_id = ? AND (doc_id, start) IN
           (SELECT (doc_id, start) FROM event_sources WHERE event_id = ?)""",
        [other, keep],
    )
    con.execute("UPDATE event_sources SET event_id = ? WHERE event_id = ?", [keep, other])
    con.execute(
        """UPDATE events SET
             fatalities = coalesce(events.fatalities, o.fatalities),
             confidence = round(1 - (1 - events.confidence) * (1 - o.confidence), 3),
             background = events.background AND o.background,
             siege = events.siege OR o.siege,
             triggers = to_json(list_sort(list_distinct(list_concat(
                 CAST(events.triggers AS VARCHAR[]), CAST(o.triggers AS VARCHAR[])))))
           FROM (SELECT * FROM events WHERE event_id = ?) o WHERE events.event_id = ?""",
        [other, keep],
    )
    con.execute("DELETE FROM events WHERE event_id = ?", [other])
    _recount(con, keep)


def detach(con: duckdb.DuckDBPyConnection, event_id: str, key: Key) -> None:
    """Take the sentence `key` out of an event's sources."""
    con.execute("DELETE FROM event_sources WHERE event_id = ? AND doc_id = ? AND start = ?", [event_id, *key])
    _recount(con, event_id)


def mentions_at(con: duckdb.DuckDBPyConnection, key: Key) -> list[Mention]:
    """The stored mentions of one sentence."""
    cur = con.execute(
        """SELECT m.*, d.url, d.outlet, CAST(d.published AS VARCHAR) AS published, d.text AS doc_text
           FROM mentions m JOIN documents d USING (doc_id) WHERE m.doc_id = ? AND m.start = ?
           ORDER BY m.mention_id""",
        [*key],
    )
    cols = [d[0] for d in cur.description]
    return [mention_from(dict(zip(cols, r, strict=True))) for r in cur.fetchall()]


def machine_type(con: duckdb.DuckDBPyConnection, event_id: str) -> str | None:
    row = con.execute("SELECT sub_event_type FROM events WHERE event_id = ?", [event_id]).fetchone()
    return str(row[0]) if row else None


def add_split_event(con: duckdb.DuckDBPyConnection, event: Event, row: Regroup) -> None:
    """Store the event a split made (unless stored) and its `split` row (once)."""
    if not con.execute("SELECT 1 FROM events WHERE event_id = ?", [event.event_id]).fetchone():
        values = event_row(event)
        cols = ", ".join(f'"{c}"' for c in values)
        con.execute(
            f"INSERT INTO events ({cols}) VALUES ({', '.join('?' * len(values))})", list(values.values())
        )
        for s in event.sources:
            con.execute("INSERT OR IGNORE INTO event_sources VALUES (?, ?, ?, ?, ?)",
                        [event.event_id, s.doc_id, s.start, s.end, s.attributed_to])  # fmt: skip
    original = next((r for r in reviews_of(con, row.event_id) if r.review_id == row.review_id), None)
    keys = [list(k) for k in row.other]
    when = datetime.strptime(original.reviewed_at, "%Y-%m-%dT%H:%M:%SZ") if original else datetime.now(UTC)
    changes = {
        "split_from": row.event_id,
        "split_review": row.review_id,
        "split_from_sentence": {"doc_id": row.other[0][0], "start": row.other[0][1]},
    }
    _insert_row(con, stable_id("split-new", row.review_id), event.event_id, "split", changes,
                original.note if original else None, original.who if original else None,
                when.replace(tzinfo=None), keys, _evidence(keys))  # fmt: skip


def check_undo(con: duckdb.DuckDBPyConnection, review_id: str, *, note: str | None = None) -> Regroup:
    """The merge or split row to undo, or ReviewError; reads only."""
    _check_note(note)
    row = next((r for r in regroup_rows(con) if r.review_id == review_id and not r.new_event), None)
    if row is None:
        raise ReviewError(f"no merge or split {review_id} in force")
    return row


def add_undo(con: duckdb.DuckDBPyConnection, review_id: str, *, note: str | None = None, who: str | None = None,
             when: datetime | None = None, undo_id: str | None = None) -> tuple[str, list[str]]:  # fmt: skip
    """Store "undo this merge or split"; (the undo's id, the documents of both sides' sentences)."""
    row = check_undo(con, review_id, note=note)
    when = when or datetime.now(UTC).replace(tzinfo=None)
    undo_id = undo_id or stable_id("undo", review_id, when.isoformat())
    _insert_row(con, undo_id, row.event_id, "undone", {"undo": review_id, "was": row.status}, note, who, when,
                [list(k) for k in row.sources], _evidence(row.sources))  # fmt: skip
    return undo_id, sorted({d for d, _ in row.sources + row.other})


RECODED = ("actor1", "actor2", "fatalities", "background", "siege", "siege_broken", "confidence", "triggers",
           "actor1_acled", "actor2_acled", "inter1", "inter2", "interaction")  # fmt: skip


def recode_event(con: duckdb.DuckDBPyConnection, event_id: str, event: Event) -> None:
    """Give a stored event the coding of `event` (its actors, fatalities, flags; not its id, place
    or date): what its remaining sentences say once a sentence was split off."""
    row = event_row(event)
    con.execute(
        f"UPDATE events SET {', '.join(f'{c} = ?' for c in RECODED)} WHERE event_id = ?",
        [row[c] for c in RECODED] + [event_id],
    )
