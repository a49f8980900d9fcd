"""Word tables the actor type rules read (rules as data): head words of places, venues, events, laws,
publications and teams; role words before a person's name; legislatures."""

from __future__ import annotations

import re

from briefgen.extract.actor_names import PLACE_HEADS
from briefgen.extract.lexicon import ROLE_NOUNS

# Natural features: a place whatever NER read it as ("U.S. Gulf", "Tibetan Plateau").
NATURE_HEADS = frozenset(
    "Sea Ocean Gulf Bay Strait Peninsula Lake River Mountains Mountain Valley Desert Canyon Delta Basin Plateau "
    "Island Islands Coast".split()
)
# The last word of a venue: a place whatever NER read it as ("KeyBank Arena", "Yankee Stadium", "Heathrow
# Airport", "Tahrir Square"). Words that also end organisations' names ("Center" in "Pew Research Center",
# "Hall" in "Tammany Hall", "Office" in "Foreign Office", "Museum", "Embassy" in "the Israeli Embassy said")
# are in SITE_HEADS instead, where the sentence has to say the name is somewhere one can be. "House" is in
# neither: "the White House said", "the House voted".
VENUE_HEADS = frozenset(
    "Arena Stadium Coliseum Colosseum Ballpark Amphitheatre Amphitheater Auditorium Pavilion Speedway "
    "Racecourse Velodrome Garden Gardens Plaza Motel Tower Towers Terminal Room Chapel Temple Synagogue "
    "Airport Square Park Street Avenue Boulevard Bridge Castle Abbey Fortress Monastery Mausoleum Lighthouse "
    "Station".split()  # ("NTU Hospital Station", "Shandao Station": a stop; "radio station" is lower case)
) | NATURE_HEADS
# Settlements and roads: a name NER read as a person that ends in one is a place ("Cuyahoga Falls", "Victoria
# Falls"). Not applied to names read as organisations: "Manchester City" and "Ross County" are clubs.
LAND_HEADS = PLACE_HEADS | NATURE_HEADS | frozenset(
    "Falls Beach County City Springs Hills Heights Creek Peak Province District Township Village Highlands "
    "Plains Road Lane".split()
)
# Heads a building shares with organisations: a place only right after "in", "inside", … ("met in the Oval
# Office", "15,522 in KeyBank Center", "died in the Central Clinical Hospital"); "the Foreign Office said"
# stays an organisation.
SITE_HEADS = frozenset(
    "Center Centre Hall Office Building Theater Theatre Field Embassy Consulate Museum Hospital Prison Palace "
    "Hotel Cathedral Mosque".split()
)
# Last words of an institution that a name read as a person never ends with ("Art Gallery", "Maritime Museum",
# "Lenox Library"): the institution, which acts like a body.
INSTITUTION_HEADS = frozenset("Museum Museums Gallery Galleries Library Libraries Archives".split())
INSIDE = frozenset("in inside outside into near within".split())
# Lower-case words after a name that say it is a place ("Huize county", "the Nagorno-Karabakh region").
PLACE_AFTER = frozenset("county province region district village town city port".split())
# Their plurals close a list of places ("in Cass, Kalamazoo and Van Buren counties"); the kinds an apposition names a
# place by (", a town on the border with …").
PLACES_AFTER = frozenset("counties provinces regions districts villages towns cities ports".split())
# (", their home,", ", his birthplace,": where people live or were born; "Microsoft, his home for 20 years" is no
# apposition the kind ends)
PLACE_APPOSITIONS = frozenset("county province region district village town city port capital suburb island home hometown "
                              "birthplace".split())
# Words right before a one-word "person" that put it somewhere ("in Longyear"); not "into" or "within"
# ("an investigation into Biden").
AT_PLACE = frozenset("in near inside outside".split())
# Words after a name that say it is a sports team ("Wild coach Bruce Boudreau", "Sabres defenseman").
TEAM_ROLES = frozenset(
    "coach coaches manager goalie goalkeeper goaltender defenseman defender forward winger striker midfielder "
    "captain pitcher quarterback linebacker receiver fullback halfback center outfielder shortstop catcher".split()
)
# A legislature's one-word name: an organisation whatever NER read it as ("Congress" as a place).
LEGISLATURES = frozenset("Congress Parliament Senate Knesset Duma Bundestag Bundesrat Majlis Sejm Storting Riksdag "
                         "Folketing Oireachtas Dail Seanad Cortes Rada Verkhovna Lok Sabha".split())
# An initialism with dots, three letters or more ("I.R.S.", "W.T.O.").
DOTTED_INITIALISM = re.compile(r"(?:[A-Z]\.){3,}")
# Plural last words of places that take "the" ("the Cayman Islands", "the Golan Heights", "the French Alps"):
# without one, "the" and a name ending in a plural is a team ("the Buffalo Sabres", "the New York Yankees").
PLURAL_LAND_HEADS = frozenset(
    "Islands Isles Falls Heights Springs Hills Plains Mountains Alps Highlands Lowlands Keys Banks Territories "
    "Provinces States Emirates Lakes Woods Glades Flats Rapids Meadows Gardens Towers Fields Sands Downs Moors "
    "Dunes Marshes Shoals Narrows Forks Pines Oaks Palms Acres Cliffs Caves Rocks Waters Lands Midlands Counties "
    "Reefs Ranges Steppes Sierras Andes Rockies Balkans Americas Philippines Bahamas Maldives Seychelles "
    "Comoros Netherlands Grenadines Dardanelles".split()
)
# Words before "of" that make the next name a place: "the town of Tavildara", "east of Longyear".
PLACE_OF = frozenset("town city village province region district capital port suburb outskirts north south east "
                     "west northeast northwest southeast southwest island islands archipelago municipality".split())
# Words before "in" that make the next name a company's ("a stake in Volkswagen", "shares in Barclays"), not a
# place (read by the rule that makes a one-word body "in Chuman" a place).
HOLDING_WORDS = frozenset("stake stakes share shares holding holdings interest interests investment investments invest "
                          "invested investing position positions job jobs career work worked working".split())
# Words right before a one-word body that put it somewhere: "in Chuman", "neighbouring Chatelineaux".
BODY_AT_PLACE = frozenset("in near outside neighbouring neighboring".split())
# The last word of a festival, holiday, contest or period: an event, never an actor ("Labor Day", "Diwali
# Festival", "World Cup", "Olympic Games", "Holy Week"). Not "Forum" or "Conference", which also end
# organisations' names ("World Economic Forum", "Big East Conference").
EVENT_HEADS = frozenset(
    "Day Days Eve Festival Festivals Fest Carnival Games Olympics Olympiad Cup Championship Championships "
    "Tournament Marathon Week Season Expo Fair Fairs Show Awards Award Prize Summit Election Elections Primaries "
    "Caucuses Age Ages Era Paralympics Jubilee Cavalcade Month Convention Recession Depression "
    # a sporting contest: "British Masters", "US Open", "Grand Prix Final", "World Series", "Monte Carlo Rally"
    "Open Masters Final Finals Trophy Classic Series Prix Rally Slam".split()  # (a fair, a period: "Middle Ages")
)
# The last word of a law, a treaty or a programme: a text, not an actor ("Affordable Care Act", "North American
# Free Trade Agreement", "13th Amendment", "Paris Accord"). Not "Bill", a given name too.
LAW_HEADS = frozenset("Act Acts Amendment Amendments Treaty Accord Accords Agreement Protocol Doctrine License "
                      "Licence".split())  # ("GNU Free Document License": a text too)
# One member of a faith, a party or a school, in the singular ("a former Scientologist", "a Methodist"): a kind of
# person, no actor (the plurals are groups: MEMBER_PLURALS); not the Swedish surnames in -qvist, -quist.
MEMBER_NOUN = re.compile(r"[A-Z][a-z]{3,}(?<!qu)(?<!qv)ist")
# A licence's code ("CC-BY-SA-NC", "CC BY 4.0", "CC0", "GPLv3", "LGPL-2.1"): a text's terms, not an actor.
LICENCE_CODE = re.compile(r"(?:CC(?:[- ]?(?:BY|SA|NC|ND|0|\d\.\d))+|(?:A|L)?GPL(?:[- ]?v?\d(?:\.\d)?\+?)?|GFDL)")
# The holder a licence or permit is named after ("California Driver's license", "a Pilot's Licence"), which NER runs
# into the name before it: the document's kind, no actor.
LICENCE_HOLDERS = frozenset("Driver Drivers Pilot Pilots Learner Learners Operator Operators Fishing Hunting".split())
# Words after a name that say it is a publication ("the Saudi Gazette", "Jakarta Post"), whatever NER read it
# as (a place: the name opens with one).
PUBLICATION_HEADS = frozenset(
    "Gazette Herald Tribune Telegraph Chronicle Observer Times Post Journal Courier Mail Guardian Inquirer "
    "Examiner Bulletin Monitor Standard Express Dispatch Sentinel Recorder Sun Press Magazine Review Digest "
    "Weekly Daily".split()  # not "Star", "Globe": towns too ("Edmonton Sun", "Canadian Press", "Instinct Magazine")
)
# Of those, the ones that are no surname: "Charlotte Observer" is a paper though "Charlotte" is a given name (while
# "Emily Post" is a woman).
NEWSPAPER_ONLY_HEADS = frozenset("Gazette Herald Tribune Telegraph Chronicle Observer Inquirer Examiner Courier Bulletin "
                                 "Dispatch Sentinel".split())
# The first words of a ship's or a spacecraft's name: a vehicle, not an actor ("USS Carl Vinson", "Space Shuttle
# Columbia", "RMS Titanic").
VEHICLE_PREFIXES = ("USS ", "HMS ", "RMS ", "HMAS ", "INS ", "MV ", "SS ", "Space Shuttle")  # not "Apollo": a fund too
# A word that ends an electoral district or region ("Yobe North", "Lagos Central", "Borno South"): with
# no given name before it, a place, not a person (but "Oliver North" is a man).
DISTRICT_HEADS = frozenset("North South East West Central Northeast Northwest Southeast Southwest".split())
# The members of a party or movement in the plural ("Virginia Democrats", "the Tories"): a political group.
MEMBER_PLURALS = frozenset(
    "Democrats Republicans Conservatives Liberals Tories Socialists Communists Greens Progressives "
    "Nationalists Loyalists Unionists Islamists Maoists Separatists Rebels Insurgents".split()
)
# Role words before a name that say it is a person ("executive chair Marcelo Claure") even when NER read
# the name as an organisation. Not the role words that also stand before organisations ("Republican
# National Committee", "former Soviet Union", "campaign office", "police sources").
_ROLE_ADJECTIVES = frozenset("former presidential democratic republican gop candidate nominee campaign office "
                             "statement sources source police".split())
# A person's kin (in the singular): only a person has them, and only a person is one.
KIN = frozenset("wife husband widow son daughter mother father brother sister grandson granddaughter".split())
PERSON_ROLES = (ROLE_NOUNS - _ROLE_ADJECTIVES) | KIN | frozenset(
    "captain defenseman defender forward goalkeeper striker midfielder pitcher quarterback coach "
    "chair chairman chairwoman ceo cfo coo actor actress singer rapper star moderator presenter journalist "
    "novelist poet artist illustrator musician comedian filmmaker producer photographer designer businessman "
    "businesswoman entrepreneur billionaire tycoon politician diplomat priest pastor bishop rabbi imam cleric "
    "nurse referee umpire player athlete batsman golfer boxer "
    # posts on a team or in a field that only a player holds ("Wimbledon finalist MaliVai Washington")
    "finalist semifinalist semi-finalist shortstop outfielder infielder catcher reliever hitter slugger batter bowler "
    "wicketkeeper all-rounder sprinter jockey cyclist swimmer gymnast winger fullback fly-half scrum-half playmaker "
    "teammate team-mate rookie left-hander right-hander".split()
)
# Verbs right after a name in a sports report that only a player does ("Chipper Jones singled home the tying run",
# "Mariano Rivera pitched a scoreless ninth"; not "scored", "beat", "won": teams do those too).
PLAYER_ACTIONS = frozenset("singled doubled tripled homered pitched bowled batted".split())
# Speech verbs right after a name that say a person spoke ("Paris Hilton said"): a place does not speak, and a
# name NER read as a place that does is a person (states and capitals, which speak for governments, are typed
# before this is read).
SPEAKING = frozenset("said says told tells added asked replied explained recalled insisted wrote".split())
# A last word shaped as a surname: a prefix and a second capital ("DuVernay", "McAdams", "DiCaprio", "MacArthur",
# "LaBeouf", "VanDyke", "FitzGerald"). Firms that write a word this way ("PayPal", "BlackRock") are one word; a name
# of two or three plain words ending so is a person's.
SURNAME_SHAPE = re.compile(r"(?:Mc|Mac|Di|De|Du|Da|La|Le|Van|Fitz)[A-Z][a-z]+")

# The last part of a web address: a name that ends in one is a website, an organisation ("Metro.us",
# "podiobooks.com"), not the state or the place the suffix may spell.
DOMAIN_SUFFIX = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|gov|edu|info|biz|io|tv|co|us|uk|ca|au|nz|ie|"
                           r"in|de|fr|eu|me|ly|fm)")
# The ending of a movement's one-word name ("Scientology"): its body of believers acts ("Scientology officials
# have stated …"), never a place. (Religions by name, "Buddhism", "Islam", are no actors: data/not_actors.tsv.)
DOCTRINE_ENDINGS = ("ology",)
# A noun for a body right before a name, with "called"/"named"/"known as" or in apposition: the name is that
# body ("the elite group within Scientology called the Sea Org", "its elite group the Sea Org").
BODY_NOUNS = frozenset("group organization organisation movement sect order church wing unit branch division body "
                       "society club band charity association".split())
# …and the words before such a noun that make the body an armed or political group ("the militant group …").
ARMED_BODY_WORDS = frozenset("militant armed rebel terrorist terror paramilitary insurgent jihadist extremist "
                             "separatist guerrilla guerilla political".split())
# Generic bodies in the plural or as a service: at a sentence's start, alone and not speaking, the common noun
# capitalised ("Customs cannot check what a scientist has in his mind", "Armies cannot conquer science").
GENERIC_BODIES = frozenset("Customs Immigration Police Armies Governments Courts Banks Unions Schools Churches "
                           "Universities Hospitals Parliaments Militaries Borders".split())
# Adverbs that open a sentence and that NER reads as a name ("Sooner or later they will …"). (Not speaker_words.SENTENCE_OPENERS,
# the words before a speaker's name, nor sentences.SENTENCE_OPENERS, the words after an abbreviation.)
OPENING_ADVERBS = frozenset("Sooner Later Earlier Meanwhile Nevertheless Nonetheless Moreover Furthermore Hopefully "
                            "Unfortunately Fortunately Indeed Overall Afterwards Elsewhere Otherwise Instead Likewise "
                            "Similarly Consequently Accordingly Thereafter Overseas Abroad Domestically Internationally".split())
# Adjectives of time or order NER runs onto the maker's name after them ("Recent Samsung smart TVs", "Older Apple
# laptops"): they qualify the made things, no name opens with them (actor_common_words.without_qualifier).
RUN_ON_QUALIFIERS = frozenset("Recent Latest Newer Older Previous Upcoming Existing".split())
# Modal verbs that open a question before a pronoun ("Shall we go back in time …?", "Should you worry?"), which NER
# reads as a name ("Will", "May", "Can" are not here: given names and a month).
OPENING_MODALS = frozenset("Shall Should Would Could Must Might".split())
QUESTION_PRONOUNS = frozenset("we you i they he she it one".split())
# People known by one name whom NER reads as a body or a place ("how many elephants Hannibal had").
MONONYMS = frozenset("Hannibal Napoleon Caesar Cleopatra Plato Aristotle Socrates Confucius Herodotus Homer Moses "
                     "Jesus Muhammad Buddha Charlemagne Attila Saladin Nero Caligula Michelangelo Rembrandt Galileo "
                     "Copernicus Voltaire Tutankhamun Ramses Spartacus Archimedes Euclid Pythagoras".split())
# Surnames of heads of state and government and other public figures the news names alone, which NER reads as a
# place or a body ("Take say on Obama, Obama's national security advisor …"). None is a place's or a firm's common
# name in English news (not "Clinton", "Lincoln", "Jackson", "Washington", "Ford", "Major", "Brown", "May").
LEADER_SURNAMES = frozenset(
    "Obama Biden Trump Reagan Nixon Carter Bush Cheney Rumsfeld Kissinger Pelosi Romney McCain Putin Medvedev "
    "Gorbachev Yeltsin Khrushchev Stalin Lenin Merkel Kohl Schroeder Scholz Sarkozy Hollande Macron Chirac Mitterrand "
    "Blair Thatcher Netanyahu Rabin Arafat Abbas Mubarak Sisi Gaddafi Qaddafi Saddam Assad Khamenei Khomeini "
    "Rouhani Ahmadinejad Erdogan Modi Trudeau Zelensky Zelenskyy Mugabe Mandela Castro Chavez Maduro Berlusconi "
    "Mao Deng".split()
)
# An editor's label opening a note ("Ed.: See the catalog for a full index."), which NER reads as a man.
EDITOR_LABELS = frozenset("Ed Eds Editor Editors".split())
# Market indices and economic indicators, which NER reads as bodies ("the Dow", "FTSE", "the Nikkei", "Chicago
# PMI"): figures a market report quotes, not actors. Their names (as written or in capitals) …
MARKET_INDICES = frozenset(
    "Dow;Dow Jones Industrial Average;FTSE;FTSE 100;FT-SE;Footsie;Nikkei;Nikkei 225;Hang Seng;DAX;Xetra Dax;CAC;"
    "CAC-40;CAC 40;Stoxx;Euro Stoxx 50;S&P 500;Nasdaq Composite;Russell 2000;Sensex;Nifty;Kospi;Topix;IBEX;"
    "Straits Times Index;All Ordinaries;ASX 200;TSX;Bovespa;MSCI".split(";")
)
# … and the last words of an index's or an indicator's name ("Hang Seng Index", "Chicago PMI", "the ISM index").
INDEX_HEADS = frozenset("Index PMI CPI PPI".split())
# Units of measure NER reads as a body or a state when written right after a figure ("a 512GB model", "3.7 GW of
# capacity", "a 2.6GHz processor"): a quantity, no actor (the same letters elsewhere, "GB" for Great Britain, are
# left to the other rules).
MEASURE_UNITS = frozenset("KB MB GB TB PB Hz kHz MHz GHz W kW KW MW GW TW Wh kWh KWh MWh GWh TWh mAh kV Mbps Gbps "
                          "MBps GBps".split())
# Kinds of firm or body right before a name: "mineral water firm Multico", "the state oil company Petronor", "the
# brokerage Halvard" (a name NER read as a person is the body's).
BODY_KIND_NOUNS = frozenset(
    # (not the kinds that are people's trades too: "publisher Rupert …", "producer …", "broker …", "developer …")
    "firm company group bank carrier airline insurer brokerage conglomerate lender utility refiner consultancy "
    "agency retailer manufacturer".split()
)

# The participle that makes a name into an adjective before a noun ("Boston-based Reagan Communications",
# "Moscow-backed leader", "Hong Kong-listed company", "Dublin-born director"): the name there describes the noun
# and is no actor of the sentence (news style writes the place of a firm, a sponsor, a birthplace this way).
COMPOUND_PARTICIPLES = frozenset(
    "based backed born bred listed owned controlled run led sponsored funded financed registered headquartered "
    "allied aligned brokered made built educated trained".split()
)
COMPOUND_ADJECTIVE = re.compile(r"-(" + "|".join(sorted(COMPOUND_PARTICIPLES)) + r")\b")

# The United Kingdom's nations: places (and national sides) no state table holds.
UK_NATIONS = ("England", "Scotland", "Wales", "Northern Ireland")

# A place's kind right before its name, set in apposition after "the" or an owner ("the capital Grozny", "the
# Chechen capital Grozny", "its port Aden"): the name is the place's (a person's post is no such noun).
PLACE_KIND_BEFORE = frozenset("capital town city village port province region district island suburb".split())

# A building's kind right after its name, maybe past one adjective ("the al-Aqsa mosque", "the Casa de Narino presidential
# palace"): the name is the building's, a place (a firm's or a body's name is not followed so).
BUILDING_AFTER = frozenset("mosque church cathedral temple synagogue shrine palace castle monastery basilica".split())
# A distance right after a name, set off by a comma or not ("Sergiyev Posad 70 km (45 miles) from the capital",
# "Bou Haroun, 65 km (40 miles) from Algiers"): only a place lies so far from another.
DISTANCE_AFTER = re.compile(r",?\s+(?:some |about |around |nearly |almost )?\d[\d,.]*\s*(?:km|kms|kilometres|kilometers|miles)\b")

# Verbs of a state's action or word (stems; "-s", "-d", "-ed" forms derived): a capital as their subject stands for
# its government ("Washington warned", "Beijing has imposed tariffs"), while "London famously has been fighting dirty
# air" and "Paris has also suffered from smog" are the cities.
_GOVERNMENT_STEMS = (
    "say warn announce impose demand pursue accuse insist reject deny respond retaliate threaten agree sign recognize "
    "recognise sanction condemn protest urge refuse vow pledge expel recall criticize criticise welcome back support "
    "oppose blame ask call approve order offer negotiate seek claim declare deploy dispatch veto ban suspend summon "
    "retaliate hit slap lift tighten ease push press cut freeze block allow permit signal vow respond deny confirm "
    "maintain reiterate hope want fear consider regard view see join annex invade believe intend decide expect "
    "extricate withdraw retreat invest lend plan attempt try resume strip revoke grant seize detain arrest extradite "
    "buy purchase".split())
GOVERNMENT_VERBS = frozenset(
    {s for s in _GOVERNMENT_STEMS} | {s + "s" for s in _GOVERNMENT_STEMS} | {s + "d" for s in _GOVERNMENT_STEMS}
    | {s + "ed" for s in _GOVERNMENT_STEMS} | {(s[:-1] if s.endswith("e") else s) + "ing" for s in _GOVERNMENT_STEMS}
    | {s[:-1] + e for s in _GOVERNMENT_STEMS if s.endswith("y") for e in ("ies", "ied")}  # ("denies", "denied")
    | set("said says sought seeks seen saw hit cut froze frozen sent sends send told tells tell stripped stripping planned "
          "planning banned banning vetoed bought".split()))
# The same verbs right before a capital, their object ("warned Tehran", "urged Beijing"), without the verbs of
# saying ("said Paris" is no address to a government) and of regarding ("consider Jerusalem the capital", the city).
GOVERNMENT_ACTS_ON = GOVERNMENT_VERBS - frozenset(
    f for s in "say tell consider regard view see recognize recognise want see".split()
    for f in (s, s + "s", s + "d", s + "ed", s.rstrip("e") + "ing")) - frozenset("said told seen saw".split())
# Words between a capital and its verb that keep it the subject ("Beijing has also imposed", "Moscow quickly denied").
GOVERNMENT_VERB_GAP = frozenset("has have had is was will would could can cannot should did does do may might must also "
                                "again already then now gradually long "
                                "quickly swiftly promptly repeatedly reportedly publicly officially formally still "
                                "not never been".split())
# Nouns after a capital's possessive that name what its government does or is ("Beijing's policy", "Moscow's
# demands", "Washington's allies"): the capital stands for the government.
GOVERNMENT_NOUNS = frozenset(
    "policy policies decision decisions position stance response demand demands sanction sanctions government "
    "leaders leadership officials regime ambassador envoy allies ally ties relations approach strategy plan plans "
    "claim claims backing support pressure objections objection offer threat threats refusal insistence "
    "intervention annexation diplomacy diplomats military troops forces tariffs crackdown concerns warning "
    "warnings veto proposal request rejection retaliation influence interests strategists deployment involvement "
    "investment investments loans aid budget".split())
# Words right before a capital that set it against another actor, as governments are ("tensions between Washington
# and Beijing", "sanctions against Moscow"); not "toward", which like "to" says where to ("flew toward Moscow": the
# city, actor_names.LOCATIVE).
GOVERNMENT_PARTNER_BEFORE = frozenset("between against".split())
# Nouns of pressure put "on" a government ("military pressure on Tehran", "sanctions on Moscow"); not "policy on
# Jerusalem", "attacks on Paris", which are about the city.
GOVERNMENT_PRESSURE = frozenset("pressure sanctions tariffs embargo demands".split())
# Nouns of a dealing between governments before "with" ("a pact with Moscow", "ties with Beijing").
GOVERNMENT_DEALINGS = frozenset("pact deal agreement treaty talks ties relations dialogue negotiations tensions dispute "
                                "accord alliance partnership rift feud".split())
# The Sun, the Moon and the planets, named like people ("Moon", "Mercury") or bodies: after "the" or "planet" the
# body in the sky, a place as NER reads "Mars" ("landing on the Moon"; "President Moon" is a man).
CELESTIAL_BODIES = frozenset("Sun Moon Earth Mercury Venus Mars Jupiter Saturn Uranus Neptune Pluto".split())
# Platforms an article names as the medium something is said on ("posted on Twitter", "a YouTube video", "her
# Instagram account"): there the platform does nothing; where it acts ("Twitter suspended the account", "a Twitter
# spokesman said") it is the company.
PLATFORMS = frozenset("Twitter Facebook Instagram YouTube TikTok Snapchat LinkedIn Reddit WhatsApp Telegram WeChat Weibo "
                      "Twitch Spotify Netflix Hulu".split())
# Words before a platform's name that make it the medium ("on Twitter", "via Facebook").
MEDIUM_BEFORE = frozenset("on via through across onto".split())
# Lower-case nouns after a platform's name that make it the medium ("a YouTube video", "his Twitter account").
MEDIUM_AFTER = frozenset("post posts posting postings account accounts feed feeds video videos page pages user users "
                         "follower followers handle thread threads message messages live story stories profile bio "
                         "livestream stream streams channel channels clip clips photo photos picture pictures tweet "
                         "tweets update updates group groups chat chats following followings special series drama "
                         "show shows documentary film movie".split())
# Nouns before "on" that make the platform after it their target, the company ("pressure on Twitter").
ON_TARGET_NOUNS = frozenset("pressure attack attacks crackdown ban bans fine fines sanctions criticism focus bet bets "
                            "demands spotlight scrutiny".split())
# Verbs before "to" and a platform that make it the medium ("took to Twitter", "posted to Instagram").
MEDIUM_TO_VERBS = frozenset("took take takes taking turned turn turns turning posted post posts posting went go goes "
                            "going uploaded upload".split())
# What only a company has, after its name and a possessive ("El Al's head office", "Fokker's shareholders"): a name
# NER read as a place is the company's.
COMPANY_PARTS = ("head office", "chief executive", "shareholders", "share price", "board of directors", "subsidiary",
                 "subsidiaries")
# Aircraft a company operates, after its name ("an El Al freighter", "a Lufthansa jet"): the name is the airline's
# ("flight" is not here: "the London flight" is a place's).
OPERATED_CRAFT = ("freighter", "freighters", "jet", "jets", "jetliner", "jetliners", "airliner", "airliners", "plane",
                  "planes", "aircraft", "airplane", "airplanes", "jumbo")
