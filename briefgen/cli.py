"""Command line: analyze, generate, build, serve, check, eval. Errors become one-line messages."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from briefgen import __version__
from briefgen.errors import BriefgenError

log = logging.getLogger("briefgen")


def _cmd_analyze(args: argparse.Namespace) -> int:
    """briefgen analyze FILE... --json: one JSON object per file and line."""
    from briefgen.pipeline import analyze
    from briefgen.readers import guess_format
    from briefgen.sources import read_file

    failures = 0
    for name in args.files:
        try:
            data = read_file(Path(name))  # never blocks on a FIFO, refuses huge files
            briefing = analyze(data, format=guess_format(name, data), name=name)
        except BriefgenError as exc:
            log.warning("%s", exc)
            failures += 1
            continue
        if args.json:
            print(json.dumps(briefing.to_dict(), ensure_ascii=False, sort_keys=False))
        else:
            print(f"{name}: {briefing.title}")
            for line in briefing.summary:
                print(f"  {line}")
    return 1 if failures else 0


def _cmd_generate(args: argparse.Namespace) -> int:
    from briefgen.build import generate
    from briefgen.config import load_config

    report = generate(load_config(Path(args.root)), strict=args.strict)
    return report.exit_code(args.strict)


def _cmd_build(args: argparse.Namespace) -> int:
    from briefgen.build import build_site
    from briefgen.config import load_config

    return build_site(load_config(Path(args.root)), strict=args.strict, offline=args.offline)


def _cmd_serve(args: argparse.Namespace) -> int:
    from briefgen.build import serve
    from briefgen.config import load_config

    return serve(load_config(Path(args.root)), dev_addr=args.dev_addr)


def _cmd_check(args: argparse.Namespace) -> int:
    from briefgen.build import check
    from briefgen.config import load_config

    report = check(load_config(Path(args.root)))
    return report.exit_code(args.strict)


def _cmd_eval(args: argparse.Namespace) -> int:
    from briefgen.evaluate import run_evaluations

    return run_evaluations(args.sets, Path(args.data), limit=args.limit, as_json=args.json)


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefgen", description="Turn news articles into briefing pages.")
    parser.add_argument("--version", action="version", version=f"briefgen {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="show debug messages")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("analyze", help="analyse articles and print the result", description="Example: briefgen analyze seeds/*.txt --json")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(func=_cmd_analyze)

    for name, func, helptext in (
        ("generate", _cmd_generate, "write briefing pages from seeds/ into site_src/"),
        ("build", _cmd_build, "generate, then build the site with MkDocs"),
        ("check", _cmd_check, "validate seeds/ without writing anything"),
    ):
        p = sub.add_parser(name, help=helptext, description=f"{helptext}. Example: briefgen {name} --strict")
        p.add_argument("--root", default=".", help="project folder (default: .)")
        p.add_argument("--strict", action="store_true", help="exit non-zero if any source had a problem")
        if name == "build":
            p.add_argument("--offline", action="store_true", help="build a site that works opened from disk")
        p.set_defaults(func=func)

    p = sub.add_parser("serve", help="live preview that regenerates when seeds/ changes", description="Example: briefgen serve")
    p.add_argument("--root", default=".")
    p.add_argument("--dev-addr", default="127.0.0.1:8000")
    p.set_defaults(func=_cmd_serve)

    p = sub.add_parser("eval", help="score briefgen on the evaluation data sets", description="Example: briefgen eval boilerplate quotes --data ../shared/data")
    p.add_argument("sets", nargs="*", help="data sets to run (default: all)")
    p.add_argument("--data", default="../shared/data", help="folder holding the data sets")
    p.add_argument("--limit", type=int, default=None, help="use only the first N items of each set")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.set_defaults(func=_cmd_eval)
    return parser


def _setup_logging(verbose: bool) -> None:
    """Messages go to stderr as bare lines ("name: problem"), never with a traceback."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log.handlers[:] = [handler]
    log.setLevel(logging.DEBUG if verbose else logging.INFO)
    log.propagate = False


def main(argv: Sequence[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    _setup_logging(args.verbose)
    try:
        return int(args.func(args))
    except BriefgenError as exc:
        log.error("error: %s", exc)
        return 2
    except KeyboardInterrupt:
        log.error("interrupted")
        return 130
