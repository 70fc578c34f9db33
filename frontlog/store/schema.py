"""The store's schema, as numbered migrations applied in order (meta.schema_version says where)."""

from __future__ import annotations

# fmt: off
MIGRATIONS: list[str] = [
    # 1: the first schema
    """
    CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR);
    CREATE TABLE runs (
        run_id VARCHAR PRIMARY KEY, started TIMESTAMP, finished TIMESTAMP, version VARCHAR,
        inputs JSON, documents_new INTEGER, documents_seen INTEGER, events INTEGER, control INTEGER,
        problems JSON
    );
    CREATE TABLE documents (
        doc_id VARCHAR PRIMARY KEY, file VARCHAR, url VARCHAR, title VARCHAR, published DATE,
        outlet VARCHAR, dateline VARCHAR, text VARCHAR, warnings JSON, run_id VARCHAR, extractor VARCHAR
    );
    CREATE TABLE sentences (
        doc_id VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR, PRIMARY KEY (doc_id, start)
    );
    CREATE TABLE mentions (
        mention_id VARCHAR PRIMARY KEY, doc_id VARCHAR, place_key VARCHAR, event_date VARCHAR,
        date_precision VARCHAR, event_type VARCHAR, sub_event_type VARCHAR, actor1 VARCHAR, actor2 VARCHAR,
        location_name VARCHAR, geonameid BIGINT, latitude DOUBLE, longitude DOUBLE, country VARCHAR,
        admin1 VARCHAR, geo_precision VARCHAR, detail VARCHAR, fatalities INTEGER, background BOOLEAN,
        siege BOOLEAN, siege_broken BOOLEAN, trigger VARCHAR, confidence DOUBLE,
        start INTEGER, "end" INTEGER, attributed_to VARCHAR
    );
    CREATE TABLE claims (
        claim_id VARCHAR PRIMARY KEY, doc_id VARCHAR, place_key VARCHAR, status VARCHAR,
        location_name VARCHAR, geonameid BIGINT, latitude DOUBLE, longitude DOUBLE, country VARCHAR,
        admin1 VARCHAR, geo_precision VARCHAR, detail VARCHAR, date VARCHAR, date_precision VARCHAR,
        controller VARCHAR, previous VARCHAR, share DOUBLE, claimed_by VARCHAR, background BOOLEAN,
        start INTEGER, "end" INTEGER, attributed_to VARCHAR
    );
    CREATE TABLE events (
        event_id VARCHAR PRIMARY KEY, place_key VARCHAR, event_date VARCHAR, date_precision VARCHAR,
        event_type VARCHAR, sub_event_type VARCHAR, actor1 VARCHAR, actor2 VARCHAR,
        location_name VARCHAR, geonameid BIGINT, latitude DOUBLE, longitude DOUBLE, country VARCHAR,
        admin1 VARCHAR, geo_precision VARCHAR, detail VARCHAR, fatalities INTEGER, background BOOLEAN,
        siege BOOLEAN, siege_broken BOOLEAN, confidence DOUBLE, triggers JSON, n_sources INTEGER
    );
    CREATE TABLE event_sources (
        event_id VARCHAR, doc_id VARCHAR, start INTEGER, "end" INTEGER, attributed_to VARCHAR,
        PRIMARY KEY (event_id, doc_id, start)
    );
    CREATE TABLE control (
        control_id VARCHAR PRIMARY KEY, place_key VARCHAR, location_name VARCHAR, geonameid BIGINT,
        latitude DOUBLE, longitude DOUBLE, country VARCHAR, admin1 VARCHAR, geo_precision VARCHAR,
        detail VARCHAR, date VARCHAR, date_precision VARCHAR, controller VARCHAR, previous VARCHAR,
        status VARCHAR, share DOUBLE, claimed_by VARCHAR, besieger VARCHAR, background BOOLEAN,
        event_ids JSON
    );
    CREATE TABLE control_sources (
        control_id VARCHAR, doc_id VARCHAR, start INTEGER, "end" INTEGER, attributed_to VARCHAR,
        PRIMARY KEY (control_id, doc_id, start)
    );
    CREATE INDEX mentions_block ON mentions (place_key, event_date);
    CREATE INDEX claims_place ON claims (place_key);
    CREATE INDEX events_place ON events (place_key);
    CREATE INDEX control_place ON control (place_key);
    """,
    # 2: ACLED's names and actor-type codes of an event's actors (filled when events are re-merged)
    """
    ALTER TABLE events ADD COLUMN actor1_acled VARCHAR;
    ALTER TABLE events ADD COLUMN actor2_acled VARCHAR;
    ALTER TABLE events ADD COLUMN inter1 INTEGER;
    ALTER TABLE events ADD COLUMN inter2 INTEGER;
    ALTER TABLE events ADD COLUMN interaction INTEGER;
    """,
    # 3: reviews (issue 18): an analyst's verdicts on events, kept apart from what runs rewrite.
    # One row per verdict (history); the latest row of an event_id applies. `sources` and
    # `evidence` are the event's source sentences when it was reviewed: they find the event again
    # when a re-merge gives it a new id, and tell when its evidence changed.
    """
    CREATE TABLE reviews (
        review_id VARCHAR PRIMARY KEY, event_id VARCHAR, reviewed_event_id VARCHAR, status VARCHAR,
        changes JSON, note VARCHAR, who VARCHAR, reviewed_at TIMESTAMP, sources JSON, evidence VARCHAR,
        evidence_seen VARCHAR
    );
    CREATE INDEX reviews_event ON reviews (event_id);
    -- n_sources counts documents (it counted source sentences)
    UPDATE events SET n_sources = (
        SELECT count(DISTINCT s.doc_id) FROM event_sources s WHERE s.event_id = events.event_id
    );
    """,
    # 4: a region-level event's seat (ACLED's point) beside the region's own GeoNames point, which
    # the location columns hold (session 14, helper geoiq: places/region_point.py, places/seat.py)
    """
    ALTER TABLE mentions ADD COLUMN seat_name VARCHAR;
    ALTER TABLE mentions ADD COLUMN seat_geonameid BIGINT;
    ALTER TABLE mentions ADD COLUMN seat_latitude DOUBLE;
    ALTER TABLE mentions ADD COLUMN seat_longitude DOUBLE;
    ALTER TABLE claims ADD COLUMN seat_name VARCHAR;
    ALTER TABLE claims ADD COLUMN seat_geonameid BIGINT;
    ALTER TABLE claims ADD COLUMN seat_latitude DOUBLE;
    ALTER TABLE claims ADD COLUMN seat_longitude DOUBLE;
    ALTER TABLE events ADD COLUMN seat_name VARCHAR;
    ALTER TABLE events ADD COLUMN seat_geonameid BIGINT;
    ALTER TABLE events ADD COLUMN seat_latitude DOUBLE;
    ALTER TABLE events ADD COLUMN seat_longitude DOUBLE;
    ALTER TABLE control ADD COLUMN seat_name VARCHAR;
    ALTER TABLE control ADD COLUMN seat_geonameid BIGINT;
    ALTER TABLE control ADD COLUMN seat_latitude DOUBLE;
    ALTER TABLE control ADD COLUMN seat_longitude DOUBLE;
    """,
]
# fmt: on
SCHEMA_VERSION = len(MIGRATIONS)
# The tables that hold data (not `meta`), in the order they are written.
DATA_TABLES = (
    "documents",
    "sentences",
    "mentions",
    "claims",
    "events",
    "event_sources",
    "control",
    "control_sources",
    "reviews",
)
