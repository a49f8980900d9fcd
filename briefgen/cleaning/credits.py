"""Rules for credits: photo credits and captions, a fact-check's list of sources, the print edition's note.

Their order in the registry (patterns.BUILTIN_RULES) is patterns.py's: credit.media comes before legal.copyright,
the captions after it.
"""

from __future__ import annotations

from briefgen.cleaning.vocab import AGENCY, REPORTING, phrase_rule

# A name in a credit line: capitalised words ("Jane Roe", "J. Scott Applewhite", "Hindustan Times").
_NAME = r"(?-i:[A-Z])[\w.'’&-]*(?:,? (?-i:[A-Z])[\w.'’&-]*){0,4}"

SOURCES = (
    # A fact-check's list of sources: each entry is an interview or a publication with its date
    # and nothing else — never a sentence of the story, which would go on after the date.
    phrase_rule("credit.sources", "an entry in the list of sources under a fact-check",
                r"^(?:e-?mail|phone|telephone|video|zoom) interviews? with\b.{0,160}\b\d{4}\.?$",
                # "McCarthy, Tom; Smith, David. “Title.” The Guardian. 15 November 2019."
                r"^(?-i:[A-Z])[\w'’-]+, (?-i:[A-Z])[\w.'’-]+(?: (?-i:[A-Z])\.)?(?:;? (?:and )?(?-i:[A-Z])[\w'’-]+, (?-i:[A-Z])[\w.'’-]+(?: (?-i:[A-Z])\.)?)*\. [“\"][^”\"]{5,200}[”\"] [^.]{2,60}\. .{0,40}\d{4}\.?$",
                # 'Federal Reserve Board, "Beige Book," Oct. 16, 2019'
                # (the date as any word, day and year: month names would gate the rule on "may", "march")
                r"^(?-i:[A-Z])[\w.&'’ -]{1,60}, [“\"][^”\"]{5,200}[”\"],? (?:[a-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2} [a-z]{3,9}\.? \d{4}|[a-z]{3,9}\.? \d{4})\.?$",
                max_words=60),
)

MEDIA = (
    # (before legal.copyright: a picture's "© Reuters" is a credit, not the site's footer)
    phrase_rule("credit.media", "photo or video credit",
                r"^\(?(?:photo(?:graph|grapher)?|image|picture|pic|video|illustration|graphic|file photo|credit|source|foto|bild|crédit|crédito|фото)s?(?: credit| by| courtesy| source)?\s*(?:[:|©]|\.{3})",
                # the label without its colon: "Photo by Jane Roe on Unsplash", "Photo courtesy of NASA", "Image copyright EPA"
                r"^\(?(?:photo(?:graph)?|image|picture|illustration)s? (?:by|courtesy(?: of)?) (?:the )?(?-i:[A-Z])[^.!?]{1,60}?\)?\s*$",
                r"^(?:image|photo|picture) (?:copyright|©)\s",
                # an agency's copyright under its picture ("© Reuters", "© AFP 2019"), not a site's legal footer
                rf"^(?:©|\(c\))\s*{AGENCY}(?: photo| images)?(?:\s*/\s*[^.!?/]{{1,40}})?(?:,?\s*\d{{4}})?\s*$",
                # a credit on a line of its own: "Jane Roe/Hindustan Times/Getty Images", "(AP Photo/Jane Roe, File)"
                # (no literal word to gate it: it runs on every short paragraph, and fails at the first small word)
                rf"^\(?{_NAME}(?:\s*/\s*{_NAME}){{0,2}}\s*/\s*{AGENCY}(?: images| file| via getty images)?\)?\s*$",
                rf"^\((?:{AGENCY}) photo\b[^()]{{0,60}}\)\s*$",
                # a picture from the subject's own collection, credited as such
                r"^(?:personal archive|private collection|личный архив|из личного архива|archivo personal|arquivo pessoal|archivio personale|privatarchiv|archives personnelles)\b.{0,50}$",
                r"^(?:image|photo|picture|slide) \d+ (?:of|/) \d+\s*$",
                # a slideshow's counter run into its caption, as a gallery pastes ("1of4A shopper looks at …")
                r"^\d{1,3}\s?of\s?\d{1,3}(?-i:[A-Z\u201c\"'])",
                # a caption under its label ("Image caption Assange gestures …"; pasted, the label can run
                # into the caption: "Media captionWho is …")
                r"^(?:image|media|photo|video) caption(?:\b|(?-i:(?=[A-Z])))",
                r"^(?:\(?(?:photo|image|picture)s?:?\s*)?(?:getty images|ap photo|reuters|afp|shutterstock|istock)\b.{0,30}$",
                # (60 words: a caption under its label or counter runs as long as the picture needs; every
                # other alternative is anchored at both ends or opens with a credit's label and colon)
                max_words=60),
)

CAPTIONS = (
    # A picture caption ends with its credit, after a slash, "Credit:" or in brackets; a sentence
    # of news ends with its full stop, so it never ends like this.
    phrase_rule("credit.caption", "a picture caption (it ends with the photo credit)",
                rf"[/|]\s*(?:[\w.'’ -]{{1,40}}/\s*)?{AGENCY}(?: file| images| via getty images)?\)?\s*$",
                r"(?-i:Credit):\s*[^.!?:]{2,60}$",
                rf"\({AGENCY}(?: photo)?\b[^()]{{0,60}}\)\s*$",
                # any credit of two to five sources or names joined by slashes, in brackets at the very
                # end: "(NASA/JPL-Caltech/ASU)", "(Jane Doe/The Union via AP)"; "[SpaceX via NASA]"
                r"\((?<!\w\()(?-i:[A-Z])[\w.&'’-]*(?: [\w.&'’-]+){0,3}(?:/(?-i:[A-Z])[\w.&'’-]*(?: [\w.&'’-]+){0,3}){1,4}(?<=[A-Za-z])\)\s*$",
                r"\[[^\[\]]{2,40} via [^\[\]]{2,40}\]\s*$",
                # the pictures' copyright holder at the very end: "installation views, photos © Studio Roe, 2018"
                r"\b(?:photos?|images?|pictures?|fotos?)\s*(?:©|\(c\)|copyright\b)\s*[^.!?]{1,60}$",
                # (a long caption — a diagram's key, a scene described at length — ends with its credit too;
                # a paragraph of news ends with its full stop, never with a photographer's name)
                max_words=120),
    # A caption that says what the picture is or when it was taken: "An artist's concept of …",
    # "In this Dec. 12, 2006, file photo, …", "This illustration shows …", "…, Tuesday, Nov. 19, 2019,
    # in Columbia, S.C." (the agencies' caption style: a weekday with the full date, then the place).
    # News about a picture says who took, posted or released it and reports it ("A photo posted on
    # Twitter shows …, police said"); a caption opens with the picture itself, and a reporting verb
    # keeps the paragraph. (Not "This graphic shows …": a chart's description is part of the
    # story as often as not.)
    phrase_rule("credit.picture-caption", "a picture caption: it says what the picture shows",
                r"^(?:an? )?artist['’]?s (?:concept|illustration|impression|rendering|depiction|conception)\b",
                r"^in this (?:[\w,.'’-]+ ){0,6}(?:photo|image|picture|photograph)(?![\w-])",
                r"^this (?:[\w.&'’-]+ ){0,5}(?:photo|image|picture|illustration|rendering|screenshot)\b"
                r"[^.!?]{0,60}\b(?:shows|depicts|illustrates)\b",
                r"^(?:a |an )?(?:file|stock|undated|handout) (?:photo|image|picture) of\b",
                r"^above:\s",
                r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday), (?:jan|feb|march|april|may|june|"
                r"july|aug|sept?|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4}, (?:in|at|near|outside|inside|on)\b",
                max_words=45, unless=REPORTING),
)

PRINT_EDITION = (
    # The note on a story's print edition ("A version of this article appears in print on …"): its own
    # category, not "nav", since an article pasted alone ends with it too (PAGE_FURNITURE_CATEGORIES).
    phrase_rule("credit.print-edition", "a note on the article's print edition",
                r"^a version of this (?:article|story|review|essay|column|interview|report) (?:appears|appeared|was published) in print\b",
                r"^as published in (?:the )?(?-i:[A-Z])[^.!?]{2,60}\.?\s*$",
                max_words=60),
)
