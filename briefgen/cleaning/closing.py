"""Rules for what closes a page after the article: disclaimers, company profiles, author bios, appeals.

Their words also occur in news (a health story quotes the advice to see a doctor, a business story
gives a company's staff numbers), so each needs the site to speak of itself or to the reader,
and each keeps a paragraph with a reporting verb (`unless`). Order in the registry: patterns.py.
"""

from __future__ import annotations

from briefgen.cleaning.vocab import REPORTING, phrase_rule

DONATION_APPEAL = (
    # The long appeal at an article's end ("… that is why we need your support. Support us from
    # as little as $1"): longer than donation.ask allows, so only phrases that ask this reader
    # for money for this site, in the first person plural.
    phrase_rule("donation.appeal", "a longer appeal to readers for money",
                r"\bwe need your (?:financial )?(?:support|help|contributions?|donations?)\b",
                r"\b(?:support|fund|sustain|contribute to) (?:us|our (?:\w+ ){0,2}(?:journalism|reporting|work|newsroom|fact-checking|mission)|(?:independent|quality) (?:journalism|reporting))\b.{0,80}\bfrom (?:as little as|just|only)\s+(?:[$€£¥]|rs\.?)\s?\d",
                r"\bfrom (?:as little as|just|only)\s+(?:[$€£¥]|rs\.?)\s?\d.{0,80}\bit (?:only )?takes (?:a|one) minute\b",
                r"\b(?:wir brauchen|brauchen wir|nous avons besoin de|necesitamos|precisamos d[eo]|abbiamo bisogno del) (?:ihre|votre|tu|su|seu|sua|vostro) (?:finanzielle |financier |financiero |financeiro )?(?:unterstützung|soutien|apoyo|apoio|sostegno)\b",
                max_words=150, unless=REPORTING),
)

COMMENT_POLICY = (
    # Rules of the comment section or letters page: they address the reader ("as you comment",
    # "our comment policy"); news about a platform's rules names the platform ("Facebook's
    # community standards"), and a reporting verb keeps a paragraph that quotes such rules.
    phrase_rule("comments.policy", "the comment section's or letters page's rules for readers",
                r"^(?:as|when|before|if) you (?:comment|post a comment|leave a comment|write a comment)\b",
                r"^(?:when|before) (?:commenting|posting (?:a )?comments?)\b",
                # Portuguese and Spanish: "ATENÇÃO: Comentários com textos ininteligíveis … não serão aprovados pelo moderador."
                r"^(?:atenção|atención|aviso|importante)\s*:\s*(?:os |los )?coment[aá]rios\b",
                r"\bcoment[aá]rios\b.{0,120}\b(?:não serão|no serán) (?:aprovados|publicados|aprobados)\b",
                r"^please (?:be respectful|be civil|keep (?:your )?(?:comments?|it|the discussion|the conversation) (?:civil|respectful|on[- ]topic|clean|relevant)|read our (?:comment|community|commenting))",
                r"\bwe reserve the right to (?:remove|delete|edit|moderate|block) (?:any )?(?:comments?|posts?|submissions?|contributions?)\b",
                # "(read) our comment policy": the policy's name first, so that it gates the rule
                r"\b(?:comment(?:ing|s)? (?:policy|guidelines|rules)|community (?:guidelines|standards|rules)|house rules|discussion (?:guidelines|rules))\b(?:(?<=our comment policy)|(?<=our comments policy)|(?<=our commenting policy)|(?<=our comment guidelines)|(?<=our commenting guidelines)|(?<=our comment rules)|(?<=our community guidelines)|(?<=our community standards)|(?<=our community rules)|(?<=our house rules)|(?<=our discussion guidelines)|(?<=our discussion rules))",
                r"^(?:all )?comments (?:are|will be|may be) (?:moderated|reviewed|pre-moderated)\b",
                # the site tells readers how it treats their comments now: "Note: we are temporarily moderating all
                # comments submitted to deal with a surge in spam."
                r"^(?:note:\s*)?we(?: are|['’]re| will be| have been) (?:temporarily |currently |now )?(?:moderating|reviewing|pre-moderating|approving|closing|disabling) (?:all |new |reader )?comments\b",
                r"\bwe(?:['’]d| would) (?:like|love) to hear (?:what you think|your (?:thoughts|views|opinions?|feedback))\b",
                r"^(?:to )?(?:submit|send|write) (?:us )?(?:a |your )?letters? to the editor\b",
                r"\b(?:wir behalten uns (?:das recht )?vor,? (?:kommentare|beiträge)|nous nous réservons le droit de (?:supprimer|modérer|retirer) (?:les |tout )?(?:commentaires?|contributions?|messages?)|nos reservamos el derecho (?:a|de) (?:eliminar|borrar|moderar|retirar) (?:los |cualquier )?(?:comentarios?|mensajes?)|nos reservamos o direito de (?:remover|excluir|apagar|moderar) (?:os |qualquer )?(?:comentários?|mensagens?)|ci riserviamo (?:il diritto )?di (?:rimuovere|cancellare|moderare) (?:i |qualsiasi )?(?:commenti|messaggi))",
                r"^(?:bitte bleiben sie (?:sachlich|höflich|fair)|merci de rester courtois|por favor,? (?:sé|sea|mantén|mantenga) (?:respetuos|el respeto)|por favor,? (?:seja respeitos|mantenha o respeito)|si prega di (?:essere rispettosi|mantenere))",
                max_words=80, unless=REPORTING),
)

# Disclaimers of health, financial and legal content: the site speaks of itself ("this
# website", "our content", "these statements") or addresses the reader in the imperative at
# the start; a story about such a warning reports it, so a reporting verb keeps the paragraph.
# (A footnote mark may open one: "*", "+", "†"; written out, not as \W, so that the rule is gated
# on its first word and not on a common word further on.)
DISCLAIMER = (
    phrase_rule("legal.disclaimer", "a medical, financial or legal disclaimer",
                r"^(?:[*+†‡•]\s?)?these statements have not been evaluated by the (?:food and drug administration|fda)",
                r"\b(?:this|these) products? (?:is|are) not intended to diagnose, treat, cure,? or prevent\b",
                r"^(?:[*+†‡•]\s?)?(?:always )?consult (?:with )?(?:your|a) (?:own )?(?:physician|doctor|gp|health ?care (?:provider|professional)|medical professional|qualified [\w ]{1,30})\b.{0,120}\bbefore (?:beginning|starting|undertaking|using|taking|making|trying|changing)\b",
                # "for informational purposes" — with "only", or said of what is provided or published
                r"\b(?:is|are) (?:provided |intended |published |offered )?(?:solely |only |purely )?(?:for|as) (?:general )?(?:informational|information|educational|entertainment)(?: (?:and|or) (?:educational|informational|entertainment))? purposes only\b",
                r"\b(?:is|are) (?:provided|intended|published|offered) (?:solely |only |purely )?(?:for|as) (?:general )?(?:informational|information|educational|entertainment)(?: (?:and|or) (?:educational|informational|entertainment))? purposes\b",
                r"\b(?:information|content|contents|material|materials|article|articles)\b[^.]{0,60}\b(?:on|in|of) (?:this|our) (?:web ?)?(?:site|page|blog|newsletter|podcast|channel)\b[^.]{0,120}\b(?:is|are|was|were|should|does|do) not\b",
                r"\b(?:information|content|contents|material|materials)\b (?:provided |contained |published |presented )?(?:on|in) (?:this|our) (?:web ?)?(?:site|page|blog)\b[^.]{0,120}\b(?:intended|provided|offered|designed) (?:for|as)\b",
                r"^nothing (?:in|on|of) (?:this|our|these)\b.{0,80}\b(?:advice|recommendation|solicitation|offer to (?:buy|sell))\b",
                r"\b(?:this|our|these|nothing|information|content|contents)\b[^.]{0,80}\b(?:does|do|is|are|should|shall) not (?:constitute|(?:be |intended to be )?(?:construed|considered|taken|treated|relied (?:up)?on|used) as|intended (?:to be |as )?(?:a substitute for|a replacement for)?|replace|substitute for|provide) (?:any |an? |the )?(?:\w+ ){0,3}(?:medical|financial|investment|legal|tax|professional) advice\b",
                r"^(?:[*+†‡•]\s?)?(?:individual )?results (?:may |will |can )?vary\b.{0,200}\b(?:testimonials?|not typical|products?|guarantee[ds]?|diet|exercise)\b",
                r"\bresults (?:are |were )?not typical\b|\btestimonials? (?:featured|shown|presented) (?:on this|here|may have)\b",
                r"^(?:[*+†‡•]\s?)?past performance (?:is|does) (?:not|no) (?:a )?(?:guarantee|indicat|reliable|guide)",
                # (opening with the literal "forward", so that the regex engine can skip to it)
                r"forward[- ]looking (?:statements|information)\b(?=.{0,200}\b(?:risks?|uncertaint\w*|actual results|differ materially|no obligation|undertakes? no)\b)",
                r"^(?:cautionary (?:note|statement|language)|safe harbou?r (?:statement|provision))\b.{0,80}\bforward[- ]looking|^forward[- ]looking statements?\s*(?:[:.–—-]|$)",
                r"\b(?:ersetz(?:t|en) (?:keine|nicht (?:die|den|eine|einen)) (?:ärztliche[n]?|medizinische[n]?|fachliche[n]?|professionelle[n]?) (?:beratung|behandlung|diagnose|rat)|stell(?:t|en) keine (?:anlage|finanz|rechts|steuer)beratung dar|(?:dient|dienen) (?:ausschließlich |nur |lediglich )?(?:zu|zur|der) information(?:szwecken)?\b|(?:ausschließlich|nur|lediglich) zu informationszwecken\b)",
                r"\b(?:ne constitue(?:nt)? (?:en aucun cas |pas )(?:un |une )?(?:conseil|avis|recommandation|incitation)|ne remplace(?:nt)? pas (?:un avis|une consultation|l'avis|le diagnostic) médica)",
                r"\b(?:no constituye(?:n)? (?:un |una |ningún |ninguna )?(?:asesoramiento|consejo|recomendación)|no sustituye(?:n)? (?:el consejo|la consulta|el diagnóstico|la opinión) (?:de un )?médic)",
                r"\b(?:não constitui(?:em)? (?:uma |um |qualquer )?(?:recomendação|aconselhamento|consultoria)|não substitu(?:i|em) (?:a consulta|o diagnóstico|o aconselhamento|a orientação) médic)",
                r"\b(?:non costituisce (?:in alcun modo |alcuna )?(?:un )?(?:consiglio|consulenza|sollecitazione|raccomandazione)|(?:scopo|scopi|fini) (?:puramente |esclusivamente |meramente )?informativ[oi]|non sostitui(?:sce|scono) il parere (?:del |di un )?medic)",
                max_words=80, unless=REPORTING),
)

# A press release's closing "About <company>" paragraph: the company describes itself with
# the facts of a register entry, present tense, two of them at once — where it is
# headquartered, how many people it employs, in how many countries, where its shares are
# listed. One such fact alone is news ("the company employs 1,300 people").
ABOUT = (
    phrase_rule("about.company", "a press release's standard paragraph about the company",
                r"\b(?:is|are) headquartered in\b[^.]{0,150}\bemploy(?:s|ing) (?:\w+ ){0,3}[\d.,]+ (?:\w+ )?(?:people|employees|staff|professionals)\b(?: worldwide| globally| around the world| across| in (?:more than |over |some )?\d+ countries)",
                r"\b(?:is|are) headquartered in\b[^.]{0,150}\b(?:subsidiaries|offices|operations|operating businesses|locations|presence) in (?:more than |over |some |around )?\d+ countries\b",
                r"\b(?:headquartered|employs|employees|countries)\b.{0,250}\b(?:registered )?(?:shares|stock)\b[^.]{0,40}\b(?:are|is) (?:listed|traded|quoted) on\b",
                r"\b(?:registered )?(?:shares|stock)\b[^.]{0,40}\b(?:are|is) (?:listed|traded|quoted) on\b.{0,250}\b(?:headquartered|employs|employees)\b",
                # the company's one-line description, then its vision or mission "is to …"
                r"\b(?:is|are) (?:a|an|the) (?:leading |global |international |world-leading |worldwide |pioneering |trusted )+(?:[\w-]+ ){0,4}(?:provider|supplier|manufacturer|developer|company|leader|group|specialist|maker|operator)\b[^.]{0,160}\.\s.{0,300}\b(?:mission|vision|purpose|ambition) is to\b",
                r"\b(?:hat (?:seinen|ihren) (?:hauptsitz|sitz) in|mit (?:hauptsitz|sitz) in)\b.{0,200}\b(?:aktien?|titel)\b[^.]{0,40}\b(?:ist|sind) an der\b[^.]{0,40}börse\b",
                r"\b(?:a son siège|dont le siège est|basée?) (?:social )?(?:à|en)\b.{0,200}\b(?:est|sont) cotée?s? (?:à|sur|en)\b",
                max_words=120, unless=REPORTING),
)

# A short biography of the article's author, at its end. Not "X is a reporter for Y.": a story
# about a journalist says the same words of its subject. Only forms that speak of the writer's
# own career and beat ("joined … in 2017. She has been reporting on … since 2009"), the life
# they have when not writing, or how to reach them.
AUTHOR_BIO = (
    phrase_rule("byline.author-bio", "a short biography of the article's author",
                r"\bjoined (?:[\w&.'’-]+ ){1,6}in (?:\w+ )?\d{4}\.\s*(?:he|she|they) (?:has|have) been (?:reporting|writing|covering|blogging)\b",
                r"\bwhen (?:she|he|they)(?:['’]s| is| are|['’]re) not (?:writing|blogging|reporting|editing)\b",
                # the author's e-mail address in brackets after the name: "Jane Doe (jane@example.com) is …"
                # (no verb after it: "is", "was" would gate the rule on words nearly every paragraph has)
                r"^(?-i:[A-Z])[\w'’.-]+(?: (?-i:[A-Z])[\w'’.-]+){0,3} \([\w.+-]+@[\w-]+(?:\.[\w-]+)+\) ",
                r"^(?:you can )?(?:reach|contact|e-?mail) (?:him|her|them|the (?:author|writer|reporter)) at\b",
                r"^(?:he|she|they) can be reached at\b",
                # the writer's own account closing the bio: "… is out now. Follow him on Twitter @michaeldwall."
                r"\bfollow (?:him|her|them|me) on (?:twitter|x|instagram|facebook|bluesky|threads|mastodon) @\w+\.?"
                r"(?:\s+follow us on [^.!?]{1,60}\.?)?\s*$",
                max_words=60, unless=REPORTING),
)
