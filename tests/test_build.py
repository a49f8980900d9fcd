"""generate: incremental regeneration, the manifest, hand-written pages, corrections, determinism."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from markdown_helpers import page_title, section

from briefgen.build import check, duplicate_problems, generate
from briefgen.config import BriefConfig
from briefgen.manifest import MANIFEST

ARTICLE = """---
title: {title}
date: {date}
source: Test Wire
tags: [{tag}]
{extra}---
Officials in {place} said on Monday that the river bridge, closed since a flood damaged its
eastern approach in the spring, would reopen to traffic next week once repairs to the deck
and the railings are finished by the contractor working on the site.

"We expect traffic to return to normal by the end of the month, and we are grateful for the
patience people have shown," said Mayor Jane Roe, who visited the site on Monday with the
city's chief engineer and members of the council's transport committee.

Engineers found cracks in two of the bridge's supports during an inspection in March, and the
council voted to spend four million dollars on repairs after a public meeting in which residents
complained about the long detour through the industrial district on the other side of town.

Subscribe to Test Wire for unlimited access.

The council will also review the state of the city's four other river crossings this summer,
the mayor said, after the regional transport agency warned that several of them were built in
the same decade and may need similar work on their supports within the next few years.
"""


def write(project: Path, name: str, title: str = "Bridge to reopen", date: str = "2024-03-05",
          place: str = "Springfield", tag: str = "infrastructure", extra: str = "") -> Path:
    path = project / "seeds" / name
    path.write_text(ARTICLE.format(title=title, date=date, place=place, tag=tag, extra=extra), encoding="utf-8")
    return path


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_first_run_writes_pages_and_manifest(project: Path) -> None:
    write(project, "a.md")
    report = generate(BriefConfig(root=project))
    assert report.warnings == [] and report.analysed == 1
    src = project / "site_src"
    for rel in ("briefings/a.md", "index.md", "archive/index.md", "archive/2024-03.md", "actors/index.md", "tags.md"):
        assert (src / rel).is_file(), rel
    assert (src / MANIFEST).is_file()
    assert "Bridge to reopen" in (src / "index.md").read_text(encoding="utf-8")


def test_second_run_rewrites_nothing_and_analyses_nothing(project: Path) -> None:
    write(project, "a.md")
    generate(BriefConfig(root=project))
    mtimes = {p: p.stat().st_mtime_ns for p in (project / "site_src").rglob("*.md")}
    report = generate(BriefConfig(root=project))
    assert report.analysed == 0 and report.written == [] and report.deleted == []
    assert mtimes == {p: p.stat().st_mtime_ns for p in (project / "site_src").rglob("*.md")}


def test_adding_one_source_rewrites_its_page_and_the_listings_only(project: Path) -> None:
    write(project, "a.md", date="2024-03-05")
    write(project, "b.md", date="2023-01-10", title="Old news")
    generate(BriefConfig(root=project))
    write(project, "c.md", date="2024-03-09", title="Ferry resumes", place="Shelbyville")
    report = generate(BriefConfig(root=project))
    assert report.analysed == 1
    assert "briefings/c.md" in report.written
    assert "briefings/a.md" not in report.written and "briefings/b.md" not in report.written
    assert "archive/2023-01.md" not in report.written  # that month's listing did not change
    listings = {"briefings/c.md", "index.md", "archive/index.md", "archive/2024-03.md", "actors/index.md"}
    assert {p for p in report.written if not p.startswith("actors/")} <= listings
    c_page = (project / "site_src" / "briefings" / "c.md").read_text(encoding="utf-8")
    for actor_page in (p for p in report.written if p.startswith("actors/") and p != "actors/index.md"):
        assert f'href="../{actor_page}"' in c_page  # only pages of actors named in the new briefing
    home = (project / "site_src" / "index.md").read_text(encoding="utf-8")
    assert home.index("Ferry resumes") < home.index("Bridge to reopen") < home.index("Old news")  # newest first


def test_deleted_source_removes_its_page_but_not_hand_written_ones(project: Path) -> None:
    write(project, "a.md")
    write(project, "b.md", title="Other", date="2022-02-02")
    hand = project / "site_src" / "notes.md"
    hand.write_text("# My notes\n", encoding="utf-8")
    generate(BriefConfig(root=project))
    (project / "seeds" / "b.md").unlink()
    report = generate(BriefConfig(root=project))
    assert "briefings/b.md" in report.deleted and "archive/2022-02.md" in report.deleted
    assert not (project / "site_src" / "briefings" / "b.md").exists()
    assert hand.read_text(encoding="utf-8") == "# My notes\n"
    assert (project / "site_src" / "about.md").is_file()


def test_hand_written_page_with_a_generated_name_is_left_alone(project: Path) -> None:
    write(project, "a.md")
    (project / "site_src" / "index.md").write_text("# My home page\n", encoding="utf-8")
    report = generate(BriefConfig(root=project))
    assert any("index.md: hand-written" in w for w in report.warnings)
    assert (project / "site_src" / "index.md").read_text(encoding="utf-8") == "# My home page\n"
    assert report.exit_code(strict=True) == 1 and report.exit_code(strict=False) == 0
    generate(BriefConfig(root=project))  # and not claimed later either
    assert (project / "site_src" / "index.md").read_text(encoding="utf-8") == "# My home page\n"


def test_a_lost_manifest_loses_no_page_ownership(project: Path) -> None:
    write(project, "a.md")
    generate(BriefConfig(root=project))
    (project / "site_src" / MANIFEST).unlink()
    write(project, "a.md", title="New title")
    report = generate(BriefConfig(root=project))
    assert report.warnings == []
    assert page_title((project / "site_src" / "briefings" / "a.md").read_text(encoding="utf-8")) == "New title"


def test_identical_inputs_give_byte_identical_pages(tmp_path: Path) -> None:
    from conftest import make_project

    outputs = []
    for n in (1, 2):
        root = make_project(tmp_path / f"p{n}", seeds=[])
        write(root, "a.md")
        write(root, "b.md", title="Storm", date="2024-03-05", place="Ogdenville")
        for path in (root / "seeds").iterdir():
            os.utime(path, (1_700_000_000, 1_700_000_000))
        generate(BriefConfig(root=root))
        # every page and cached analysis; the manifest itself holds inode numbers and mtimes
        outputs.append({k: v for k, v in snapshot(root / "site_src").items() if not k.endswith("manifest.json")})
    assert outputs[0] == outputs[1]


def test_unreadable_source_is_reported_and_others_still_built(project: Path) -> None:
    write(project, "a.md")
    (project / "seeds" / "bad.txt").write_bytes(b"\x00\x01binary\x00" * 10)
    report = generate(BriefConfig(root=project))
    assert any(w.startswith("bad.txt:") for w in report.warnings)
    assert (project / "site_src" / "briefings" / "a.md").is_file()
    assert report.exit_code(strict=True) == 1


def test_source_that_breaks_keeps_its_previous_page(project: Path) -> None:
    path = write(project, "a.txt")
    generate(BriefConfig(root=project))
    path.write_bytes(b"\x00\x01binary\x00" * 10)
    report = generate(BriefConfig(root=project))
    assert any("previous version of its page is kept" in w for w in report.warnings)
    assert (project / "site_src" / "briefings" / "a.md").is_file()


CORRECTIONS = """corrections:
  drop_paragraphs: ["Engineers found cracks"]
  keep_paragraphs: ["Subscribe to Test Wire"]
  hide_quotes: ["traffic to return"]
  add_questions:
    - question: "Who pays for the repairs?"
      evidence: "Engineers found cracks in two supports."
  remove_questions: ["no such question"]
"""


def test_corrections_in_front_matter_survive_regeneration(project: Path) -> None:
    write(project, "a.md", title="Corrected title", extra=CORRECTIONS)
    for _ in range(2):  # the second run comes from the cache and must look the same
        report = generate(BriefConfig(root=project))
        page = (project / "site_src" / "briefings" / "a.md").read_text(encoding="utf-8")
        full_text = section(page, "full-text")
        assert page_title(page) == "Corrected title"
        assert "Engineers found cracks" not in full_text
        assert "Subscribe to Test Wire" in full_text
        assert full_text.index("river bridge") < full_text.index("Subscribe to Test Wire") < full_text.index("four other river")
        assert section(page, "key-quotes") == ""  # the only quote is hidden
        assert "We expect traffic" in full_text  # (it is still in the text)
        assert "Who pays for the repairs?" in page
        assert any("remove_questions 'no such question' matches nothing" in w for w in report.warnings)


def test_check_reports_without_writing(project: Path) -> None:
    write(project, "a.md")
    (project / "seeds" / "bad.txt").write_bytes(b"\x00\x01" * 20)
    before = snapshot(project)
    report = check(BriefConfig(root=project))
    assert report.sources == 2 and len(report.warnings) == 1
    assert snapshot(project) == before


def test_a_word_document_in_seeds_is_a_warning_and_the_rest_is_built(project: Path) -> None:
    write(project, "a.md")
    (project / "seeds" / "memo.docx").write_bytes(b"PK\x03\x04")
    report = generate(BriefConfig(root=project))
    assert report.warnings == ["memo.docx: a Word document, not read: save the article as .txt, .md or .html"]
    assert (project / "site_src" / "briefings" / "a.md").is_file() and report.exit_code(strict=True) == 1


def test_the_same_article_saved_twice_is_a_warning_and_both_are_built(project: Path) -> None:
    write(project, "a.md")
    write(project, "b.md", title="Bridge reopens next week")  # the same text under another headline
    write(project, "c.md", place="Shelbyville")  # another town: another article
    report = generate(BriefConfig(root=project))
    assert report.warnings == ["b.md: the same article text as a.md; both are built"]
    assert {p.name for p in (project / "site_src" / "briefings").iterdir()} >= {"a.md", "b.md", "c.md"}


@pytest.mark.parametrize(("bodies", "problems"), [
    ({"a.md": ["One.", "Two."], "b.txt": ["One.", "Two."]}, ["b.txt: the same article text as a.md; both are built"]),
    ({"a.md": ["One.", "Two."], "b.txt": ["One."]}, []),  # a shorter version is no copy
    ({"a.md": [], "b.txt": []}, []),  # pages with no text are reported on their own
    ({"z.md": ["One."], "b.txt": ["One."], "m.html": ["One."]},
     ["m.html: the same article text as b.txt; both are built", "z.md: the same article text as b.txt; both are built"]),
])
def test_duplicate_problems(bodies: dict[str, list[str]], problems: list[str]) -> None:
    assert duplicate_problems({name: {"body": body} for name, body in bodies.items()}) == problems


def test_missing_seeds_folder_is_a_warning(project: Path) -> None:
    shutil.rmtree(project / "seeds")
    report = generate(BriefConfig(root=project))
    assert report.warnings and report.exit_code(strict=True) == 1


def test_without_corrections_the_quote_and_paragraph_show(project: Path) -> None:
    write(project, "a.md")
    generate(BriefConfig(root=project))
    page = (project / "site_src" / "briefings" / "a.md").read_text(encoding="utf-8")
    assert "We expect traffic" in section(page, "key-quotes")
    assert "Engineers found cracks" in section(page, "full-text")


def test_progress_on_a_terminal(project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    write(project, "a.md")
    generate(BriefConfig(root=project))
    assert "[1/1] a.md" in capsys.readouterr().err


@pytest.mark.parametrize("ci", ["true", ""])
def test_progress_is_quiet_off_a_terminal(project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, ci: str) -> None:
    monkeypatch.setenv("CI", ci)
    write(project, "a.md")
    generate(BriefConfig(root=project))
    assert "[1/1]" not in capsys.readouterr().err


def test_serve_hook_regenerates_only_under_mkdocs_serve(project: Path) -> None:
    from types import SimpleNamespace

    from briefgen import serve_hook

    config = SimpleNamespace(config_file_path=str(project / "mkdocs.yml"))
    write(project, "a.md")
    serve_hook.on_startup(command="build", dirty=False)
    serve_hook.on_pre_build(config)
    assert not (project / "site_src" / "briefings" / "a.md").exists()
    serve_hook.on_startup(command="serve", dirty=False)
    try:
        serve_hook.on_pre_build(config)
        assert (project / "site_src" / "briefings" / "a.md").is_file()
        (project / "seeds" / "a.md").unlink()
        serve_hook.on_pre_build(config)  # a change in seeds/ shows up at the next rebuild
        assert not (project / "site_src" / "briefings" / "a.md").exists()
    finally:
        serve_hook.on_startup(command="build", dirty=False)


def test_corrections_pin_and_hide_quotes_and_edit_questions() -> None:
    from briefgen import corrections
    from briefgen.model import Article, Briefing, Paragraph, Question, Quote

    article = Article(name="x.md", paragraphs=(Paragraph("text"),))
    briefing = Briefing(
        article=article,
        quotes=(Quote("First thing said"), Quote("Second thing said"), Quote("Third thing said")),
        questions=(Question("Will it rain?", "Clouds gathered."), Question("Will it snow?", "It is cold.")),
    )
    fixes, problems = corrections.parse({"corrections": {
        "pin_quotes": ["second THING"], "hide_quotes": ["third"], "remove_questions": ["rain"],
        "add_questions": ["Who decides?"], "bogus": 1,
    }})
    assert problems == ["unknown correction 'bogus' (known: " + ", ".join(corrections.KEYS) + ")"]
    fixed, problems = corrections.correct_briefing(briefing, fixes)
    assert [q.text for q in fixed.quotes] == ["Second thing said", "First thing said"]
    assert fixed.quotes[0].key  # a pinned quote is always one the page shows
    assert [q.question for q in fixed.questions] == ["Will it snow?", "Who decides?"]
    assert problems == []
    assert corrections.parse({"corrections": "drop everything"})[1] == ["'corrections' must be a mapping; ignored"]


# site.repeated-block in the build: a paragraph repeated across one publication's articles.
HOUSE = "The Harbour Town Tribune is owned by a cooperative of its staff and has served the valley since 1921."
STORY = """---
title: {title}
date: 2024-04-0{day}
source: Harbour Town Tribune
{extra}---
Officials in {place} said on Monday that the {thing}, closed since a flood damaged it in the
spring, would reopen to the public next week once repairs by the contractor are finished.

{house}

Engineers found {n} cracks in the {thing} during an inspection in {place} in March, and the council
voted to spend {n} million dollars on repairs after a public meeting about the long closure.
"""
STORIES = [("Springfield", "river bridge"), ("Shelbyville", "public library"),
           ("Ogdenville", "swimming pool"), ("Brockway", "town hall")]


def write_story(project: Path, i: int, house: str = HOUSE, extra: str = "") -> Path:
    place, thing = STORIES[i]
    path = project / "seeds" / f"story{i}.md"
    path.write_text(STORY.format(title=f"{thing.title()} to reopen in {place}", day=i + 1, place=place,
                                 thing=thing, n=i + 3, house=house, extra=extra), encoding="utf-8")
    return path


def shows(project: Path, i: int) -> tuple[bool, bool]:
    """(the house paragraph is in the story's full text, it is listed as removed by site.repeated-block)."""
    page = (project / "site_src" / "briefings" / f"story{i}.md").read_text(encoding="utf-8")
    removed = page.split("Removed from the source", 1)[1] if "Removed from the source" in page else ""
    return "cooperative of its staff" in section(page, "full-text"), (
        "cooperative of its staff" in removed and "site.repeated-block" in removed)


def cached_keys(project: Path) -> set[str]:
    return {p.stem for p in (project / "site_src" / ".briefgen-cache").glob("*.json")}


def test_a_block_repeated_across_a_publication_is_removed_and_comes_back_when_it_no_longer_is(project: Path) -> None:
    for i in range(3):
        write_story(project, i)
    report = generate(BriefConfig(root=project))
    assert report.analysed == 3 and report.warnings == []
    assert [shows(project, i) for i in range(3)] == [(False, True)] * 3
    assert generate(BriefConfig(root=project)).analysed == 0  # nothing changed: nothing analysed

    (project / "seeds" / "story2.md").unlink()  # 2 articles left: under MIN_ARTICLES
    report = generate(BriefConfig(root=project))
    assert report.analysed == 2 and "briefings/story0.md" in report.written
    assert [shows(project, i) for i in range(2)] == [(True, False)] * 2
    manifest = json.loads((project / "site_src" / MANIFEST).read_text(encoding="utf-8"))
    assert cached_keys(project) == set(manifest["sources"].values())  # stale analyses pruned


def test_a_new_article_re_analyses_only_the_articles_whose_blocks_change(project: Path) -> None:
    for i in range(3):
        write_story(project, i)
    generate(BriefConfig(root=project))
    write_story(project, 3, house="")  # 3 of 4 still hold it: the others' blocks do not change
    report = generate(BriefConfig(root=project))
    assert report.analysed == 1
    assert [shows(project, i) for i in range(4)] == [(False, True)] * 3 + [(False, False)]
    (project / "seeds" / "story0.md").unlink()  # now 2 of 3: back in the two pages that hold it
    report = generate(BriefConfig(root=project))
    assert report.analysed == 2
    assert [shows(project, i) for i in (1, 2)] == [(True, False)] * 2
    manifest = json.loads((project / "site_src" / MANIFEST).read_text(encoding="utf-8"))
    assert cached_keys(project) == set(manifest["sources"].values())


def test_first_build_analyses_each_article_once(project: Path) -> None:
    for i in range(4):
        write_story(project, i)
    report = check(BriefConfig(root=project))
    assert report.analysed == 4 and report.warnings == []
    assert generate(BriefConfig(root=project)).analysed == 4


def test_repeated_blocks_switched_off_in_configuration(project: Path) -> None:
    for i in range(3):
        write_story(project, i)
    generate(BriefConfig(root=project, disabled_rules=("site.repeated-block",)))
    assert [shows(project, i) for i in range(3)] == [(True, False)] * 3


def test_a_correction_restores_a_repeated_block_in_its_own_article(project: Path) -> None:
    keep = 'corrections:\n  keep_paragraphs: ["owned by a cooperative"]\n'
    for i in range(3):
        write_story(project, i, extra=keep if i == 1 else "")
    for _ in range(2):  # and the same from the cache
        generate(BriefConfig(root=project))
        assert [shows(project, i) for i in range(3)] == [(False, True), (True, False), (False, True)]
        page = section((project / "site_src" / "briefings" / "story1.md").read_text(encoding="utf-8"), "full-text")
        assert page.index("would reopen") < page.index("cooperative of its staff") < page.index("Engineers found")


def test_an_unreadable_article_keeps_its_page_and_its_place_in_the_publication(project: Path) -> None:
    for i in range(3):
        write_story(project, i)
    generate(BriefConfig(root=project))
    (project / "seeds" / "story2.md").write_bytes(b"\x00\x01binary\x00" * 10)
    report = generate(BriefConfig(root=project))
    assert report.analysed == 0 and any("previous version of its page is kept" in w for w in report.warnings)
    assert [shows(project, i) for i in range(3)] == [(False, True)] * 3


def test_a_cached_analysis_without_blocks_is_completed_once_not_re_analysed(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import briefgen.build as build_module

    for i in range(3):
        write_story(project, i)
    generate(BriefConfig(root=project))
    for path in (project / "site_src" / ".briefgen-cache").glob("*.json"):  # as benchmarks/ seeds a cache
        data = json.loads(path.read_text(encoding="utf-8"))
        path.write_text(json.dumps({k: v for k, v in data.items() if k != build_module.BLOCKS}), encoding="utf-8")
    reads: list[str] = []
    real = build_module.read
    monkeypatch.setattr(build_module, "read", lambda source: reads.append(source.name) or real(source))
    assert generate(BriefConfig(root=project)).analysed == 0
    assert sorted(reads) == [f"story{i}.md" for i in range(3)]
    assert generate(BriefConfig(root=project)).analysed == 0 and len(reads) == 3  # not read again
    assert [shows(project, i) for i in range(3)] == [(False, True)] * 3
