"""generate (seeds/ → site_src/), build (→ site/ with MkDocs), serve and check."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefgen import corrections
from briefgen.cleaning import RuleSet, ruleset_from_config
from briefgen.cleaning.repeated import RULE as REPEATED_RULE
from briefgen.cleaning.repeated import article_blocks, article_hits, group_articles, repeated_blocks, source_group
from briefgen.commit_dates import commit_dates, dated
from briefgen.config import BriefConfig
from briefgen.errors import BriefgenError, SourceError
from briefgen.manifest import (
    Manifest,
    analyzer_digest,
    blocks_key,
    cache_get,
    cache_prune,
    cache_put,
    load_manifest,
    plain_key,
    save_manifest,
    source_key,
    stat_signature,
    text_hash,
)
from briefgen.model import Article, Source
from briefgen.pipeline import analyze_article
from briefgen.readers import read
from briefgen.render import template_digest
from briefgen.site import GENERATED_MARK, Entry, assign_slugs, is_generated, page_data, site_pages
from briefgen.sources import discover, display_name, folder_problem, load, unread_problem
from briefgen.writer import remove_stale_temporaries, write_if_changed

log = logging.getLogger(__name__)

# Key of page data holding what the build keeps of the raw article (repeated.article_blocks):
# with it, the repeated blocks of a publication are found without reading unchanged sources.
BLOCKS = "_blocks"


@dataclass(slots=True)
class Report:
    """What one run did; per-file problems are warnings, and --strict turns them into failure."""

    warnings: list[str] = field(default_factory=list)
    sources: int = 0
    analysed: int = 0
    written: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)

    def warn(self, message: str) -> None:
        self.warnings.append(message)
        log.warning("%s", message)

    def exit_code(self, strict: bool) -> int:
        return 1 if strict and self.warnings else 0


class Progress:
    """'[12/5000] name' on one terminal line; silent when stderr is not a terminal or CI is set."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.enabled = sys.stderr.isatty() and not os.environ.get("CI")

    def show(self, index: int, name: str) -> None:
        if self.enabled:
            sys.stderr.write(f"\r\x1b[K[{index}/{self.total}] {name[-60:]}")
            sys.stderr.flush()

    def done(self) -> None:
        if self.enabled:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


def _rules(config: BriefConfig) -> RuleSet:
    return ruleset_from_config(config)


def analyse(source: Source, rules: RuleSet, repeated: Collection[str] = ()) -> tuple[dict[str, Any], list[str]]:
    """One source → (page data, correction problems). Raises SourceError."""
    return analyse_raw(read(source), rules, repeated)


def analyse_raw(raw: Article, rules: RuleSet, repeated: Collection[str] = ()) -> tuple[dict[str, Any], list[str]]:
    """One article as read → (page data, correction problems); `repeated`: its publication's
    repeated blocks. The page data keeps the article's blocks (BLOCKS) for the next build."""
    # corrections restore removed passages from the raw article
    briefing, problems = corrections.apply(analyze_article(raw, rules, repeated), raw)
    return {**page_data(briefing), BLOCKS: article_blocks(raw)}, problems


def _analyse_safely(raw: Article, rules: RuleSet, repeated: Collection[str]) -> tuple[dict[str, Any], list[str]]:
    """`analyse_raw`, with an unexpected failure turned into a SourceError: one bad article must
    cost that article (a one-line warning), never the whole build."""
    try:
        return analyse_raw(raw, rules, repeated)
    except SourceError:
        raise
    except Exception as exc:  # noqa: BLE001
        detail = " ".join(str(exc).split())[:120]
        raise SourceError(raw.name, f"analysis failed ({type(exc).__name__}: {detail}); skipped") from None


@dataclass(slots=True)
class _Item:
    """One source between the two passes of `_collect`."""

    name: str
    path: Path
    plain: str = ""  # content hash of the source (manifest.source_key)
    record: dict[str, Any] | None = None  # repeated.article_blocks of the raw article
    data: dict[str, Any] | None = None  # page data analysed under `key`
    key: str = ""
    raw: Article | None = None  # read in this run
    previous: tuple[dict[str, Any] | None, str] = (None, "")  # the page data and key of last run
    commit: tuple[str, int] | None = None  # its last commit (commit_dates.commit_dates), which may date it
    error: str = ""  # why it could not be read or analysed

    def fail(self, exc: SourceError) -> None:
        """Keep the page of this content analysed earlier in the run, else last run's, if any."""
        self.error = str(exc)
        if self.data is None:
            self.data, self.key = self.previous
        self.record = self.data.get(BLOCKS) if self.data is not None else None


def _read_item(item: _Item, config: BriefConfig, previous: Manifest, write_cache: bool,
               analyzer: str, stats: dict[str, str]) -> None:
    """First pass: the source's content hash, its blocks and any cached analysis of it.
    An unchanged file (same stat signature) is not read: all comes from its cached page data."""
    name, path = item.name, item.path
    old = previous.sources.get(name, "")
    signature = stat_signature(path, analyzer)
    if signature and item.commit:  # a new commit of the same bytes can change its date: read it again
        signature += f":{item.commit[0][:12]}:{item.commit[1]}"
    cached = cache_get(config.site_src, old) if old and write_cache else None
    item.previous = (cached, old)
    try:
        if cached is not None and BLOCKS in cached and signature and previous.stats.get(name) == signature:
            item.plain, item.record, item.data, item.key = plain_key(old), cached[BLOCKS], cached, old
        else:
            source = dated(load(path, config.seeds), item.commit)
            item.plain = source_key(analyzer, source.name, source.data, source.mtime)
            # the analysis made last time, or any other one of the same content
            item.key = old if cached is not None and plain_key(old) == item.plain else item.plain
            item.data = cached if item.key == old else cache_get(config.site_src, item.key) if write_cache else None
            if item.data is not None and BLOCKS in item.data:
                item.record = item.data[BLOCKS]
            else:
                item.raw = read(source)
                item.record = article_blocks(item.raw)
                if item.data is not None and write_cache:  # cached without its blocks: add them, once
                    item.data = {**item.data, BLOCKS: item.record}
                    cache_put(config.site_src, item.key, item.data)
        if signature:
            stats[name] = signature
    except SourceError as exc:
        item.data = None
        item.fail(exc)


def _analyse_item(item: _Item, config: BriefConfig, rules: RuleSet, hits: tuple[str, ...], key: str,
                  write_cache: bool) -> bool:
    """Second pass: make sure the item's page data was analysed with exactly these repeated
    blocks removed (`key`: blocks_key of them), from the cache or by analysing it (True when analysed)."""
    data = cache_get(config.site_src, key) if write_cache else None
    analysed = data is None
    try:
        if data is None:
            raw = item.raw or read(dated(load(item.path, config.seeds), item.commit))
            data, problems = _analyse_safely(raw, rules, hits)
            data["problems"] = [f"{item.name}: {p}" for p in problems]
            if write_cache:
                cache_put(config.site_src, key, data)
    except SourceError as exc:
        item.fail(exc)
        return False
    item.data, item.key, item.raw = data, key, None
    return analysed


def _collect(
    config: BriefConfig, report: Report, previous: Manifest, write_cache: bool
) -> tuple[dict[str, dict[str, Any]], dict[str, str], dict[str, str]]:
    """Every readable source's page data (from the cache when its hash is unchanged), hashes and stat signatures.

    Two passes: the first finds each source's content hash and paragraph fingerprints (from
    the cache for unchanged files); between them, the blocks repeated across each publication's
    articles (briefgen.cleaning.repeated); the second analyses each source that is new, changed
    or whose repeated blocks changed.
    """
    rules = _rules(config)
    analyzer = analyzer_digest([config.disabled_rules, config.extra_rules])
    walk_errors: list[OSError] = []
    unread: list[Path] = []
    paths = list(discover(config.seeds, walk_errors, unread)) if config.seeds.is_dir() else []
    if not config.seeds.is_dir():
        report.warn(f"{config.seeds_dir}: no such folder; no briefings generated")
    for err in walk_errors:
        report.warn(folder_problem(err, config.seeds))
    for path in unread:
        report.warn(unread_problem(path, config.seeds))
    progress = Progress(len(paths))
    stats: dict[str, str] = {}
    dates = commit_dates(config.seeds) if paths else {}
    items = [_Item(display_name(path, config.seeds), path, commit=dates.get(path.relative_to(config.seeds).as_posix()))
             for path in paths]
    for index, item in enumerate(items, 1):
        progress.show(index, item.name)
        report.sources += 1
        _read_item(item, config, previous, write_cache, analyzer, stats)
    repeated = _repeated(items) if REPEATED_RULE in rules else {}
    for index, item in enumerate(items, 1):
        if item.record is not None and not item.error:
            hits = article_hits(item.record, repeated.get(source_group(item.record["source"]), ()))
            key = blocks_key(item.plain, hits)
            if item.data is None or item.key != key:
                progress.show(index, item.name)
                report.analysed += _analyse_item(item, config, rules, hits, key, write_cache)
    progress.done()
    datas: dict[str, dict[str, Any]] = {}
    keys: dict[str, str] = {}
    for item in items:
        if item.error:
            report.warn(item.error + ("; the previous version of its page is kept" if item.data is not None else ""))
        elif item.data is not None:
            # Readable but odd (mojibake repaired, file date used…): built, and said once per run.
            for note in item.data.get("notes", []):
                report.warn(f"{item.name}: {note}")
            for problem in item.data.get("problems", []):
                report.warn(problem)
        if item.data is None:
            continue
        datas[item.name] = {k: v for k, v in item.data.items() if k != BLOCKS}
        keys[item.name] = item.key
    for problem in duplicate_problems(datas):
        report.warn(problem)
    return datas, keys, stats


def duplicate_problems(datas: dict[str, dict[str, Any]]) -> list[str]:
    """'b.txt: the same article text as a.md; both are built' for each source whose cleaned text an earlier one
    (in name order) already has: the same story saved twice, or pasted from two sites around the same text."""
    first: dict[tuple[str, ...], str] = {}
    problems = []
    for name in sorted(datas):
        body = tuple(datas[name].get("body") or ())
        if not body:
            continue
        if body in first:
            problems.append(f"{name}: the same article text as {first[body]}; both are built")
        else:
            first[body] = name
    return problems


def _repeated(items: list[_Item]) -> dict[str, tuple[str, ...]]:
    """Per publication, the blocks repeated across its articles (every source with known blocks,
    including one whose previous page is kept because it cannot be read now)."""
    return repeated_blocks(group_articles(item.record for item in items if item.record is not None))


def _is_generated_file(path: Path) -> bool:
    try:
        with path.open("r", encoding="utf-8", errors="replace") as f:
            return is_generated(f.read(len(GENERATED_MARK)))
    except OSError:
        return False


# An editor's change to a generated page is never lost in silence: the page is kept as edited, and said so.
EDITED_BY_HAND = ("edited by hand since briefgen wrote it; left alone (delete it to have it regenerated; lasting changes "
                  "go in the source's front matter, README 'Editor corrections')")


def _file_hash(path: Path) -> str:
    try:
        return text_hash(path.read_bytes())
    except OSError:
        return ""  # gone: nothing to keep


def _edited_by_hand(path: Path, written: str | None, writing: str = "") -> bool:
    """True when the page differs from the text briefgen wrote there (`written`: its text_hash; unknown: False) and
    from the one it writes now (`writing`, its text_hash: a killed run may have written it already)."""
    current = _file_hash(path) if written else ""
    return bool(current) and current not in (written, writing)


def _hand_written_briefings(site_src: Path, previous: Manifest) -> set[str]:
    """Slugs of the pages an editor wrote in site_src/briefings/: a source of the same name gets another slug, so its
    briefing is published and the listings do not link to the editor's page in its stead."""
    folder = site_src / "briefings"
    if not folder.is_dir():
        return set()
    return {p.stem for p in folder.glob("*.md")
            if f"briefings/{p.name}" not in previous.pages and not _is_generated_file(p)}


def generate(config: BriefConfig, strict: bool = False) -> Report:
    """Write the briefing, home, archive, actor and tag pages into site_src/, touching only changed files."""
    report = Report()
    site_src = config.site_src
    if site_src.is_dir():
        remove_stale_temporaries(site_src)  # left by a run that was killed mid-write
    previous = load_manifest(site_src)
    datas, keys, stats = _collect(config, report, previous, write_cache=True)
    slugs = assign_slugs(list(datas), reserved=_hand_written_briefings(site_src, previous))
    entries = [Entry(slugs[name], datas[name], keys[name]) for name in sorted(datas)]
    specs = site_pages(entries, salt=template_digest(config.root))
    written: dict[str, str] = {}
    texts = dict(previous.texts)
    for rel, spec in specs.items():
        path = site_src / rel
        if rel not in previous.pages and path.exists() and not _is_generated_file(path):
            report.warn(f"{config.site_src_dir}/{rel}: hand-written page with the name of a generated one; left alone")
            continue
        written[rel] = spec.digest
        if previous.pages.get(rel) == spec.digest and path.is_file():
            if rel not in texts:  # a manifest from before texts were kept: what is there now is briefgen's
                texts[rel] = _file_hash(path)
            continue  # shows exactly what it showed last time: not even rendered
        text = spec.render()
        new_hash = text_hash(text.encode("utf-8"))
        # (a page a killed run wrote, before it could save the manifest, is already the new text: not an edit)
        if _edited_by_hand(path, previous.texts.get(rel), new_hash):
            report.warn(f"{config.site_src_dir}/{rel}: {EDITED_BY_HAND}")
            written[rel] = previous.pages[rel]  # still briefgen's: said again next run, until resolved
            continue
        if write_if_changed(path, text):
            report.written.append(rel)
        texts[rel] = new_hash
    for rel in sorted(set(previous.pages) - set(written)):
        if _edited_by_hand(site_src / rel, previous.texts.get(rel)):
            report.warn(f"{config.site_src_dir}/{rel}: its source is gone, but {EDITED_BY_HAND}")
            written[rel] = previous.pages[rel]
            continue
        (site_src / rel).unlink(missing_ok=True)
        report.deleted.append(rel)
    texts = {rel: texts[rel] for rel in sorted(written) if rel in texts}
    save_manifest(site_src, Manifest(pages=written, sources=keys, stats=stats, texts=texts))
    cache_prune(site_src, set(keys.values()))
    log.info(
        "%d sources (%d analysed), %d pages written, %d deleted, %d warnings",
        report.sources, report.analysed, len(report.written), len(report.deleted), len(report.warnings),
    )
    return report


def check(config: BriefConfig) -> Report:
    """Read and analyse every source without writing anything; report each problem."""
    report = Report()
    datas, _, _ = _collect(config, report, Manifest(), write_cache=False)
    for name, data in datas.items():
        if not data.get("body"):
            report.warn(f"{name}: no article text left after cleaning")
    log.info("%d sources checked, %d warnings", report.sources, len(report.warnings))
    return report


def mkdocs_command(config: BriefConfig, action: str, *args: str) -> list[str]:
    return [sys.executable, "-m", "mkdocs", action, "-f", str(config.root / "mkdocs.yml"), *args]


def mkdocs_env(offline: bool) -> dict[str, str]:
    """Environment read by mkdocs.yml (`!ENV`): switches the offline plugin on."""
    return {**os.environ, "BRIEFGEN_OFFLINE": "true" if offline else "false", "NO_MKDOCS_2_WARNING": "1"}


def build_site(config: BriefConfig, strict: bool = False, offline: bool = False) -> int:
    """generate, then `mkdocs build` into site/; non-zero if MkDocs fails or (strict) any source had a problem."""
    report = generate(config, strict)
    if not (config.root / "mkdocs.yml").is_file():
        raise BriefgenError(f"{config.root / 'mkdocs.yml'}: not found; run briefgen from the project folder")
    args = ["-d", str(config.site.resolve()), "--quiet"] + (["--strict"] if strict else [])
    result = subprocess.run(mkdocs_command(config, "build", *args), env=mkdocs_env(offline), check=False)
    if result.returncode != 0:
        log.error("mkdocs build failed (exit %d)", result.returncode)
        return result.returncode
    log.info("site built in %s%s", config.site, " (offline)" if offline else "")
    return report.exit_code(strict)


def serve(config: BriefConfig, dev_addr: str) -> int:
    """Live preview: MkDocs serves site_src/, watches seeds/ and regenerates through a hook."""
    generate(config)
    command = mkdocs_command(config, "serve", "--dev-addr", dev_addr, "--watch", str(config.seeds))
    return subprocess.run(command, env=mkdocs_env(False), check=False).returncode
