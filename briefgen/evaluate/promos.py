"""In-body promos: Wikinews articles with generated promo lines inserted; how many promos go, how much news stays.

The promo lines come from templates written for this evaluation (not copied from the cleaning
patterns) with slots filled from small vocabularies, in six languages. Everything is seeded by
the article's file name, so the set is the same on every run. Templates are split in two halves:
"dev" (looked at while writing rules) and "heldout" (only scored), reported separately.
"""

from __future__ import annotations

import hashlib
import random
import time
from pathlib import Path

from briefgen.cleaning import clean
from briefgen.model import Article, Paragraph, Source
from briefgen.readers import read

PUBLICATIONS = ("The Daily Ledger", "Metro Courier", "Northern Star", "Global Wire", "Harbour Times",
                "Civic Post", "Der Morgenbote", "Le Veilleur", "El Faro Diario", "Folha do Vale")
TOPICS = ("climate policy", "European politics", "the tech industry", "public health", "world markets",
          "space exploration", "the Middle East", "local elections", "energy prices", "sport")
PRICES = ("$1", "$2.99", "£4", "€3.50", "$9", "$12")
PERIODS = ("month", "week", "year")
APPS = ("iPhone and Android", "iOS and Android", "your phone", "mobile")

# (category, template). Slots: {pub} {topic} {price} {period} {apps}.
TEMPLATES: tuple[tuple[str, str], ...] = (
    ("subscription", "Don't miss a story. Subscribe to {pub} today and read without limits."),
    ("subscription", "Subscribe now: {price} a {period} for the first three months."),
    ("subscription", "Become a member of {pub} and get unlimited access to every article."),
    ("subscription", "Already a subscriber? Log in to keep reading."),
    ("subscription", "Subscribe – {price}/{period}, cancel anytime"),
    ("subscription", "Start your free trial of {pub} today."),
    ("subscription", "Abonnieren Sie {pub} jetzt und lesen Sie unbegrenzt."),
    ("subscription", "Abonnez-vous à {pub} pour un accès illimité à nos articles."),
    ("subscription", "Suscríbete a {pub} y accede a todo nuestro contenido."),
    ("subscription", "Assine {pub} e tenha acesso ilimitado."),
    ("newsletter", "Sign up for our free {topic} newsletter, delivered to your inbox every Friday."),
    ("newsletter", "Get the best of {pub} delivered straight to your inbox."),
    ("newsletter", "Enter your email address to receive our morning briefing."),
    ("newsletter", "Want more on {topic}? Sign up for the weekly newsletter."),
    ("newsletter", "Newsletter abonnieren: Die wichtigsten Nachrichten jeden Morgen."),
    ("newsletter", "Inscrivez-vous à notre newsletter quotidienne."),
    ("newsletter", "Suscríbete a nuestro boletín y recibe las noticias cada mañana."),
    ("newsletter", "Iscriviti alla nostra newsletter settimanale."),
    ("share", "Share this article on Facebook, Twitter or by email."),
    ("share", "Found this useful? Share it with a friend!"),
    ("share", "Follow us on Instagram for more stories like this."),
    ("share", "Like us on Facebook"),
    ("share", "Folgen Sie uns auf Twitter und Facebook."),
    ("share", "Suivez-nous sur Twitter pour ne rien manquer."),
    ("share", "Compartir en WhatsApp"),
    ("cookies", "We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies."),
    ("cookies", "This website uses cookies to give you the best experience."),
    ("cookies", "Diese Website verwendet Cookies, um Ihnen das beste Erlebnis zu bieten."),
    ("cookies", "Ce site utilise des cookies pour améliorer votre navigation."),
    ("cookies", "Este sitio web utiliza cookies propias y de terceros."),
    ("related", "Related: How {topic} changed this year"),
    ("related", "Read more: What the experts say about {topic}"),
    ("related", "See also: Our full coverage of {topic}"),
    ("related", "More from {pub}: the week in {topic}"),
    ("related", "Lesen Sie auch: Was Experten zu {topic} sagen"),
    ("related", "À lire aussi : notre dossier sur {topic}"),
    ("related", "Leia também: o que muda com {topic}"),
    ("related", "Lee también: las claves de {topic}"),
    ("app", "Download the {pub} app for {apps} to get breaking news alerts."),
    ("app", "Get our free app: news on the go, available on the App Store and Google Play."),
    ("app", "Read {pub} on {apps}: download our app today."),
    ("app", "Laden Sie jetzt die {pub}-App herunter."),
    ("app", "Téléchargez notre application gratuite."),
    ("donation", "Support independent journalism: donate to {pub} today."),
    ("donation", "If you value our reporting on {topic}, please consider making a donation."),
    ("donation", "Every contribution, however big or small, helps keep our journalism free."),
    ("donation", "Donate now"),
    ("donation", "Jetzt spenden und unabhängigen Journalismus unterstützen."),
    ("donation", "Faites un don pour soutenir notre rédaction."),
    ("affiliate", "We may earn a commission when you buy through links on our site."),
    ("affiliate", "This article contains affiliate links; we may receive a small fee if you make a purchase."),
    ("affiliate", "This post is sponsored by {pub}."),
    ("affiliate", "Sponsored content"),
    ("plug", "Looking for more on {topic}? Check out our reading list of the year's best books."),
    ("plug", "Readers who want to dig deeper into {topic} may find our recommended reading list useful."),
    ("plug", "Explore our bookshop for the best titles on {topic}."),
    ("plug", "Interested in {topic}? Browse our curated guides."),
    ("plug", "Enjoyed this story? Discover more from {pub} in our weekly podcast."),
    ("ad", "Advertisement"),
    ("ad", "Story continues below advertisement"),
    ("ad", "Anzeige"),
    ("ad", "Publicidad"),
)
PROMOS_PER_ARTICLE = 4


def _half(index: int) -> str:
    return "dev" if index % 2 == 0 else "heldout"


def promo_lines(seed: str, count: int = PROMOS_PER_ARTICLE) -> list[tuple[str, str]]:
    """`count` promo lines (half, text) generated deterministically from `seed`."""
    rng = random.Random(int(hashlib.sha256(seed.encode()).hexdigest(), 16))
    lines = []
    for _ in range(count):
        index = rng.randrange(len(TEMPLATES))
        _, template = TEMPLATES[index]
        text = template.format(pub=rng.choice(PUBLICATIONS), topic=rng.choice(TOPICS),
                               price=rng.choice(PRICES), period=rng.choice(PERIODS), apps=rng.choice(APPS))
        lines.append((_half(index), text))
    return lines


def with_promos(article: Article, seed: str) -> tuple[Article, set[int]]:
    """The article with promo paragraphs inserted at seeded places; returns the promo indexes."""
    rng = random.Random(seed)
    paragraphs = list(article.paragraphs)
    promos = promo_lines(seed)
    for _, text in promos:
        paragraphs.insert(rng.randrange(1, len(paragraphs) + 1), Paragraph(text))
    promo_texts = {text for _, text in promos}
    index = {i for i, p in enumerate(paragraphs) if p.text in promo_texts}
    return Article(name=article.name, paragraphs=tuple(paragraphs), title=article.title), index


def evaluate(data_dir: Path, limit: int | None = None) -> dict[str, float]:
    """Share of promo lines dropped (by template half) and of news paragraphs kept."""
    files = sorted((data_dir / "corpus" / "articles").glob("*.md"))[:limit]
    promos = {"dev": [0, 0], "heldout": [0, 0]}  # [dropped, total]
    news_kept = news_total = 0
    seconds = 0.0
    for path in files:
        base = read(Source(path.name, "markdown", path.read_bytes()))
        article, promo_index = with_promos(base, path.name)
        halves = {text: half for half, text in promo_lines(path.name)}
        start = time.perf_counter()
        cleaned = clean(article)
        seconds += time.perf_counter() - start
        kept = {p.text for p in cleaned.paragraphs}
        for i, para in enumerate(article.paragraphs):
            if i in promo_index:
                tally = promos[halves[para.text]]
                tally[0] += para.text not in kept
                tally[1] += 1
            else:
                news_total += 1
                news_kept += para.text in kept
    dropped = sum(t[0] for t in promos.values())
    total = sum(t[1] for t in promos.values())
    return {
        "promo_dropped": dropped / total if total else 0.0,
        "promo_dropped_dev_templates": promos["dev"][0] / max(promos["dev"][1], 1),
        "promo_dropped_heldout_templates": promos["heldout"][0] / max(promos["heldout"][1], 1),
        "news_kept": news_kept / news_total if news_total else 0.0,
        "articles": len(files),
        "promo_lines": total,
        "news_paragraphs": news_total,
        "articles_per_second": len(files) / seconds if seconds else 0.0,
    }
