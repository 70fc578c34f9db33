"""Toponym-resolution benchmarks in the format of Gritta et al. (LGL, GeoWebNews XML).

Two modes: with the gold spans (only resolution is measured: exact GeoNames id, within 161 km,
median error), and from raw text (frontlog's place tagger finds the spans: precision/recall of
spans, then resolution on the spans found).
"""

from __future__ import annotations

import statistics
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from frontlog.places.gazetteer import Gazetteer, distance_km, load_gazetteer
from frontlog.places.resolve import resolve_places, sure_regions


@dataclass(frozen=True, slots=True)
class GoldToponym:
    start: int
    end: int
    phrase: str
    geonameid: int | None
    lat: float | None
    lon: float | None


@dataclass(frozen=True, slots=True)
class BenchArticle:
    doc_id: str
    text: str
    toponyms: tuple[GoldToponym, ...]
    outlet: str = ""  # the site it was published on (LGL <domain>, GeoWebNews <link>)


def _num(text: str | None) -> float | None:
    try:
        return float(text) if text not in (None, "") else None
    except ValueError:
        return None


def load_benchmark(path: str | Path) -> list[BenchArticle]:
    """Read a toponym benchmark in one of the XML formats of Gritta et al.'s corpora: LGL and
    TR-News (<toponym><gaztag geonameid>), GeoWebNews (<toponym><geonamesID>), GeoVirus
    (<location> with coordinates and a Wikipedia page, no ids) or WikToR (<page> with one
    toponym's coordinates and its <toponymIndices>). A span whose offsets do not cover its
    phrase is moved by up to three characters if that makes them agree (GeoVirus counts from 1)."""
    root = ET.parse(path).getroot()
    out: list[BenchArticle] = []
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        tops = [_lgl_or_gwn(t, text) for t in art.iter("toponym")]
        tops += [_geovirus(loc, text) for loc in art.iter("location")]
        url = art.findtext("domain") or art.findtext("link") or art.findtext("url") or art.findtext("source")
        outlet = urlsplit((url or "").strip()).netloc or (url or "").strip()
        outlet = outlet.lower().removeprefix("www.")
        kept = tuple(t for t in tops if t is not None)
        out.append(BenchArticle(art.get("docid") or str(len(out)), text, kept, outlet))
    for page in root.iter("page"):  # WikToR: one toponym per Wikipedia page, several mentions
        if page.find("toponymIndices") is None:  # GeoVirus' <page> is a link
            continue
        text = page.findtext("text") or ""
        name = (page.findtext("toponymName") or "").strip()
        lat, lon = _num(page.findtext("lat")), _num(page.findtext("lon"))
        mentions: list[GoldToponym] = []
        for t in page.iter("toponym"):
            start, end = int(t.findtext("start") or 0), int(t.findtext("end") or 0)
            start, end = _realign(text, start, end, name)
            mentions.append(GoldToponym(start, end, name or text[start:end], None, lat, lon))
        out.append(BenchArticle(page.get("number") or str(len(out)), text, tuple(mentions), ""))
    return out


def _realign(text: str, start: int, end: int, phrase: str) -> tuple[int, int]:
    if not phrase or text[start:end] == phrase:
        return start, end
    for shift in (-1, 1, -2, 2, -3, 3):
        if text[start + shift : end + shift] == phrase:
            return start + shift, end + shift
    return start, end


def _lgl_or_gwn(t: ET.Element, text: str) -> GoldToponym | None:
    if t.find("start") is None:  # WikToR's index entries are read with their page
        return None
    start, end = int(t.findtext("start") or 0), int(t.findtext("end") or 0)
    phrase = t.findtext("phrase") or t.findtext("extractedName") or text[start:end]
    if (t.findtext("nonLocational") or "No").strip().lower() == "yes":
        return None
    start, end = _realign(text, start, end, phrase)
    gaz = t.find("gaztag")
    if gaz is not None:
        gid = gaz.get("geonameid")
        return GoldToponym(start, end, phrase, int(gid) if gid else None,
                           _num(gaz.findtext("lat")), _num(gaz.findtext("lon")))  # fmt: skip
    gid = (t.findtext("geonamesID") or "").strip()
    return GoldToponym(start, end, phrase, int(gid) if gid.isdigit() else None,
                       _num(t.findtext("latitude")), _num(t.findtext("longitude")))  # fmt: skip


def _geovirus(loc: ET.Element, text: str) -> GoldToponym | None:
    if loc.find("start") is None:
        return None
    start, end = int(loc.findtext("start") or 0), int(loc.findtext("end") or 0)
    phrase = loc.findtext("name") or text[start:end]
    start, end = _realign(text, start, end, phrase)
    return GoldToponym(start, end, phrase, None, _num(loc.findtext("lat")), _num(loc.findtext("lon")))


def doc_with_spans(nlp: Any, text: str, spans: Sequence[tuple[int, int]]) -> Any:
    """A doc whose tokens break at every gold span's edges ("U.S.-led" -> "U.S." "-led"), with
    the spans in doc.spans["places"]: the span is given, only its resolution is measured."""
    from spacy.tokens import Doc
    from spacy.util import filter_spans

    cuts = sorted({0, len(text), *(i for span in spans for i in span if 0 < i < len(text))})
    words: list[str] = []
    gaps: list[bool] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        body = text[a:b].lstrip()
        lead = text[a:b][: b - a - len(body)]
        if lead.startswith(" ") and words and not gaps[-1]:  # one space ends the previous token
            gaps[-1], lead = True, lead[1:]
        if lead:
            words.append(lead)
            gaps.append(False)
        for tok in nlp.make_doc(body):
            words.append(tok.text)
            gaps.append(bool(tok.whitespace_))
    doc = Doc(nlp.vocab, words=words, spaces=gaps)
    found = []
    for start, end in spans:
        span = doc.char_span(start, end, label="GPE", alignment_mode="expand")
        if span is not None:
            found.append(span)
    doc.spans["places"] = filter_spans(found)
    return doc


def outlet_contexts(
    articles: Sequence[BenchArticle], docs: Sequence[Any], gaz: Gazetteer
) -> list[Counter[tuple[str, str]]]:
    """For each article, the sure regions of its outlet's *other* articles (leave-one-out, so an
    article never informs itself)."""
    own = [sure_regions(doc, gaz) for doc in docs]
    totals: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    for art, regions in zip(articles, own, strict=True):
        if art.outlet:
            totals[art.outlet].update(regions)
    return [
        (totals[art.outlet] - regions) if art.outlet else Counter()
        for art, regions in zip(articles, own, strict=True)
    ]


@dataclass(frozen=True, slots=True)
class GeoparseReport:
    """Toponym resolution on a benchmark: with gold spans, or from raw text (then span P/R/F1)."""

    mode: str  # gold | raw
    outlet_context: bool
    articles: int
    n: int
    exact: float | None  # None: the benchmark has no GeoNames ids
    within_161km: float
    median_km: float | None
    answered: float
    # the share of toponyms whose gold id the gazetteer (core or index) holds, and the accuracy on them
    known: float | None
    exact_on_known: float | None
    toponyms_per_s: float | None
    span_precision: float | None = None
    span_recall: float | None = None
    span_f1: float | None = None

    def to_json(self) -> dict[str, Any]:
        out = {f: getattr(self, f) for f in self.__slots__ if not f.startswith("span_")}
        if self.mode == "raw":
            out |= {
                "span_precision": self.span_precision,
                "span_recall": self.span_recall,
                "span_f1": self.span_f1,
            }
        return out


def evaluate(
    articles: Sequence[BenchArticle], *, gaz: Gazetteer | None = None, raw: bool = False,
    progress: Callable[[int], None] | None = None, outlets: bool = True,
) -> GeoparseReport:  # fmt: skip
    """Score resolution on the gold toponyms that have a GeoNames id (gold-span mode), and span
    finding plus resolution from raw text when `raw`. With `outlets`, each article is resolved
    with its outlet's other articles as context (outlet_contexts). A benchmark without GeoNames
    ids (GeoVirus, WikToR) is scored on coordinates only: `exact` is then None."""
    import spacy

    from frontlog.nlp import load_nlp

    gaz = gaz or load_gazetteer()
    nlp = load_nlp() if raw else spacy.blank("en")
    tally = _Tally()
    t0 = time.perf_counter()
    with_ids = any(t.geonameid is not None for art in articles for t in art.toponyms)
    golds = [
        [t for t in art.toponyms if t.lat is not None and (t.geonameid is not None or not with_ids)]
        for art in articles
    ]
    if raw:
        docs = list(nlp.pipe(art.text for art in articles))
    else:
        docs = [
            doc_with_spans(nlp, art.text, [(t.start, t.end) for t in gold])
            for art, gold in zip(articles, golds, strict=True)
        ]
    contexts = outlet_contexts(articles, docs, gaz) if outlets else [Counter() for _ in articles]
    for i, (art, gold, doc, outlet) in enumerate(zip(articles, golds, docs, contexts, strict=True)):
        # (in raw text the resolver adds the villages of the article's countries to the spans)
        head = _dateline_end(art.text)
        resolved = {
            (m.start, m.end): m
            for m in resolve_places(doc, gaz, all_spans=not raw, outlet=outlet, dateline_end=head)
        }
        if raw:
            tally.add_spans({(s.start_char, s.end_char) for s in doc.spans["places"]}, art.toponyms)
        for t in gold:
            if not raw or (t.start, t.end) in resolved:
                tally.add_toponym(t, resolved, gaz)
        if progress:
            progress(i + 1)
    seconds = time.perf_counter() - t0
    return tally.report(raw=raw, outlets=outlets, articles=len(articles), with_ids=with_ids, seconds=seconds)


def _dateline_end(text: str) -> int:
    """Where a wire dateline at the head of the text ends ("WASHINGTON (AP) -"), else 0: its
    first place is read as a town, as `frontlog run` reads it (here it stays context)."""
    from frontlog.ingest.dateline import parse_dateline

    body = text.lstrip()
    found = parse_dateline(body.split("\n", 1)[0])
    return found.end + len(text) - len(body) if found else 0


@dataclass(slots=True)
class _Tally:
    """Counts of one benchmark run, filled article by article (see `evaluate`)."""

    n: int = 0
    exact: int = 0
    near: int = 0
    answered: int = 0
    known: int = 0
    exact_known: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[float] = field(default_factory=list)

    def add_spans(self, found: set[tuple[int, int]], toponyms: Sequence[GoldToponym]) -> None:
        spans = {(t.start, t.end) for t in toponyms}
        self.tp += len(found & spans)
        self.fp += len(found - spans)
        self.fn += len(spans - found)

    def add_toponym(self, t: GoldToponym, resolved: dict[tuple[int, int], Any], gaz: Gazetteer) -> None:
        """Score one gold toponym against the resolver's answer at (or overlapping) its span."""
        self.n += 1
        held = t.geonameid is not None and gaz.has_gid(t.geonameid)
        self.known += held
        m = resolved.get((t.start, t.end)) or next(
            (v for (s, e), v in resolved.items() if s <= t.start < e or t.start <= s < t.end), None
        )
        if m is None:
            self.errors.append(20_000.0)
            return
        self.answered += 1
        self.exact += m.place.geonameid == t.geonameid
        self.exact_known += held and m.place.geonameid == t.geonameid
        km = distance_km((m.place.lat, m.place.lon), (t.lat or 0.0, t.lon or 0.0))
        self.errors.append(km)
        self.near += km <= 161

    def report(
        self, *, raw: bool, outlets: bool, articles: int, with_ids: bool, seconds: float
    ) -> GeoparseReport:
        n, known = self.n, self.known
        span_p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        span_r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return GeoparseReport(
            mode="raw" if raw else "gold",
            outlet_context=outlets,
            articles=articles,
            n=n,
            exact=(round(self.exact / n, 4) if n else 0.0) if with_ids else None,
            within_161km=round(self.near / n, 4) if n else 0.0,
            median_km=round(statistics.median(self.errors), 1) if self.errors else None,
            answered=round(self.answered / n, 4) if n else 0.0,
            known=round(known / n, 4) if n and with_ids else None,
            exact_on_known=(round(self.exact_known / known, 4) if known else 0.0) if with_ids else None,
            toponyms_per_s=round(n / seconds, 1) if seconds else None,
            span_precision=round(span_p, 4) if raw else None,
            span_recall=round(span_r, 4) if raw else None,
            span_f1=(round(2 * span_p * span_r / (span_p + span_r), 4) if span_p + span_r else 0.0)
            if raw
            else None,
        )
