"""generate (seeds/ → site_src/), build (→ site/ with MkDocs), serve and check."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefgen import corrections
from briefgen.cleaning import RuleSet, ruleset_from_config
from briefgen.config import BriefConfig
from briefgen.errors import BriefgenError, SourceError
from briefgen.manifest import (
    Manifest,
    analyzer_digest,
    cache_get,
    cache_prune,
    cache_put,
    load_manifest,
    save_manifest,
    source_key,
    stat_signature,
)
from briefgen.model import Source
from briefgen.pipeline import analyze_article
from briefgen.readers import read
from briefgen.render import template_digest
from briefgen.site import GENERATED_MARK, Entry, assign_slugs, is_generated, page_data, site_pages
from briefgen.sources import discover, display_name, folder_problem, load
from briefgen.writer import remove_stale_temporaries, write_if_changed

log = logging.getLogger(__name__)


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


def analyse(source: Source, rules: RuleSet) -> tuple[dict[str, Any], list[str]]:
    """One source → (page data, correction problems). Raises SourceError."""
    raw = read(source)  # read once: corrections restore removed passages from the raw article
    briefing, problems = corrections.apply(analyze_article(raw, rules), raw)
    return page_data(briefing), problems


def _analyse_safely(source: Source, rules: RuleSet) -> tuple[dict[str, Any], list[str]]:
    """`analyse`, with an unexpected failure turned into a SourceError: one bad article must
    cost that article (a one-line warning), never the whole build."""
    try:
        return analyse(source, rules)
    except SourceError:
        raise
    except Exception as exc:  # noqa: BLE001
        detail = " ".join(str(exc).split())[:120]
        raise SourceError(source.name, f"analysis failed ({type(exc).__name__}: {detail}); skipped") from None


def _collect(
    config: BriefConfig, report: Report, previous: Manifest, write_cache: bool
) -> tuple[dict[str, dict[str, Any]], dict[str, str], dict[str, str]]:
    """Every readable source's page data (from the cache when its hash is unchanged), hashes and stat signatures."""
    rules = _rules(config)
    analyzer = analyzer_digest([config.disabled_rules, config.extra_rules])
    walk_errors: list[OSError] = []
    paths = list(discover(config.seeds, walk_errors)) if config.seeds.is_dir() else []
    if not config.seeds.is_dir():
        report.warn(f"{config.seeds_dir}: no such folder; no briefings generated")
    for err in walk_errors:
        report.warn(folder_problem(err, config.seeds))
    progress = Progress(len(paths))
    datas: dict[str, dict[str, Any]] = {}
    keys: dict[str, str] = {}
    stats: dict[str, str] = {}
    for index, path in enumerate(paths, 1):
        name = display_name(path, config.seeds)
        progress.show(index, name)
        report.sources += 1
        try:
            signature = stat_signature(path, analyzer)
            key = previous.sources.get(name, "") if signature and previous.stats.get(name) == signature else ""
            data = cache_get(config.site_src, key) if key and write_cache else None
            if data is None:
                source = load(path, config.seeds)
                key = source_key(analyzer, source.name, source.data, source.mtime)
                data = cache_get(config.site_src, key) if write_cache else None
            if signature:
                stats[name] = signature
            if data is None:
                data, problems = _analyse_safely(source, rules)
                report.analysed += 1
                data["problems"] = [f"{name}: {p}" for p in problems]
                if write_cache:
                    cache_put(config.site_src, key, data)
            # Readable but odd (mojibake repaired, file date used…): built, and said once per run.
            for note in data.get("notes", []):
                report.warn(f"{name}: {note}")
            for problem in data.get("problems", []):
                report.warn(problem)
        except SourceError as exc:
            old = previous.sources.get(name)
            data = cache_get(config.site_src, old) if old and write_cache else None
            report.warn(f"{exc}" + ("; the previous version of its page is kept" if data else ""))
            if data is None:
                continue
            key = old  # type: ignore[assignment]
        datas[name], keys[name] = data, key
    progress.done()
    return datas, keys, stats


def _is_generated_file(path: Path) -> bool:
    try:
        with path.open("r", encoding="utf-8", errors="replace") as f:
            return is_generated(f.read(len(GENERATED_MARK)))
    except OSError:
        return False


def generate(config: BriefConfig, strict: bool = False) -> Report:
    """Write the briefing, home, archive, actor and tag pages into site_src/, touching only changed files."""
    report = Report()
    site_src = config.site_src
    if site_src.is_dir():
        remove_stale_temporaries(site_src)  # left by a run that was killed mid-write
    previous = load_manifest(site_src)
    datas, keys, stats = _collect(config, report, previous, write_cache=True)
    slugs = assign_slugs(list(datas))
    entries = [Entry(slugs[name], datas[name], keys[name]) for name in sorted(datas)]
    specs = site_pages(entries, salt=template_digest(config.root))
    written: dict[str, str] = {}
    for rel, spec in specs.items():
        path = site_src / rel
        if rel not in previous.pages and path.exists() and not _is_generated_file(path):
            report.warn(f"{config.site_src_dir}/{rel}: hand-written page with the name of a generated one; left alone")
            continue
        written[rel] = spec.digest
        if previous.pages.get(rel) == spec.digest and path.is_file():
            continue  # shows exactly what it showed last time: not even rendered
        if write_if_changed(path, spec.render()):
            report.written.append(rel)
    for rel in sorted(set(previous.pages) - set(written)):
        (site_src / rel).unlink(missing_ok=True)
        report.deleted.append(rel)
    save_manifest(site_src, Manifest(pages=written, sources=keys, stats=stats))
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
