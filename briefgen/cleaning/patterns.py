"""Built-in boilerplate rules as data, grouped by concept; one alternative per line.

Each rule removes a whole paragraph (but page.hover-card, which cuts a card out of one: hover_card.py). Phrase rules only fire on short paragraphs (`max_words`),
because promos are short and a long paragraph that mentions subscriptions or cookies is news.
Patterns are case-insensitive; most are anchored at the start (`^`) because promos open with
their call to action, while news only mentions the same words in passing.

Speed: each rule's top-level alternatives run only on paragraphs containing one of the literal
words an alternative must start with (gate.py). An alternative opening with a character class
(a digit, `[^.!?]`) or with an optional part that has no literal word cannot be gated and runs
on every short paragraph: start alternatives with words where the meaning allows.

The rules for what closes a page (disclaimers, company profiles, author bios, comment policies,
long appeals) are in closing.py, those for credits and captions in credits.py, the named page and site rules
(no phrases) in page_rules.py; the rule builder and the shared words in vocab.py. The order of BUILTIN_RULES decides
which rule names a paragraph that several match.
"""

from __future__ import annotations

from briefgen.cleaning.closing import ABOUT, AUTHOR_BIO, COMMENT_POLICY, DISCLAIMER, DONATION_APPEAL
from briefgen.cleaning.credits import CAPTIONS, MEDIA, PRINT_EDITION, SOURCES
from briefgen.cleaning.page_rules import PAGE, SITE
from briefgen.cleaning.rules import Rule
from briefgen.cleaning.vocab import (
    AGENCY, DAY_MONTH_YEAR, INBOX, MONTH_DAY_YEAR, NEWSLETTER, NUMERIC_DATE, REPORTING, SECTION, SUB, WEEKDAY,
    phrase_rule,
)

SUBSCRIPTION = (
    phrase_rule("subscription.price", "a subscription price tag",
                rf"^{SUB}\w*\s*[-–—:|]?\s*(?:[$€£¥]|rs\.?|usd|eur)\s?\d",
                r"^(?:only|just|from|ab|dès|desde|a partir de)?\s*[$€£¥]\s?\d+(?:[.,]\d\d)?\s*(?:/|per|a|par|por|pro)\s*(?:month|mo|year|yr|week|monat|mois|mes|mês)\b\s*[.!]?$",
                r"\bfor (?:as little as|just|only)\s+(?:[$€£¥]|rs\.?)\s?\d.{0,80}\b(?:subscri|membership|premium|access)",
                r"\b(?:subscri|membership|premium|access)\b.{0,80}\bfor (?:as little as|just|only)\s+(?:[$€£¥]|rs\.?)\s?\d"),
    phrase_rule("subscription.cta", "asks the reader to subscribe",
                r"^(?:[^.!?]{0,40}[.!]\s+)?(?:please\s+)?(?:subscribe|abonnieren sie|abonnez-vous|suscr[ií]bete|assine|abbonati|iscriviti|abonneer|подпишитесь)(?!\w)",
                r"^(?:become|be) an? (?:member|subscriber|insider|supporter)\b",
                r"^(?:click|tap) here to subscribe\b",
                r"^(?:already an? (?:subscriber|member)|not an? subscriber|déjà abonné|ya eres suscriptor|já é assinante|schon abonnent)",
                # "unlimited access" only in a subscription context (news may mention full access)
                r"\b(?:for|get|enjoy|with) (?:unlimited|full|unrestricted|premium) (?:digital )?access\b.{0,80}\b(?:subscri|sign up|join|register|member|trial)",
                r"\b(?:subscri|sign up|join|register|member|trial|[$€£]\d).{0,80}\b(?:for|get|enjoy|with) (?:unlimited|full|unrestricted|premium) (?:digital )?access\b",
                r"^(?:start|begin|try) (?:your|a) (?:free )?(?:trial|subscription)",
                r"\bfree trial\b.{0,40}\b(?:then|cancel anytime|per month|/month)",
                rf"^(?:jetzt|gleich)\s+\w*\s*{SUB}",
                r"^(?:abonnez-vous|suscríbete|suscribete|assine (?:já|agora|o)|abbonati (?:ora|subito))"),
    # A print or digital offer: a number of issues for a price, a price "for as little as" with a
    # discount code to type in (a code alone is news in a story about deals). News about prices
    # reports them ("…, the company said").
    phrase_rule("subscription.offer", "a subscription offer: issues for a price, or a discount code",
                r"\b\d+ (?:print |digital )?(?:issues|editions|ausgaben|numéros|números|numeri) (?:for|für|pour|por|per) (?:just |only |nur |seulement |solo |só )?(?:(?:[$€£¥]|rs\.?|usd|eur|chf)\s?\d|\d+(?:[.,]\d+)?\s?(?:€|(?:eur|euro|chf)\b))",
                r"\bfor (?:as little as|just|only)\s+(?:[$€£¥]|rs\.?)\s?\d[^.]{0,60}\.\s*use (?:the )?(?:promo |coupon |discount |voucher )?code\b",
                r"\bdelivered (?:through|to) your (?:letterbox|letter box|door|doorstep|mailbox)\b.{0,60}(?:[$€£]\s?\d|\bissues\b|\bsubscri)",
                max_words=60, unless=REPORTING),
    phrase_rule("subscription.paywall", "paywall or metered-access notice",
                r"\byou(?:'ve| have) (?:reached|used) (?:your|all your|the) (?:limit|free|monthly)",
                r"^(?:this|the) (?:article|story|content) is (?:only )?(?:for|available to|reserved for) (?:subscribers|members)",
                r"^(?:to (?:continue|keep) reading|continue reading with)\b.{0,60}\b(?:subscri|log ?in|sign ?in|register)",
                r"\b(?:log ?in|sign ?in) or (?:subscribe|register)\b.{0,40}\b(?:to (?:continue|read|access))",
                r"^(?:weiterlesen mit|dieser artikel ist nur für abonnenten|article réservé aux abonnés|contenido exclusivo para suscriptores|conteúdo exclusivo para assinantes)"),
)

NEWSLETTER = (
    phrase_rule("newsletter.signup", "newsletter or e-mail sign-up box",
                rf"^(?:(?:click|tap) here to )?(?:sign up|signup|register|subscribe|join|get|receive)\b.{{0,60}}\b{NEWSLETTER}",
                rf"\b{NEWSLETTER}\b.{{0,80}}\b(?:delivered|straight|direct(?:ly)?|sent) (?:to|into) (?:your|you)",
                # a promo's closing call, a sentence of its own ending it ("… Sign up for the free daily newsletter.")
                rf"(?<=[.!?] )(?:sign up|subscribe) (?:for|to) (?:our|the|this) (?:[\w-]+ ){{0,3}}{NEWSLETTER}[.!]?\s*$",
                rf"\b(?:delivered|straight) (?:to|into) your {INBOX}",
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
                r"^(?:no spam|we (?:will never|won't) (?:share|spam)|unsubscribe at any time)",
                # the sign-up box's own answer, left in the page: "You have been successfully subscribed!"
                r"^(?:you(?:'ve|’ve| have) (?:been )?(?:successfully )?subscribed|you(?:'re|’re| are) (?:now )?subscribed|"
                r"thanks? (?:you )?for (?:subscribing|signing up))(?: (?:to|for) (?:our|the|this) [\w -]{1,30})?\s*[.!]?\s*$"),
)

SHARE = (
    phrase_rule("share.prompt", "asks the reader to share or follow",
                r"^(?:share|tweet)(?: this)? (?:article|story|post|page|on|via|with)\b",
                r"^(?:email|e-mail|print|pin|save) this (?:article|story|post|page)\b",
                r"\bshare (?:it|this|the story|this story|this article) with (?:a friend|your friends|others)",
                r"^(?:like|follow|find|join|connect with) us on (?:facebook|twitter|x|instagram|linkedin|youtube|tiktok|telegram|whatsapp)",
                r"^follow (?:us|@\w+|the \w+(?: \w+)?) (?:on|at)\b",
                r"^follow\b.{0,60}\bon (?:facebook|twitter|x|instagram|linkedin|youtube|tiktok|threads|bluesky|mastodon)\b",
                # opening the paragraph or a sentence of it, not "urged voters to follow him on Twitter"
                r"\b(?:(?<=^)|(?<=[.!?)] )|(?<=\bor )|(?<=\band ))follow (?:him|her|them|us) (?:on|at|@)",
                r"^(?:click|tap) (?:to|here to) (?:share|tweet|email|print)",
                # a share widget's labels: "All sharing options for: <headline>", "Share this entry"
                r"^(?:all|more|show (?:all|more)|view all) sharing options\b",
                r"^share this entry\s*$|^sharing is caring\b",
                # a row of share buttons, their icon names included ("Facebook-f Linkedin-in Twitter")
                r"^(?:facebook|twitter|linkedin|whatsapp|pinterest|reddit|email|e-mail|print|copy link)(?:-(?:f|in|square|official|alt|circle|p))?"
                r"(?:[\s|/•·,]+(?:facebook|twitter|linkedin|whatsapp|pinterest|reddit|email|e-mail|print|copy link|messenger|telegram)"
                r"(?:-(?:f|in|square|official|alt|circle|p))?)+\s*$",
                r"^(?:teilen|teilen sie (?:diesen|den) artikel|partager(?: cet article| sur)?|compartir(?: en| este| esta)?|compartilhe|condividi)\b",
                r"^(?:folgen sie uns|suivez-nous|síguenos|siga-nos|seguici)\b",
                max_words=25),
)

CONSENT = (
    phrase_rule("consent.cookies", "cookie or privacy consent notice",
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
    phrase_rule("related.link", "link to other stories",
                r"^[\[(]?(?:related(?: coverage| articles?| stories| content| reading| links?| news)?|more(?=\s*:)|see also|also read|read also|also on [\w.]+|more (?:from|in) \w+(?:\s\w+){0,4}|more on this(?: story)?|most (?:read|popular|viewed|shared)(?: in [\w ]+)?|recommended(?: for you| stories| reading)?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|trending(?: now)?|top stories|editor's picks|don'?t miss|further reading)\s*(?:[:|»›>–—-]|\.{2,3}$|…$|$)",
                r"^(?:also )?on (?:[\w-]+\.)+[a-z]{2,4}\b",  # "On HoustonChronicle.com: …"
                # a line that only points to more of the site: "You can view our June open thread here."
                r"^(?:you can )?(?:view|see|read|find|browse|check out) (?:our|all our|all of our) [^.!?]{1,60}\bhere\s*[.!]?$",
                r"^(?:lesen sie auch|mehr zum thema|auch interessant|das könnte sie auch interessieren|à lire aussi|lire aussi|voir aussi|sur le même sujet|lee también|te puede interesar|leia também|leia mais|veja também|saiba mais|leggi anche|vedi anche|potrebbe interessarti|lees ook|читайте также)\b",
                # Japanese: "see these articles too", "related articles", "you may also want to read", "popular articles"
                r"^(?:こちらの記事も(?:合わせて|あわせて)?(?:どうぞ|読まれています|おすすめ)|(?:合わせて|あわせて)読みたい|関連記事|おすすめ記事|人気記事|この記事を読んだ人はこんな記事も読んでいます)\s*[:：]?\s*$",
                # "you may also like" in other languages ("Você pode gostar...", "Vous aimerez aussi")
                r"^(?:(?:talvez )?voc[êe] (?:tamb[ée]m )?(?:pode|poder[áa]|possa) (?:gostar|se interessar)|(?:tambi[ée]n )?te (?:puede|podr[íi]a)n? gustar|vous (?:aimerez|pourriez aimer)(?: aussi| peut-être aussi| également)?|(?:das )?könnte (?:sie|dich) auch interessieren|(?:ti )?potrebbe (?:anche )?(?:piacerti|interessarti)|dit vind je misschien ook leuk|вам (?:также )?может понравиться)(?:\s*(?:[:|»›>–—-]|\.{2,3}|…))?\s*$",
                max_words=30),
    # The title of a photo gallery or video the page links to or embeds ("Photos: Crossgates Mall through the
    # years", "Video: Moscow wins 6-Man Championship"): not a credit, which names who made the picture
    # ("Photos: Jane Roe/Reuters", "Video: AP"; credit.media).
    phrase_rule("related.media-link", "the title of a photo gallery or video the page links to",
                rf"^(?:photos|videos|video|photo gallery|gallery|slideshow|watch)\s*:\s*(?!(?:{AGENCY}|courtesy|by)\b)"
                r"(?![^|]*\bfor (?:the )?(?-i:[A-Z]))(?=[^/©|]{3,140}$)(?:\S+\s+){2,}\S+",
                max_words=25),
    phrase_rule("related.read-more", "a 'read more' or 'continue reading' link",
                r"^(?:read more|continue reading|read the (?:full|whole|rest of the) (?:story|article)|click here (?:to read|for more)|full story|keep reading|more (?:news|stories) (?:at|on|from))\b",
                r"^(?:weiterlesen|mehr lesen|lire la suite|en savoir plus|leer más|seguir leyendo|continuar lendo|continue lendo|leia a matéria|continua a leggere|leggi (?:tutto|di più)|lees meer|verder lezen)\b",
                max_words=25),
)

APP = (
    phrase_rule("app.download", "asks the reader to install an app",
                r"\b(?:download|get|install|try)\b.{0,40}\b(?:our|the|free)\b.{0,30}\bapp\b",
                r"\b(?:available|download it|get it) on the (?:app store|google play)",
                r"\bapp store\b.{0,20}\bgoogle play\b|\bgoogle play\b.{0,20}\bapp store\b",
                r"^(?:laden sie|hol dir) (?:jetzt )?(?:unsere|die) .{0,30}app",
                r"^(?:téléchargez|descarga|descargue|baixe|scarica) (?:notre|nuestra|la|a|nossa|l')\s?.{0,30}\bapp",
                max_words=35),
)

DONATION = (
    phrase_rule("donation.ask", "asks the reader for money",
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

AFFILIATE = (
    phrase_rule("affiliate.disclosure", "affiliate or sponsorship disclosure",
                r"\b(?:may|might|will|could) (?:earn|receive|get|collect) (?:an? )?(?:small |affiliate )*(?:share|commission|compensation|fee|portion)\b",
                r"\b(?:is|are) supported by (?:its|our) (?:audience|readers)\b",
                r"\b(?:contains|includes|uses|may contain) affiliate links\b",
                r"^(?:this|the) (?:post|article|story|content|page) (?:is|was) (?:sponsored|paid for|supported) by\b",
                r"^(?:sponsored(?: content| post| by)?|paid (?:content|post|partnership)|in partnership with|presented by|advertorial|partner content)\s*(?:[:|–—-]|$)",
                r"\bif you (?:buy|purchase|click) (?:something|anything|a product)\b.{0,60}\b(?:commission|share|earn|receive)",
                r"^(?:als amazon-partner|cet article contient des liens|este artículo contiene enlaces|este post contém links|questo articolo contiene link)",
                # a blogger's sponsorship note: "This shop has been compensated by #CollectiveBias and its advertiser"
                r"\bthis (?:shop|post|blog post|review|video) (?:has been|was|is being|is) compensated\b",
                r"\b(?:i|we) (?:have been|was|were|am|are) compensated (?:for (?:this|my|our) (?:post|review|video|blog|"
                r"campaign)|by (?:the )?(?:brand|sponsor|advertiser))\b",
                r"^all (?:opinions|views)(?: expressed)? (?:are|remain) (?:my|our|mine|100%|entirely|solely)\b",
                max_words=50),
)

PLUG = (
    phrase_rule("plug.reading-list", "advertises reading material or the publisher's own products",
                r"\b(?:explore|browse|check out|discover|see|visit|shop|get)\s+(?:our|the site's)\s+(?:[\w-]+\s+){0,4}(?:reading lists?|book (?:picks|list|club|recommendations)|books?|guides?|bookshop|bookstore|store|shop|collection|podcasts?|courses?|reports?)\b",
                r"\breaders (?:interested in|who want|wanting|looking|keen|curious)\b.{0,160}\b(?:may|might|will|could|should|can)\s+(?:\w+\s+){0,2}(?:find|enjoy|want|like|appreciate|benefit|consider|turn to)\b",
                r"\b(?:recommended|suggested|essential|further|curated) reading list\b",
                r"^(?:the (?:best|top) (?:\d+ )?books (?:on|about)|our (?:book|reading) (?:picks|recommendations))\b",
                max_words=80),
    phrase_rule("plug.question-cta", "a question answered with a call to action (a house ad)",
                r"^(?:looking for|want|need|interested in|love|enjoy(?:ed)?|curious about|hungry for|craving|tired of|like what you(?:'re| are) reading)\b[^?]{0,140}\?\s*(?:then\s+)?(?:explore|check out|discover|try|browse|get|visit|sign up|subscribe|read|click|tap|download|join|see|find|shop|order|follow|listen|watch|support|become|give)\b",
                r"^(?:do|did|would|will|are|have) you (?:rely on|value|enjoy|like|love|appreciate|trust|want)\b[^?]{0,100}\?\s*(?:please\s+)?(?:click|tap|help|support|consider|become|join|subscribe|donate|sign up)\b",
                max_words=50),
)

ADS = (
    phrase_rule("ad.label", "an advertisement label or placeholder",
                r"^(?:advertisement|advertising|advert|ad|ads|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|reclame|реклама)\s*(?:[:|–—-].{0,40})?$",
                r"^(?:story|article|content) continues below(?: (?:this )?(?:advertisement|ad))?\.?$",
                r"^(?:click to skip ad|skip ad|close ad|ad feedback|report (?:this )?ad|why this ad\??)$",
                r"^(?:advertise with us|advertise on \w+|werben auf|annoncez|anúncie|anuncie|pubblicità su)\b",
                max_words=12),
    # It addresses the reader's own blocker ("your ad blocker", "you are using"); news about ad
    # blockers does not.
    phrase_rule("ad.blocker-notice", "asks the reader to switch off an ad blocker",
                r"\b(?:disable|whitelist|turn off|pause|deactivate|switch off) (?:your |the )?ad ?-?blocker\b",
                r"you(?:'re|’re| are) using an? ad ?-?blocker\b",
                r"we(?:'ve|’ve| have) (?:noticed|detected)(?: that)?(?: you(?:'re|’re| are) using)? an? ad ?-?blocker\b",
                max_words=60),
)

COMMENTS = (
    phrase_rule("comments.prompt", "comment-section furniture",
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

# A date, and the time after a comma, "at" or a dash or bar ("November 20, 2019 - 11:28 AMT"), alone on its line.
_TIMESTAMP = (rf"(?:(?:{WEEKDAY})[a-z]*\.?,?\s+)?(?:{DAY_MONTH_YEAR}|{MONTH_DAY_YEAR}|{NUMERIC_DATE})"
              r"(?:,?\s*(?:at\s+|um\s+|à\s+|[-–—|·•]\s*)?\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?-i:[A-Z]{2,4}))?)?\s*$")

FURNITURE = (
    phrase_rule("nav.skip-link", "site navigation",
                r"^(?:skip to (?:main )?(?:content|navigation|search)|jump to (?:content|navigation)|back to top|go to (?:home ?page|top)|zum inhalt springen|aller au contenu|ir al contenido)",
                # the page in another language or script: "阅读简体中文版閱讀繁體中文版" (read the simplified / traditional Chinese edition)
                r"^(?:(?:阅读|閱讀)(?:简体|繁體|繁体|簡體)中文版\s*)+$",
                r"^(?:read (?:this (?:article|story) )?in|leer en|lire en|leia em|leggi in) (?:english|spanish|español|french|français|chinese|中文|german|deutsch|portuguese|português|italiano)\s*$",
                max_words=12),
    # "Home News Business News <headline>", "Home > World > Europe": a breadcrumb trail starts at
    # the home page; a section name in capitals follows it ("Home Depot" and "home prices" do not).
    phrase_rule("nav.breadcrumb", "a breadcrumb trail of the site's sections",
                r"^home\s*[>»›/|]\s*\w",
                # two section names after "Home" ("Home News Business News", "Home Music Music News"): one
                # alone may start a sentence ("Home Health aides went on strike")
                rf"^home\s+{SECTION}\s+(?:{SECTION}|(?-i:[A-Z])\w+ (?-i:News))\b",
                max_words=30),
    phrase_rule("nav.tags", "the post's tags or categories",
                r"^(?:tags?|tagged(?: with| as| in)?|filed under|posted in|topics|related topics|keywords|themen|schlagwörter|schlagworte|étiquettes|mots-clés|etiquetas|temas|palavras-chave|argomenti)\s*:",
                max_words=40),
    phrase_rule("nav.prev-next", "a link to the previous or next post",
                r"^(?:«\s*|‹\s*|<\s*)?(?:previous|next|prev|older|newer) (?:article|post|story|entry|item|entries|page)s?\b\s*(?:[:»›>|]|$)",
                # a pager's bare button ("« Previous", "Next »", "Older Entries")
                r"^(?:[«‹<←]\s*)?(?:previous|next|prev|older|newer)\s*(?:[»›>→]\s*)?$",
                # the label run into the other story's headline ("Next Article Council votes to …"): a capital follows
                r"^(?:previous|next) (?:article|post|story)\s+(?-i:[A-Z\d“\"‘'])",
                # "Read next …" (not "Up next": an AP game story's own heading for the teams' next games)
                r"^(?:read|watch) next\b",
                # a WordPress pager pasted without spaces: "PrevPreviousHeadline", "NextHeadlineNext"
                r"^prev\s*previous(?-i:[A-Z\d])|^next(?-i:[A-Z\d])[^.!?]{5,160}(?-i:[a-z\d’'”\"]Next)\s*$",
                r"^(?:vorheriger|nächster|article (?:précédent|suivant)|artículo (?:anterior|siguiente)|post (?:anterior|seguinte)|articolo (?:precedente|successivo))\b",
                max_words=20),
    *SOURCES,
    # Its own category, not "nav": a press release or wire story ends with the same lines, and
    # they must not count as evidence of a pasted page (PAGE_FURNITURE_CATEGORIES).
    phrase_rule("contact.details", "a line of phone, fax or e-mail contact details",
                # (an opening bracket written out, not as \W, so that the first word gates the rule)
                r"^[【\[(]?(?:tel(?:ephone)?|phone|fax|mobile|telefon|téléphone|tél|teléfono|telefone)\.?\W{0,3}\s*(?:\+|\(?\d)[\d\s()./-]{5,}",
                r"^[【\[(]?e-?mail\s*:?\s*\S+@\S+(?:\s*$|\s+(?:phone|tel|fax)\b)",
                max_words=14),
    phrase_rule("nav.script-notice", "a notice or code left by a script or widget the page could not run",
                r"^(?:this|the) (?:slideshow|gallery|video|content|page|feature|site|form|map|player) requires javascript"
                r"(?: to (?:run|work|display|view|play)\b.{0,40})?[.!]?\s*$",
                r"^(?:please )?(?:enable|turn on) javascript\b.{0,60}$",
                r"^javascript (?:is )?(?:required|disabled)\b.{0,60}$",
                r"^(?:sorry, )?your browser (?:does not|doesn't|can ?not|cannot) (?:support|play|display)\b.{0,60}$",
                r"^loading(?:\s*(?:\.{3}|…)|,? please wait!?)?\s*$",
                r"^\[/?(?:button|caption|gallery|embed|video|audio|vc_\w+|et_pb_\w+)\b[^\]]*\]",  # WordPress shortcodes
                max_words=30),
    phrase_rule("nav.account", "login, account or site-search control",
                r"^(?:sign in|log ?in|log ?out|sign out|register|my account|manage (?:my )?account|create (?:an |your )?account|forgot (?:your )?password|search(?: for)?)\s*(?:[|/•·]|$)",
                r"^enter search terms?\b",
                max_words=10),
    *MEDIA,
    phrase_rule("legal.copyright", "copyright or legal footer",
                r"^(?:©|\(c\)|copyright\b|copyright ©)\s*(?:\d{4}|[a-z])",
                r"\ball rights reserved\b|\balle rechte vorbehalten\b|\btous droits réservés\b|\btodos los derechos reservados\b|\btodos os direitos reservados\b|\btutti i diritti riservati\b",
                r"^(?:terms of (?:use|service|sale)|privacy (?:policy|notice|settings)|cookie policy|accessibility|site ?map|contact us|about us|imprint|impressum|datenschutz|mentions légales|aviso legal|política de privacidade?|termos de uso|プライバシー・?ポリシー|利用規約|サイトマップ)\s*(?:[|/•·]|$)",
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
    *CAPTIONS,
    phrase_rule("nav.all-caps", "an all-capitals line: a teaser headline, section label or button",
                # two tests at the start, the one that fails fast first: no small letter or digit
                # anywhere (prose fails at its second character), then eight capitals (this rule has
                # no literal word to gate it, so it runs on every short paragraph)
                r"^(?=(?-i:[^a-zß-ÿа-я\d]+)$)(?:[^A-Za-zÀ-ÿ]*(?-i:[A-ZÀ-Þ])){8}",
                max_words=20),
    phrase_rule("byline.author", "byline, author box or posting date",
                r"^(?:by|von|par|por|di|door)\s+(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,3}(?:\s*(?:,|and|&|\||[-–—·•]|\d{1,4}\b).{0,60})?$",
                r"^(?:posted|published|updated|written|last updated|first published)(?: on| by| at)?\s*:?\s*.{0,60}$",
                r"^(?:reporting by|editing by|additional reporting by|compiled by)\b",
                # the writer under a label: "Текст: Венера Ерофеева·24 сентября 2018", "Texto: Ana Souza"
                r"^(?:text|texto|texte|testo|текст|автор|autor|auteur)\s*:\s*(?-i:[A-ZÀ-ÞА-ЯЁ])[^.!?]{1,80}$",
                # a byline with the writer's e-mail address, or ending with the date, whatever script the
                # name is in ("By Jane Roe jroe@example.com (509) 555-0100", "by 山田特許事務所 ／ 2016.12.01")
                r"^(?:by|von|par|por|di|door)\s+\S[^.!?]{0,60}?[\w.+-]+@[\w-]+\.\w",
                # a writer's name and social handle on a line of their own ("Jane Roe @janeroe")
                r"^(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){1,3}\s*[|·•,–—-]?\s*@\w{2,30}\s*$",
                r"^(?:by|von|par|por|di|door)\s+\S.{0,60}?\s(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{4})\s*$",
                max_words=16),
    # The credit line under a story: "Keith Bradsher contributed reporting from Hong Kong."
    phrase_rule("byline.contributors", "a credit line: who else contributed reporting",
                r"\bcontributed (?:reporting|research|to this (?:report|story|article))\b[^.!?]{0,60}[.!]?\s*$",
                max_words=30),
    *PRINT_EDITION,
    # A line that is nothing but a date or time is the page's time stamp, never a sentence of news.
    phrase_rule("byline.timestamp", "a posting date or time on a line of its own",
                rf"^{_TIMESTAMP}",
                # behind a dash or bullet ("- Nov. 18th 2019 12:12 pm PT"): an alternative of its own, so that the
                # rule's gate reads the line's first character, not every month's name anywhere in a paragraph
                rf"^[-–—•·|]\s*{_TIMESTAMP}",
                r"^(?:about\s+)?\d{1,2}\s+(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+ago\s*$",
                max_words=10),
)

# A teaser cut off with an ellipsis: after every other phrase rule, so that one that names the line more
# exactly ("Tell us what YOU think..." is comments.prompt) wins.
TRUNCATED = (
    # Another story's headline or first words cut off with an ellipsis, on a line of its own: a
    # teaser list shortens each item to fit its box. A sentence of news is not cut off, and one
    # that trails off in a quotation has its quotation marks (so they are not allowed here), or
    # a full stop before the ellipsis. (No literal word to gate it: it runs on every paragraph of
    # 5 to 16 words, at its start only; the look-ahead scans to the first full stop.)
    phrase_rule("related.truncated-teaser", "another story's headline cut off with an ellipsis (a teaser list)",
                r"^(?=[^.!?…\"“”]{10,140}(?:\.\.\.|…)$)(?:\S+\s+){4,15}\S+$",
                max_words=16),
)

BIO = (
    phrase_rule("byline.bio", "an 'about the author' heading",
                r"^(?:about the author|über (?:den autor|die autorin)|à propos de l'auteur|sobre el autor|sobre o autor)\b",
                r"^(?:about|über) (?-i:[A-Z])\w+ (?-i:[A-Z])\w+$",
                max_words=8),
)

BUILTIN_RULES: tuple[Rule, ...] = (
    *NEWSLETTER, *SUBSCRIPTION, *DONATION, *DONATION_APPEAL, *APP, *AFFILIATE, *PLUG, *SHARE, *CONSENT,
    *RELATED, *ADS, *COMMENTS, *COMMENT_POLICY, *FURNITURE, *DISCLAIMER, *ABOUT, *BIO, *AUTHOR_BIO, *TRUNCATED, *PAGE, *SITE,
)
