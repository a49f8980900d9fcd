"""briefgen: turn raw news articles into clean, searchable briefing pages.

Code map (read this first; each package's __init__ docstring maps its own modules). One article's path:
sources → readers/ → cleaning/ → extract/ (composed by brief) → corrections → site and render → build (MkDocs).

Analysis of one article (pipeline.analyze_article: read → clean → extract → Briefing):
    model                   the typed data passed between stages: Source → Article → Briefing
    pipeline                entry for one source: read → clean → extract → Briefing (`analyze` is the Python API)
    readers/                one reader per format (text, Markdown, HTML) → Article, checked
    cleaning/               named rules and the page scorer drop boilerplate, each removal recorded
    extract/                quotes, language, actors, summary, questions, timeline (its map lists the order)
    brief                   make_briefing: run every extractor on a cleaned Article
    errors                  the exceptions briefgen raises; the CLI turns them into one-line messages

Building the site (build.generate: seeds/ → site_src/, then MkDocs → site/):
    cli                     entry: the command line (analyze, generate, build, serve, check, eval)
    __main__                `python -m briefgen` runs the command line
    config                  briefgen.yml at the project root, all keys optional
    sources                 find source files in seeds/ and load them as Sources (read-only)
    commit_dates            each seed file's last commit date in git: the file date a fresh clone keeps
    build                   generate, build, serve and check: the whole run over a project
    manifest                what was written into site_src/, and a cache of analysed briefings
    corrections             editors' corrections from front matter, applied after analysis
    site                    which pages exist (briefings, home, archive, actors, tags) and their data
    site_actors             one key per real-world actor across briefings, and each actor page
    site_quotes             whose quote group a key quote joins on a briefing page
    render                  Jinja2 templates (templates/*.j2) → page text, autoescaped
    writer                  atomic file writes (never half a file)
    page_hook               MkDocs hook: briefgen's HTML pages skip Python-Markdown
    search_hook             MkDocs hook: briefgen's pages enter the search index unparsed
    serve_hook              MkDocs hook: under `mkdocs serve`, regenerate before each rebuild

Evaluation (`briefgen eval`, not used by a build):
    evaluate/               score each stage on the data sets in ../shared/data
"""

from briefgen.model import Briefing
from briefgen.pipeline import analyze

__version__ = "0.1.0"
__all__ = ["analyze", "Briefing", "__version__"]
