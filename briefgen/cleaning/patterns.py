"""Built-in boilerplate rules as data, grouped by concept; one alternative per line.

Each rule removes a whole paragraph. Phrase rules only fire on short paragraphs (`max_words`),
because promos are short and a long paragraph that mentions subscriptions or cookies is news.
Patterns are case-insensitive; most are anchored at the start (`^`) because promos open with
their call to action, while news only mentions the same words in passing.

Speed: each rule's top-level alternatives run only on paragraphs containing one of the literal
words an alternative must start with (gate.py). An alternative opening with a character class
(a digit, `[^.!?]`) or with an optional part that has no literal word cannot be gated and runs
on every short paragraph: start alternatives with words where the meaning allows.
"""

from __future__ import annotations

import re

from briefgen.cleaning.rules import DEFAULT_MAX_WORDS, Rule


def _rule(name: str, reason: str, *alternatives: str, max_words: int = DEFAULT_MAX_WORDS,
          unless: str | None = None) -> Rule:
    # Alternatives anchored with ^ are grouped under one ^ so that the regex engine rejects
    # them with a single test at every later position: this keeps cleaning fast.
    anchored = [a[1:] for a in alternatives if a.startswith("^")]
    floating = [a for a in alternatives if not a.startswith("^")]
    parts = ([f"^(?:{'|'.join(f'(?:{a})' for a in anchored)})"] if anchored else []) + [f"(?:{a})" for a in floating]
    pattern = re.compile("|".join(parts), re.IGNORECASE)
    return Rule(name, name.split(".")[0], reason, pattern, max_words,
                re.compile(unless, re.IGNORECASE) if unless else None)


# Words shared by several rules.
# Dates, for time stamps: "Nov. 19, 2019", "19 November 2019", "18 NOV 2019", "2019-11-19", "19.11.2019".
_MONTH = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|mai|juni|juli|okt|dez"
          r"|janv|févr|mars|avr|juin|juil|août|sept|déc|ene|abr|ago|dic|fev|set|out|dez|gen|mag|giu|lug|ott)[a-zéû]*\.?")
_WEEKDAY = r"mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
_DAY_MONTH_YEAR = rf"\d{{1,2}}\.?\s+(?:de\s+)?{_MONTH},?\s+(?:de\s+)?\d{{4}}"
_MONTH_DAY_YEAR = rf"{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
_NUMERIC_DATE = r"\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}"
# Photo agencies as they sign a credit (case kept: "(ePA)" is an abbreviation, "(EPA)" a credit).
_AGENCY = r"(?-i:Getty Images|Reuters|AP|AFP|EPA|Shutterstock|iStock|Bloomberg)"
_SUB = r"(?:subscribe|subscribing|subscription|abonnieren|abonniere|abonnez|abonner|abonnement|abo\b|suscr[ií]b|suscripci[oó]n|assine|assinatura|abbonati|abbonamento|iscriviti|abonneer|подпис)"
_NEWSLETTER = r"(?:newsletters?|e-?mail updates|daily briefing|morning briefing|bolet[ií]n|boletim|infolettre|lettre d'information|rundbrief)"
# A site's section names, capitalised as in its menus and breadcrumbs.
_SECTION = (r"(?-i:News|Sports?|Business|Politics|World|Local|Opinion|Entertainment|Lifestyle|Tech|Technology|"
            r"Health|Science|Music|Culture|Arts|Travel|Money|Markets|Blogs?|Articles|Features|Press Releases|"
            r"Nachrichten|Aktuelles|Actualités|Noticias|Notícias|Notizie)")
# A reporting verb: the paragraph tells what someone said or did, so it is news even when it
# repeats a disclaimer's or a company profile's words (used as a rule's `unless`).
_REPORTING = (r"\b(?:said|says|told|tells|according to|announced|reported|added|warned|warns|advised|advises|"
              r"recommended|recommends|urged|urges|explained|noted|ruled|sagte|sagt|erklärte|teilte|laut|"
              r"a déclaré|a indiqué|selon|dijo|afirmó|señaló|según|disse|afirmou|segundo|ha detto|secondo)\b")
_INBOX = r"(?:inbox|in-box|e-?mail|postfach|bo[iî]te (?:de r[ée]ception|mail)|bandeja de entrada|caixa de entrada|casella)"

SUBSCRIPTION = (
    _rule("subscription.price", "a subscription price tag",
          rf"^{_SUB}\w*\s*[-–—:|]?\s*(?:[$€£¥]|rs\.?|usd|eur)\s?\d",
          r"^(?:only|just|from|ab|dès|desde|a partir de)?\s*[$€£¥]\s?\d+(?:[.,]\d\d)?\s*(?:/|per|a|par|por|pro)\s*(?:month|mo|year|yr|week|monat|mois|mes|mês)\b\s*[.!]?$",
          r"\bfor (?:as little as|just|only)\s+(?:[$€£¥]|rs\.?)\s?\d.{0,80}\b(?:subscri|membership|premium|access)",
          r"\b(?:subscri|membership|premium|access)\b.{0,80}\bfor (?:as little as|just|only)\s+(?:[$€£¥]|rs\.?)\s?\d"),
    _rule("subscription.cta", "asks the reader to subscribe",
          r"^(?:[^.!?]{0,40}[.!]\s+)?(?:please\s+)?(?:subscribe|abonnieren sie|abonnez-vous|suscr[ií]bete|assine|abbonati|iscriviti|abonneer|подпишитесь)(?!\w)",
          r"^(?:become|be) an? (?:member|subscriber|insider|supporter)\b",
          rf"^(?:already an? (?:subscriber|member)|not an? subscriber|déjà abonné|ya eres suscriptor|já é assinante|schon abonnent)",
          # "unlimited access" only in a subscription context (news may mention full access)
          r"\b(?:for|get|enjoy|with) (?:unlimited|full|unrestricted|premium) (?:digital )?access\b.{0,80}\b(?:subscri|sign up|join|register|member|trial)",
          r"\b(?:subscri|sign up|join|register|member|trial|[$€£]\d).{0,80}\b(?:for|get|enjoy|with) (?:unlimited|full|unrestricted|premium) (?:digital )?access\b",
          r"^(?:start|begin|try) (?:your|a) (?:free )?(?:trial|subscription)",
          r"\bfree trial\b.{0,40}\b(?:then|cancel anytime|per month|/month)",
          rf"^(?:jetzt|gleich)\s+\w*\s*{_SUB}",
          r"^(?:abonnez-vous|suscríbete|suscribete|assine (?:já|agora|o)|abbonati (?:ora|subito))"),
    # A print or digital offer: a number of issues for a price, a price "for as little as",
    # with a discount code to type in (a code alone is news in a story about deals). News about prices reports them ("…, the company said").
    _rule("subscription.offer", "a subscription offer: issues for a price, or a discount code",
          r"\b\d+ (?:print |digital )?(?:issues|editions|ausgaben|numéros|números|numeri) (?:for|für|pour|por|per) (?:just |only |nur |seulement |solo |só )?(?:(?:[$€£¥]|rs\.?|usd|eur|chf)\s?\d|\d+(?:[.,]\d+)?\s?(?:€|(?:eur|euro|chf)\b))",
          r"\bfor (?:as little as|just|only)\s+(?:[$€£¥]|rs\.?)\s?\d[^.]{0,60}\.\s*use (?:the )?(?:promo |coupon |discount |voucher )?code\b",
          r"\bdelivered (?:through|to) your (?:letterbox|letter box|door|doorstep|mailbox)\b.{0,60}(?:[$€£]\s?\d|\bissues\b|\bsubscri)",
          max_words=60, unless=_REPORTING),
    _rule("subscription.paywall", "paywall or metered-access notice",
          r"\byou(?:'ve| have) (?:reached|used) (?:your|all your|the) (?:limit|free|monthly)",
          r"^(?:this|the) (?:article|story|content) is (?:only )?(?:for|available to|reserved for) (?:subscribers|members)",
          r"^(?:to (?:continue|keep) reading|continue reading with)\b.{0,60}\b(?:subscri|log ?in|sign ?in|register)",
          r"\b(?:log ?in|sign ?in) or (?:subscribe|register)\b.{0,40}\b(?:to (?:continue|read|access))",
          r"^(?:weiterlesen mit|dieser artikel ist nur für abonnenten|article réservé aux abonnés|contenido exclusivo para suscriptores|conteúdo exclusivo para assinantes)"),
)

NEWSLETTER = (
    _rule("newsletter.signup", "newsletter or e-mail sign-up box",
          rf"^(?:sign up|signup|register|subscribe|join|get|receive)\b.{{0,60}}\b{_NEWSLETTER}",
          rf"\b{_NEWSLETTER}\b.{{0,80}}\b(?:delivered|straight|direct(?:ly)?|sent) (?:to|into) (?:your|you)",
          rf"\b(?:delivered|straight) (?:to|into) your {_INBOX}",
          r"^(?:enter|type|add|your) (?:your )?e-?mail(?: address)?\b",
          r"^(?:get|receive) (?:our|the) (?:best|top|latest)\b.{0,60}\b(?:e-?mail|inbox)",
          r"^every (?:day|morning|evening|week|weekday) we (?:send|e-?mail)\b.{0,60}\b(?:stories|news|headlines|e-?mail|newsletter)",
          r"^(?:newsletter abonnieren|jetzt (?:zum|für den) newsletter|melden sie sich (?:jetzt )?für (?:unseren|den) newsletter)",
          r"^(?:inscrivez-vous|abonnez-vous) à (?:notre|la) (?:newsletter|lettre)",
          r"^(?:suscríbete|suscribete|regístrate) (?:a|en) (?:nuestro|nuestra|el|la) (?:bolet[ií]n|newsletter)",
          r"^(?:receba|assine|cadastre-se (?:na|em)) (?:a |nossa |o nosso )?(?:newsletter|boletim)",
          r"^(?:iscriviti|registrati) alla (?:nostra )?newsletter",
          r"\bjoin \d[\d,.]* other (?:subscribers|readers)\b",
          r"\b(?:meet|hit|land in|reach|arrive in) your inbox\b",
          r"\bdelivered (?:to you )?(?:every |each )?(?:weekday |week ?day )?(?:mornings?|evenings?|daily|weekly)\b",
          r"^(?:breaking news|daily|morning|evening|weekly) (?:e-?mails?|alerts?|newsletters?|briefing)\s*$",
          r"^get (?:breaking|our|the latest) (?:[\w-]+ ){0,3}(?:news|updates|alerts|headlines)\b",
          r"^(?:no spam|we (?:will never|won't) (?:share|spam)|unsubscribe at any time)"),
)

SHARE = (
    _rule("share.prompt", "asks the reader to share or follow",
          r"^(?:share|tweet)(?: this)? (?:article|story|post|page|on|via|with)\b",
          r"^(?:email|e-mail|print|pin|save) this (?:article|story|post|page)\b",
          r"\bshare (?:it|this|the story|this story|this article) with (?:a friend|your friends|others)",
          r"^(?:like|follow|find|join|connect with) us on (?:facebook|twitter|x|instagram|linkedin|youtube|tiktok|telegram|whatsapp)",
          r"^follow (?:us|@\w+|the \w+(?: \w+)?) (?:on|at)\b",
          r"^follow\b.{0,60}\bon (?:facebook|twitter|x|instagram|linkedin|youtube|tiktok|threads|bluesky|mastodon)\b",
          r"\bfollow (?:him|her|them|us) (?:on|at|@)",
          r"^(?:click|tap) (?:to|here to) (?:share|tweet|email|print)",
          r"^(?:facebook|twitter|linkedin|whatsapp|pinterest|reddit|email|e-mail|print|copy link)(?:[\s|/•·,]+(?:facebook|twitter|linkedin|whatsapp|pinterest|reddit|email|e-mail|print|copy link|messenger|telegram))+\s*$",
          r"^(?:teilen|teilen sie (?:diesen|den) artikel|partager(?: cet article| sur)?|compartir(?: en| este| esta)?|compartilhe|condividi)\b",
          r"^(?:folgen sie uns|suivez-nous|síguenos|siga-nos|seguici)\b",
          max_words=25),
)

CONSENT = (
    _rule("consent.cookies", "cookie or privacy consent notice",
          r"^(?:this|our) (?:web)?site uses cookies",
          r"^we (?:use|place|store) cookies\b",
          r"\bby (?:continuing|using|browsing)\b.{0,60}\b(?:you (?:agree|accept|consent)|you are (?:agreeing|accepting))\b.{0,60}\b(?:cookies|privacy|terms)",
          r"^(?:accept|allow|reject|manage) (?:all )?cookies\b",
          r"^(?:diese (?:web)?seite|diese website|wir) (?:verwendet|verwenden|nutzt|nutzen) cookies",
          r"^(?:ce site|nous) (?:utilise|utilisons) des cookies",
          r"^(?:este (?:sitio|site)(?: web)?|utilizamos|usamos) (?:utiliza |usa )?cookies",
          r"^(?:questo sito|utilizziamo) (?:utilizza )?(?:i )?cookie"),
)

RELATED = (
    _rule("related.link", "link to other stories",
          r"^[\[(]?(?:related(?: coverage| articles?| stories| content| reading| links?| news)?|see also|also read|read also|also on [\w.]+|more (?:from|in) \w+(?:\s\w+){0,4}|more on this(?: story)?|most (?:read|popular|viewed|shared)(?: in [\w ]+)?|recommended(?: for you| stories| reading)?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|trending(?: now)?|top stories|editor's picks|don'?t miss|further reading)\s*(?:[:|»›>–—-]|\.{2,3}$|…$|$)",
          r"^(?:also )?on (?:[\w-]+\.)+[a-z]{2,4}\b",  # "On HoustonChronicle.com: …"
          # a line that only points to more of the site: "You can view our June open thread here."
          r"^(?:you can )?(?:view|see|read|find|browse|check out) (?:our|all our|all of our) [^.!?]{1,60}\bhere\s*[.!]?$",
          r"^(?:lesen sie auch|mehr zum thema|auch interessant|das könnte sie auch interessieren|à lire aussi|lire aussi|voir aussi|sur le même sujet|lee también|te puede interesar|leia também|leia mais|veja também|saiba mais|leggi anche|vedi anche|potrebbe interessarti|lees ook|читайте также)\b",
          max_words=30),
    _rule("related.read-more", "a 'read more' or 'continue reading' link",
          r"^(?:read more|continue reading|read the (?:full|whole|rest of the) (?:story|article)|click here (?:to read|for more)|full story|keep reading|more (?:news|stories) (?:at|on|from))\b",
          r"^(?:weiterlesen|mehr lesen|lire la suite|en savoir plus|leer más|seguir leyendo|continuar lendo|continue lendo|leia a matéria|continua a leggere|leggi (?:tutto|di più)|lees meer|verder lezen)\b",
          max_words=25),
)

APP = (
    _rule("app.download", "asks the reader to install an app",
          r"\b(?:download|get|install|try)\b.{0,40}\b(?:our|the|free)\b.{0,30}\bapp\b",
          r"\b(?:available|download it|get it) on the (?:app store|google play)",
          r"\bapp store\b.{0,20}\bgoogle play\b|\bgoogle play\b.{0,20}\bapp store\b",
          r"^(?:laden sie|hol dir) (?:jetzt )?(?:unsere|die) .{0,30}app",
          r"^(?:téléchargez|descarga|descargue|baixe|scarica) (?:notre|nuestra|la|a|nossa|l')\s?.{0,30}\bapp",
          max_words=35),
)

DONATION = (
    _rule("donation.ask", "asks the reader for money",
          r"^(?:please )?(?:donate|give|chip in|contribute)(?: now| today| here| what you can)?\s*(?:[.!:|»›>–—-]|$)",
          r"^(?:support|fund|help fund|help us fund) (?:our|independent|quality|local|nonprofit|non-profit|this) (?:journalism|reporting|work|newsroom)",
          r"\b(?:make|consider making|please make) a (?:one-time |monthly |recurring )?(?:donation|contribution|gift)\b",
          r"\b(?:every|any) (?:contribution|donation|gift)\b.{0,40}\b(?:helps|matters|counts|makes)",
          r"^(?:become|be) a (?:patron|supporter|sustaining member|friend of)\b",
          r"^support (?:(?-i:[A-Z])[\w.&'’-]+ ){1,3}(?:and|so|to|today|now|by)\b.{0,80}\b(?:journalism|reporting|work|readers|facts|newsroom|mission)\b",
          r"\bon patreon\b|\bbuy (?:me|us) a coffee\b",
          r"^(?:jetzt spenden|spenden sie|unterstützen sie (?:uns|unseren journalismus)|(?:faites|faire) un don|soutenez-nous|soutenez notre|(?:haz|haga|hacer) una donación|dona ahora|done ahora|apoie o|apoie a|(?:faça|fazer) uma doação|doe agora|fai una donazione|dona ora|sostienici|steun ons|doneer)",
          max_words=40),
)

DONATION_APPEAL = (
    # The long appeal at an article's end ("… that is why we need your support. Support us from
    # as little as $1"): longer than donation.ask allows, so only phrases that ask this reader
    # for money for this site, in the first person plural.
    _rule("donation.appeal", "a longer appeal to readers for money",
          r"\bwe need your (?:financial )?(?:support|help|contributions?|donations?)\b",
          r"\b(?:support|fund|sustain|contribute to) (?:us|our (?:\w+ ){0,2}(?:journalism|reporting|work|newsroom|fact-checking|mission)|(?:independent|quality) (?:journalism|reporting))\b.{0,80}\bfrom (?:as little as|just|only)\s+(?:[$€£¥]|rs\.?)\s?\d",
          r"\bfrom (?:as little as|just|only)\s+(?:[$€£¥]|rs\.?)\s?\d.{0,80}\bit (?:only )?takes (?:a|one) minute\b",
          r"\b(?:wir brauchen|brauchen wir|nous avons besoin de|necesitamos|precisamos d[eo]|abbiamo bisogno del) (?:ihre|votre|tu|su|seu|sua|vostro) (?:finanzielle |financier |financiero |financeiro )?(?:unterstützung|soutien|apoyo|apoio|sostegno)\b",
          max_words=150, unless=_REPORTING),
)

AFFILIATE = (
    _rule("affiliate.disclosure", "affiliate or sponsorship disclosure",
          r"\b(?:may|might|will|could) (?:earn|receive|get|collect) (?:an? )?(?:small |affiliate )*(?:share|commission|compensation|fee|portion)\b",
          r"\b(?:is|are) supported by (?:its|our) (?:audience|readers)\b",
          r"\b(?:contains|includes|uses|may contain) affiliate links\b",
          r"^(?:this|the) (?:post|article|story|content|page) (?:is|was) (?:sponsored|paid for|supported) by\b",
          r"^(?:sponsored(?: content| post| by)?|paid (?:content|post|partnership)|in partnership with|presented by|advertorial|partner content)\s*(?:[:|–—-]|$)",
          r"\bif you (?:buy|purchase|click) (?:something|anything|a product)\b.{0,60}\b(?:commission|share|earn|receive)",
          r"^(?:als amazon-partner|cet article contient des liens|este artículo contiene enlaces|este post contém links|questo articolo contiene link)",
          max_words=50),
)

PLUG = (
    _rule("plug.reading-list", "advertises reading material or the publisher's own products",
          r"\b(?:explore|browse|check out|discover|see|visit|shop|get)\s+(?:our|the site's)\s+(?:[\w-]+\s+){0,4}(?:reading lists?|book (?:picks|list|club|recommendations)|books?|guides?|bookshop|bookstore|store|shop|collection|podcasts?|courses?|reports?)\b",
          r"\breaders (?:interested in|who want|wanting|looking|keen|curious)\b.{0,160}\b(?:may|might|will|could|should|can)\s+(?:\w+\s+){0,2}(?:find|enjoy|want|like|appreciate|benefit|consider|turn to)\b",
          r"\b(?:recommended|suggested|essential|further|curated) reading list\b",
          r"^(?:the (?:best|top) (?:\d+ )?books (?:on|about)|our (?:book|reading) (?:picks|recommendations))\b",
          max_words=80),
    _rule("plug.question-cta", "a question answered with a call to action (a house ad)",
          r"^(?:looking for|want|need|interested in|love|enjoy(?:ed)?|curious about|hungry for|craving|tired of|like what you(?:'re| are) reading)\b[^?]{0,140}\?\s*(?:then\s+)?(?:explore|check out|discover|try|browse|get|visit|sign up|subscribe|read|click|tap|download|join|see|find|shop|order|follow|listen|watch|support|become|give)\b",
          r"^(?:do|did|would|will|are|have) you (?:rely on|value|enjoy|like|love|appreciate|trust|want)\b[^?]{0,100}\?\s*(?:please\s+)?(?:click|tap|help|support|consider|become|join|subscribe|donate|sign up)\b",
          max_words=50),
)

ADS = (
    _rule("ad.label", "an advertisement label or placeholder",
          r"^(?:advertisement|advertising|advert|ad|ads|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|reclame|реклама)\s*(?:[:|–—-].{0,40})?$",
          r"^(?:story|article|content) continues below(?: (?:this )?(?:advertisement|ad))?\.?$",
          r"^(?:click to skip ad|skip ad|close ad|ad feedback|report (?:this )?ad|why this ad\??)$",
          r"^(?:advertise with us|advertise on \w+|werben auf|annoncez|anúncie|anuncie|pubblicità su)\b",
          max_words=12),
    # It addresses the reader's own blocker ("your ad blocker", "you are using"); news about ad
    # blockers does not.
    _rule("ad.blocker-notice", "asks the reader to switch off an ad blocker",
          r"\b(?:disable|whitelist|turn off|pause|deactivate|switch off) (?:your |the )?ad ?-?blocker\b",
          r"you(?:'re|’re| are) using an? ad ?-?blocker\b",
          r"we(?:'ve|’ve| have) (?:noticed|detected)(?: that)?(?: you(?:'re|’re| are) using)? an? ad ?-?blocker\b",
          max_words=60),
)

COMMENTS = (
    _rule("comments.prompt", "comment-section furniture",
          r"^(?:\d+\s+)?(?:comments?|replies|responses|reactions|kommentare|commentaires|comentarios|comentários|commenti)\s*(?:\(\d+\))?\s*$",
          r"^(?:leave|post|add|write|submit) a (?:comment|reply|response)\b",
          r"^(?:comments are (?:closed|disabled)|you must (?:be )?log(?:ged)? ?in to (?:post|leave) a comment)",
          r"^(?:join|start) the (?:discussion|conversation|debate)\b",
          r"^(?:tell us what you think|share your thoughts|what do you think\?|have your say)\b",
          r"^(?:view|show|load|see|read) (?:all |more )?(?:\d+ )?comments\b",
          r"^join (?:our|the) (?:[\w-]+ ){0,2}(?:forums?|community|discussion)\b",
          r"^(?:no comments yet|be the first to comment)\b",
          r"^(?:save my name, email|notify me of (?:new|follow-up) (?:comments|posts))",
          # a commenter's header "Name on May 3, 2018 at 5:23 pm said:" (not "the ministry said:")
          # (the year or time is checked behind the verb, so that the verb's literal gates the rule)
          r"(?:(?<=\b\d{4}\s)|(?<=\b[ap]m\s)|(?<=\b[ap]\.m\s)|(?<=\b[ap]m\.\s)|(?<=\b[ap]\.m\.\s))"
          r"(?:said|says|wrote|replied|commented)\s*:\s*$",
          r"^(?:reply|report|antworten|répondre|responder|rispondi|responder)\s*$",
          max_words=30),
)

COMMENT_POLICY = (
    # Rules of the comment section or letters page: they address the reader ("as you comment",
    # "our comment policy"); news about a platform's rules names the platform ("Facebook's
    # community standards"), and a reporting verb keeps a paragraph that quotes such rules.
    _rule("comments.policy", "the comment section's or letters page's rules for readers",
          r"^(?:as|when|before|if) you (?:comment|post a comment|leave a comment|write a comment)\b",
          r"^(?:when|before) (?:commenting|posting (?:a )?comments?)\b",
          r"^please (?:be respectful|be civil|keep (?:your )?(?:comments?|it|the discussion|the conversation) (?:civil|respectful|on[- ]topic|clean|relevant)|read our (?:comment|community|commenting))",
          r"\bwe reserve the right to (?:remove|delete|edit|moderate|block) (?:any )?(?:comments?|posts?|submissions?|contributions?)\b",
          r"\b(?:read|see|review|follow|abide by|consult) our (?:full )?(?:comment(?:ing|s)? (?:policy|guidelines|rules)|community (?:guidelines|standards|rules)|house rules|discussion (?:guidelines|rules))\b",
          r"^(?:all )?comments (?:are|will be|may be) (?:moderated|reviewed|pre-moderated)\b",
          r"\bwe(?:['’]d| would) (?:like|love) to hear (?:what you think|your (?:thoughts|views|opinions?|feedback))\b",
          r"^(?:to )?(?:submit|send|write) (?:us )?(?:a |your )?letters? to the editor\b",
          r"\b(?:wir behalten uns (?:das recht )?vor,? (?:kommentare|beiträge)|nous nous réservons le droit de (?:supprimer|modérer|retirer) (?:les |tout )?(?:commentaires?|contributions?|messages?)|nos reservamos el derecho (?:a|de) (?:eliminar|borrar|moderar|retirar) (?:los |cualquier )?(?:comentarios?|mensajes?)|nos reservamos o direito de (?:remover|excluir|apagar|moderar) (?:os |qualquer )?(?:comentários?|mensagens?)|ci riserviamo (?:il diritto )?di (?:rimuovere|cancellare|moderare) (?:i |qualsiasi )?(?:commenti|messaggi))",
          r"^(?:bitte bleiben sie (?:sachlich|höflich|fair)|merci de rester courtois|por favor,? (?:sé|sea|mantén|mantenga) (?:respetuos|el respeto)|por favor,? (?:seja respeitos|mantenha o respeito)|si prega di (?:essere rispettosi|mantenere))",
          max_words=80, unless=_REPORTING),
)

# Disclaimers of health, financial and legal content: the site speaks of itself ("this
# website", "our content", "these statements") or addresses the reader in the imperative at
# the start; a story about such a warning reports it, so a reporting verb keeps the paragraph.
DISCLAIMER = (
    _rule("legal.disclaimer", "a medical, financial or legal disclaimer",
          r"^\W{0,2}these statements have not been evaluated by the (?:food and drug administration|fda)",
          r"\b(?:this|these) products? (?:is|are) not intended to diagnose, treat, cure,? or prevent\b",
          r"^\W{0,2}(?:always )?consult (?:with )?(?:your|a) (?:own )?(?:physician|doctor|gp|health ?care (?:provider|professional)|medical professional|qualified [\w ]{1,30})\b.{0,120}\bbefore (?:beginning|starting|undertaking|using|taking|making|trying|changing)\b",
          # "for informational purposes" — with "only", or said of what is provided or published
          r"\b(?:is|are) (?:provided |intended |published |offered )?(?:solely |only |purely )?(?:for|as) (?:general )?(?:informational|information|educational|entertainment)(?: (?:and|or) (?:educational|informational|entertainment))? purposes only\b",
          r"\b(?:is|are) (?:provided|intended|published|offered) (?:solely |only |purely )?(?:for|as) (?:general )?(?:informational|information|educational|entertainment)(?: (?:and|or) (?:educational|informational|entertainment))? purposes\b",
          r"\b(?:information|content|contents|materials?|articles?)\b[^.]{0,60}\b(?:on|in|of) (?:this|our) (?:web ?)?(?:site|page|blog|newsletter|podcast|channel)\b[^.]{0,120}\b(?:is|are|was|were|should|does|do) not\b",
          r"\b(?:information|content|contents|materials?)\b (?:provided |contained |published |presented )?(?:on|in) (?:this|our) (?:web ?)?(?:site|page|blog)\b[^.]{0,120}\b(?:intended|provided|offered|designed) (?:for|as)\b",
          r"^nothing (?:in|on|of) (?:this|our|these)\b.{0,80}\b(?:advice|recommendation|solicitation|offer to (?:buy|sell))\b",
          r"\b(?:this|our|these|nothing|information|content|contents)\b[^.]{0,80}\b(?:does|do|is|are|should|shall) not (?:constitute|(?:be |intended to be )?(?:construed|considered|taken|treated|relied (?:up)?on|used) as|intended (?:to be |as )?(?:a substitute for|a replacement for)?|replace|substitute for|provide) (?:any |an? |the )?(?:\w+ ){0,3}(?:medical|financial|investment|legal|tax|professional) advice\b",
          r"^\W{0,2}(?:individual )?results (?:may |will |can )?vary\b.{0,200}\b(?:testimonials?|not typical|products?|guarantee[ds]?|diet|exercise)\b",
          r"\bresults (?:are |were )?not typical\b|\btestimonials? (?:featured|shown|presented) (?:on this|here|may have)\b",
          r"^\W{0,2}past performance (?:is|does) (?:not|no) (?:a )?(?:guarantee|indicat|reliable|guide)",
          # (opening with the literal "forward", so that the regex engine can skip to it)
          r"forward[- ]looking (?:statements|information)\b(?=.{0,200}\b(?:risks?|uncertaint\w*|actual results|differ materially|no obligation|undertakes? no)\b)",
          r"^(?:cautionary (?:note|statement|language)|safe harbou?r (?:statement|provision))\b.{0,80}\bforward[- ]looking|^forward[- ]looking statements?\s*(?:[:.–—-]|$)",
          r"\b(?:ersetz(?:t|en) (?:keine|nicht (?:die|den|eine|einen)) (?:ärztliche[n]?|medizinische[n]?|fachliche[n]?|professionelle[n]?) (?:beratung|behandlung|diagnose|rat)|stell(?:t|en) keine (?:anlage|finanz|rechts|steuer)beratung dar|(?:dient|dienen) (?:ausschließlich |nur |lediglich )?(?:zu|zur|der) information(?:szwecken)?\b|(?:ausschließlich|nur|lediglich) zu informationszwecken\b)",
          r"\b(?:ne constitue(?:nt)? (?:en aucun cas |pas )(?:un |une )?(?:conseil|avis|recommandation|incitation)|(?:fournie?s?|publiée?s?|données?|proposée?s?) (?:uniquement |purement |exclusivement |seulement )?(?:à titre|à des fins) (?:informatif|d'information|informatives?)|ne remplace(?:nt)? pas (?:un avis|une consultation|l'avis|le diagnostic) médica)",
          r"\b(?:no constituye(?:n)? (?:un |una |ningún |ninguna )?(?:asesoramiento|consejo|recomendación)|(?:tienen?|tiene(?:n)? (?:un )?carácter|son|es|se (?:publica|ofrece|proporciona)n?) (?:con )?(?:fines )?(?:meramente |únicamente |exclusivamente |puramente )?(?:fines )?informativos?|no sustituye(?:n)? (?:el consejo|la consulta|el diagnóstico|la opinión) (?:de un )?médic)",
          r"\b(?:não constitui(?:em)? (?:uma |um |qualquer )?(?:recomendação|aconselhamento|consultoria)|(?:têm|tem|são|é|servem?) (?:(?:para )?fins |caráter )?(?:meramente |exclusivamente |apenas )?(?:para fins )?informativos?|não substitui(?:em)? (?:a consulta|o diagnóstico|o aconselhamento|a orientação) médic)",
          r"\b(?:non costituisce (?:in alcun modo |alcuna )?(?:un )?(?:consiglio|consulenza|sollecitazione|raccomandazione)|(?:scopo|scopi|fini) (?:puramente |esclusivamente |meramente )?informativ[oi]|non sostitui(?:sce|scono) il parere (?:del |di un )?medic)",
          max_words=80, unless=_REPORTING),
)

# A press release's closing "About <company>" paragraph: the company describes itself with
# the facts of a register entry, present tense, two of them at once — where it is
# headquartered, how many people it employs, in how many countries, where its shares are
# listed. One such fact alone is news ("the company employs 1,300 people").
ABOUT = (
    _rule("about.company", "a press release's standard paragraph about the company",
          r"\b(?:is|are) headquartered in\b[^.]{0,150}\bemploy(?:s|ing) (?:\w+ ){0,3}[\d.,]+ (?:\w+ )?(?:people|employees|staff|professionals)\b(?: worldwide| globally| around the world| across| in (?:more than |over |some )?\d+ countries)",
          r"\b(?:is|are) headquartered in\b[^.]{0,150}\b(?:subsidiaries|offices|operations|operating businesses|locations|presence) in (?:more than |over |some |around )?\d+ countries\b",
          r"\b(?:headquartered|employs|employees|countries)\b.{0,250}\b(?:registered )?(?:shares|stock)\b[^.]{0,40}\b(?:are|is) (?:listed|traded|quoted) on\b",
          r"\b(?:registered )?(?:shares|stock)\b[^.]{0,40}\b(?:are|is) (?:listed|traded|quoted) on\b.{0,250}\b(?:headquartered|employs|employees)\b",
          # the company's one-line description, then its vision or mission "is to …"
          r"\b(?:is|are) (?:a|an|the) (?:leading |global |international |world-leading |worldwide |pioneering |trusted )+(?:[\w-]+ ){0,4}(?:provider|supplier|manufacturer|developer|company|leader|group|specialist|maker|operator)\b[^.]{0,160}\.\s.{0,300}\b(?:mission|vision|purpose|ambition) is to\b",
          r"\b(?:hat (?:seinen|ihren) (?:hauptsitz|sitz) in|mit (?:hauptsitz|sitz) in)\b.{0,200}\b(?:aktien?|titel)\b[^.]{0,40}\b(?:ist|sind) an der\b[^.]{0,40}börse\b",
          r"\b(?:a son siège|dont le siège est|basée?) (?:social )?(?:à|en)\b.{0,200}\b(?:est|sont) cotée?s? (?:à|sur|en)\b",
          max_words=120, unless=_REPORTING),
)

FURNITURE = (
    _rule("nav.skip-link", "site navigation", r"^(?:skip to (?:main )?(?:content|navigation|search)|jump to (?:content|navigation)|back to top|go to (?:home ?page|top)|zum inhalt springen|aller au contenu|ir al contenido)", max_words=12),
    # "Home News Business News <headline>", "Home > World > Europe": a breadcrumb trail starts at
    # the home page; a section name in capitals follows it ("Home Depot" and "home prices" do not).
    _rule("nav.breadcrumb", "a breadcrumb trail of the site's sections",
          r"^home\s*[>»›/|]\s*\w",
          # two section names after "Home" ("Home News Business News", "Home Music Music News"): one
          # alone may start a sentence ("Home Health aides went on strike")
          rf"^home\s+{_SECTION}\s+(?:{_SECTION}|(?-i:[A-Z])\w+ (?-i:News))\b",
          max_words=30),
    _rule("nav.tags", "the post's tags or categories",
          r"^(?:tags?|tagged(?: with| as| in)?|filed under|posted in|topics|related topics|keywords|themen|schlagwörter|schlagworte|étiquettes|mots-clés|etiquetas|temas|palavras-chave|argomenti)\s*:",
          max_words=40),
    _rule("nav.prev-next", "a link to the previous or next post",
          r"^(?:«\s*|‹\s*|<\s*)?(?:previous|next|prev|older|newer) (?:article|post|story|entry|item)s?\b\s*(?:[:»›>|]|$)",
          r"^(?:vorheriger|nächster|article (?:précédent|suivant)|artículo (?:anterior|siguiente)|post (?:anterior|seguinte)|articolo (?:precedente|successivo))\b",
          max_words=20),
    # A fact-check's list of sources: each entry is an interview or a publication with its date
    # and nothing else — never a sentence of the story, which would go on after the date.
    _rule("credit.sources", "an entry in the list of sources under a fact-check",
          r"^(?:e-?mail|phone|telephone|video|zoom) interviews? with\b.{0,160}\b\d{4}\.?$",
          # "McCarthy, Tom; Smith, David. “Title.” The Guardian. 15 November 2019."
          r"^(?-i:[A-Z])[\w'’-]+, (?-i:[A-Z])[\w.'’-]+(?: (?-i:[A-Z])\.)?(?:;? (?:and )?(?-i:[A-Z])[\w'’-]+, (?-i:[A-Z])[\w.'’-]+(?: (?-i:[A-Z])\.)?)*\. [“\"][^”\"]{5,200}[”\"] [^.]{2,60}\. .{0,40}\d{4}\.?$",
          # 'Federal Reserve Board, "Beige Book," Oct. 16, 2019'
          rf"^(?-i:[A-Z])[\w.&'’ -]{{1,60}}, [“\"][^”\"]{{5,200}}[”\"],? (?:{_MONTH_DAY_YEAR}|{_DAY_MONTH_YEAR}|{_MONTH}\s+\d{{4}})\.?$",
          max_words=60),
    # Its own category, not "nav": a press release or wire story ends with the same lines, and
    # they must not count as evidence of a pasted page (PAGE_FURNITURE_CATEGORIES).
    _rule("contact.details", "a line of phone, fax or e-mail contact details",
          r"^\W{0,3}(?:tel(?:ephone)?|phone|fax|mobile|telefon|téléphone|tél|teléfono|telefone)\.?\W{0,3}\s*(?:\+|\(?\d)[\d\s()./-]{5,}",
          r"^\W{0,3}e-?mail\s*:?\s*\S+@\S+(?:\s*$|\s+(?:phone|tel|fax)\b)",
          max_words=14),
    _rule("nav.script-notice", "a notice or code left by a script or widget the page could not run",
          r"^(?:this|the) (?:slideshow|gallery|video|content|page|feature|site|form|map|player) requires javascript"
          r"(?: to (?:run|work|display|view|play)\b.{0,40})?[.!]?\s*$",
          r"^(?:please )?(?:enable|turn on) javascript\b.{0,60}$",
          r"^javascript (?:is )?(?:required|disabled)\b.{0,60}$",
          r"^(?:sorry, )?your browser (?:does not|doesn't|can ?not|cannot) (?:support|play|display)\b.{0,60}$",
          r"^loading(?:\s*(?:\.{3}|…)|,? please wait!?)?\s*$",
          r"^\[/?(?:button|caption|gallery|embed|video|audio|vc_\w+|et_pb_\w+)\b[^\]]*\]",  # WordPress shortcodes
          max_words=30),
    _rule("nav.account", "login, account or site-search control",
          r"^(?:sign in|log ?in|log ?out|sign out|register|my account|manage (?:my )?account|create (?:an |your )?account|forgot (?:your )?password|search(?: for)?)\s*(?:[|/•·]|$)",
          r"^enter search terms?\b",
          max_words=10),
    _rule("legal.copyright", "copyright or legal footer",
          r"^(?:©|\(c\)|copyright\b|copyright ©)\s*(?:\d{4}|[a-z])",
          r"\ball rights reserved\b|\balle rechte vorbehalten\b|\btous droits réservés\b|\btodos los derechos reservados\b|\btodos os direitos reservados\b|\btutti i diritti riservati\b",
          r"^(?:terms of (?:use|service|sale)|privacy (?:policy|notice|settings)|cookie policy|accessibility|site ?map|contact us|about us|imprint|impressum|datenschutz|mentions légales|aviso legal|política de privacidad)\s*(?:[|/•·]|$)",
          r"^your (?:california )?privacy (?:rights|choices)\b|^do not sell my (?:personal )?info",
          r"^this material may not be (?:published|broadcast|rewritten|redistributed)",
          r"^this (?:document|article|material|content) is (?:subject to|protected by) copyright",
          r"^citation:",
          r"\bprotected by recaptcha\b",
          # (the licence's words first, so that the common "this"/"the" do not gate it)
          r"\blicensed under (?:a |the )?creative commons\b(?:(?<=is licensed under a creative commons)|(?<=is licensed under the creative commons)|(?<=is licensed under creative commons))",
          r"\bcontent of this (?:site|website) is licensed under\b",
          r"^terms (?:and|&) conditions\s*$",
          max_words=40),
    _rule("credit.media", "photo or video credit",
          r"^\(?(?:photo|image|picture|video|illustration|graphic|file photo|credit|source|foto|bild|crédit|crédito|фото)s?(?: credit| by| courtesy)?\s*(?:[:|©]|\.{3})",
          # a picture from the subject's own collection, credited as such
          r"^(?:personal archive|private collection|личный архив|из личного архива|archivo personal|arquivo pessoal|archivio personale|privatarchiv|archives personnelles)\b.{0,50}$",
          r"^(?:image|photo|picture|slide) \d+ (?:of|/) \d+\s*$",
          r"^(?:image|media|photo|video) caption\b",  # a caption under its label ("Image caption Assange gestures …")
          r"^(?:\(?(?:photo|image|picture)s?:?\s*)?(?:getty images|ap photo|reuters|afp|shutterstock|istock)\b.{0,30}$",
          max_words=20),
    # A picture caption ends with its credit, after a slash, "Credit:" or in brackets; a sentence
    # of news ends with its full stop, so it never ends like this.
    _rule("credit.caption", "a picture caption (it ends with the photo credit)",
          rf"[/|]\s*(?:[\w.'’ -]{{1,40}}/\s*)?{_AGENCY}(?: file| images| via getty images)?\)?\s*$",
          r"(?-i:Credit):\s*[^.!?:]{2,60}$",
          rf"\({_AGENCY}(?: photo)?\b[^()]{{0,60}}\)\s*$",
          # any credit of two to five sources or names joined by slashes, in brackets at the very
          # end: "(NASA/JPL-Caltech/ASU)", "(Jane Doe/The Union via AP)"; "[SpaceX via NASA]"
          r"\((?<!\w\()(?-i:[A-Z])[\w.&'’-]*(?: [\w.&'’-]+){0,3}(?:/(?-i:[A-Z])[\w.&'’-]*(?: [\w.&'’-]+){0,3}){1,4}(?<=[A-Za-z])\)\s*$",
          r"\[[^\[\]]{2,40} via [^\[\]]{2,40}\]\s*$"),
    _rule("nav.all-caps", "an all-capitals line: a teaser headline, section label or button",
          # two tests at the start, the one that fails fast first: no small letter or digit
          # anywhere (prose fails at its second character), then eight capitals (this rule has
          # no literal word to gate it, so it runs on every short paragraph)
          r"^(?=(?-i:[^a-zß-ÿа-я\d]+)$)(?:[^A-Za-zÀ-ÿ]*(?-i:[A-ZÀ-Þ])){8}",
          max_words=20),
    _rule("byline.author", "byline, author box or posting date",
          r"^(?:by|von|par|por|di|door)\s+(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,3}(?:\s*(?:,|and|&|\||[-–—·•]|\d{1,4}\b).{0,60})?$",
          r"^(?:posted|published|updated|written|last updated|first published)(?: on| by| at)?\s*:?\s*.{0,60}$",
          r"^(?:reporting by|editing by|additional reporting by|compiled by)\b",
          max_words=16),
    # A line that is nothing but a date or time is the page's time stamp, never a sentence of news.
    _rule("byline.timestamp", "a posting date or time on a line of its own",
          rf"^(?:(?:{_WEEKDAY})[a-z]*\.?,?\s+)?(?:{_DAY_MONTH_YEAR}|{_MONTH_DAY_YEAR}|{_NUMERIC_DATE})"
          r"(?:,?\s*(?:at\s+|um\s+|à\s+)?\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?-i:[A-Z]{2,4}))?)?\s*$",
          r"^(?:about\s+)?\d{1,2}\s+(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+ago\s*$",
          max_words=10),
)

BIO = (
    _rule("byline.bio", "an 'about the author' heading",
          r"^(?:about the author|über (?:den autor|die autorin)|à propos de l'auteur|sobre el autor|sobre o autor)\b",
          r"^(?:about|über) (?-i:[A-Z])\w+ (?-i:[A-Z])\w+$",
          max_words=8),
)

# A short biography of the article's author, at its end. Not "X is a reporter for Y.": a story
# about a journalist says the same words of its subject. Only forms that speak of the writer's
# own career and beat ("joined … in 2017. She has been reporting on … since 2009"), the life
# they have when not writing, or how to reach them.
AUTHOR_BIO = (
    _rule("byline.author-bio", "a short biography of the article's author",
          r"\bjoined (?:[\w&.'’-]+ ){1,6}in (?:\w+ )?\d{4}\.\s*(?:he|she|they) (?:has|have) been (?:reporting|writing|covering|blogging)\b",
          r"\bwhen (?:she|he|they)(?:['’]s| is| are|['’]re) not (?:writing|blogging|reporting|editing)\b",
          # the author's e-mail address in brackets after the name: "Jane Doe (jane@example.com) is …"
          r"^(?-i:[A-Z])[\w'’.-]+(?: (?-i:[A-Z])[\w'’.-]+){0,3} \([\w.+-]+@[\w-]+(?:\.[\w-]+)+\) (?:is|was|has|writes|covers|reports)\b",
          r"^(?:you can )?(?:reach|contact|e-?mail) (?:him|her|them|the (?:author|writer|reporter)) at\b",
          r"^(?:he|she|they) can be reached at\b",
          max_words=40, unless=_REPORTING),
)

# Decisions of the page scorer (briefgen.cleaning.page); named so they can be switched off too.
PAGE = (
    Rule("page.title-repeat", "page", "repeats the headline at the top of the body"),
    Rule("page.edge-fragment", "page",
         "a short non-sentence fragment (date, place, label) at the very start or end of the body"),
    Rule("page.link-list", "page", "a short list item under a 'Related' or 'Read more' heading"),
    Rule("page.link-heavy", "page", "a short line that is almost all link text (saved HTML): a teaser, menu or share link"),
    Rule("page.furniture", "page",
         "outside the article's run of prose: menus, teasers, footers of a pasted page"),
    Rule("page.short-fragment", "page",
         "a short fragment inside the article that reads like page furniture, not prose"),
    Rule("page.comment-thread", "page",
         "after the start of the comment section that ends the article's run: readers' comments"),
)

# Decided across the articles of one publication (briefgen.cleaning.repeated, run by the build),
# not from one paragraph's words; named so it can be switched off too.
SITE = (
    Rule("site.repeated-block", "site",
         "appears word for word in at least half of this publication's articles (3 or more): "
         "a house promo, footer or disclaimer"),
)

BUILTIN_RULES: tuple[Rule, ...] = (
    *NEWSLETTER, *SUBSCRIPTION, *DONATION, *DONATION_APPEAL, *APP, *AFFILIATE, *PLUG, *SHARE, *CONSENT,
    *RELATED, *ADS, *COMMENTS, *COMMENT_POLICY, *FURNITURE, *DISCLAIMER, *ABOUT, *BIO, *AUTHOR_BIO, *PAGE, *SITE,
)
