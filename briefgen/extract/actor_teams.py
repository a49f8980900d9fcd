"""Sports clubs and teams, which NER reads as people or places: their names' own words, and the words around a
club's one-word name in a sports report (rules as data)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

__all__ = ["CLUB_FIRST_WORDS", "CLUB_LAST_WORDS", "CLUB_SHORT_NAMES", "COUNTY_CLUBS", "MOTOR_TEAMS", "SPORT_STATS", "SPORT_WORDS", "SPORTS_VENUES",
           "SINGULAR_NICKNAMES", "TEAM_NICKNAMES", "TOWN_CLUB_WORDS", "club_cue", "club_name", "lone_club_word", "missed_county_clubs", "sporting"]

# A club's name opens with one of these ("Real Madrid", "Borussia Dortmund", "Athletic Bilbao", "FC Barcelona",
# "Inter Milan"); no person's or place's name does.
CLUB_FIRST_WORDS = frozenset(
    "FC AFC CF AC AS SS SC SV VfB VfL TSG Real Atletico Atlético Athletic Borussia Sporting Olympique Olympiakos "
    "Dynamo Dinamo Inter Eintracht Hertha Werder Bayer Racing Deportivo Benfica Feyenoord PSV".split()
)
# …or ends with one of these ("Manchester United", "Blackburn Rovers", "Tottenham Hotspur", "Queens Park Rangers").
# Not "City", "Town", "County": "Mexico City", "Cape Town", "Orange County" are places; not "Villa" alone after a
# given name ("David Villa" is a player; the rule leaves a given name and a surname to the person rules).
CLUB_LAST_WORDS = frozenset(
    "FC AFC CF SC United Rovers Wanderers Albion Hotspur Athletic Rangers Argyle Academicals Thistle Villa "
    "Alexandra Orient".split()
)
# A club named after its town with one of these ("Stoke City", "Ipswich Town", "Derby County"): in a sports report
# a club; elsewhere the town or the county it is ("Salford City council", "Orange County").
TOWN_CLUB_WORDS = frozenset("City Town County".split())
# The plural nickname that ends a team's name ("Warrington Wolves", "Atlanta Braves", "Leeds Rhinos", "Boston
# Red Sox"). Not words that also name people in the plural ("Senators", "Stars", "Capitals") or places
# ("Rockies", in PLURAL_LAND_HEADS). A table of the common ones: a surname ending in -s ("Williams", "Roberts")
# is never one of them.
TEAM_NICKNAMES = frozenset(
    # baseball, American football, basketball, ice hockey
    "Yankees Mets Braves Cubs Dodgers Angels Astros Mariners Padres Phillies Pirates Reds Royals Tigers Twins "
    "Orioles Rays Nationals Marlins Brewers Cardinals Diamondbacks Athletics Sox Jays Patriots Bills Dolphins Jets "
    "Steelers Ravens Browns Bengals Texans Colts Titans Jaguars Broncos Chiefs Raiders Chargers Cowboys Eagles "
    "Giants Redskins Commanders Bears Lions Packers Vikings Falcons Panthers Saints Buccaneers 49ers Seahawks "
    "Rams Celtics Knicks Nets 76ers Raptors Bulls Cavaliers Pistons Pacers Bucks Hawks Hornets Wizards Nuggets "
    "Timberwolves Blazers Warriors Clippers Lakers Suns Kings Mavericks Rockets Grizzlies Pelicans Spurs Bruins "
    "Sabres Canadiens Leafs Wings Islanders Devils Flyers Penguins Hurricanes Blackhawks Blues Predators Oilers "
    "Flames Canucks Ducks Sharks Coyotes Knights "
    # rugby league and union, Australian rules, cricket
    "Wolves Rhinos Centurions Wildcats Dragons Crusaders Highlanders Stormers Waratahs Brumbies Rebels Quins "
    "Swans Magpies Bombers Crows Dockers Demons Kangaroos Bulldogs Rabbitohs Roosters Eels Storm".split()
)
# Teams' nicknames that are no plural ("the Thunder", "the Heat", "the Wild"): after "the" in a sports report, the team,
# whatever NER read (elsewhere "the Sun", "the Union" are other things).
SINGULAR_NICKNAMES = frozenset(
    "Thunder Heat Magic Jazz Lightning Wild Avalanche Kraken Fire Fever Sky Dream Liberty Galaxy Crew Union Dynamo "
    "Impact Revolution Mercury Lynx Storm".split())
# The short names of well-known clubs, which a sports report uses alone with no club word near ("Everton",
# "Tottenham", "West Brom"): in a sports report a club, though NER reads the town or the man in them. Not a capital
# ("Madrid", "London") nor a state: the type rules keep those.
CLUB_SHORT_NAMES = frozenset(
    # England, Scotland, Wales
    "Arsenal;Chelsea;Everton;Tottenham;Spurs;Liverpool;Newcastle;Sunderland;Swansea;Southampton;Leicester;Fulham;"
    "Burnley;Watford;Bournemouth;Norwich;Stoke;Hull;Wigan;Middlesbrough;Reading;Blackburn;Bolton;Wolves;Brighton;"
    "Palace;Crystal Palace;West Brom;West Ham;Villa;QPR;Leeds;Derby;Forest;Ipswich;Cardiff;Celtic;Rangers;Hearts;"
    "Hibs;Hibernian;Aberdeen;Kilmarnock;Motherwell;"
    # continental Europe
    "Barcelona;Barca;Juventus;Juve;Milan;Inter;Roma;Lazio;Napoli;Fiorentina;Atalanta;Sampdoria;Ajax;PSV;Feyenoord;"
    "Porto;Benfica;Bayern;Dortmund;Schalke;Wolfsburg;Leverkusen;Gladbach;Marseille;PSG;Lyon;Valencia;Sevilla;"
    "Villarreal;Getafe;Malaga;Espanyol;Galatasaray;Fenerbahce;Besiktas;Anderlecht;Olympiacos;Olympiakos".split(";")
)
# England's and Wales's first-class cricket counties: in a sports report the county's bare name is its club ("Kent beat
# Sussex", "Durham 114 and 255"), which NER reads as a person or a place and often misses in a scores table.
COUNTY_CLUBS = frozenset(
    "Derbyshire Durham Essex Glamorgan Gloucestershire Hampshire Kent Lancashire Leicestershire Middlesex "
    "Northamptonshire Nottinghamshire Somerset Surrey Sussex Warwickshire Worcestershire Yorkshire".split())
# Grounds, racecourses and courses a sports report names alone ("Anfield", "the Etihad", "Aintree"): places, which NER
# reads as a body or a person (and the airline's "Emirates" as a state). Read as venues in a sports report only.
SPORTS_VENUES = frozenset(
    "Anfield;Goodison;Goodison Park;Old Trafford;Etihad;Emirates;Stamford Bridge;White Hart Lane;St James' Park;"
    "St James’ Park;Villa Park;Wembley;Selhurst Park;Craven Cottage;Loftus Road;The Hawthorns;Hawthorns;Molineux;"
    "Turf Moor;Elland Road;Ibrox;Parkhead;Celtic Park;Hampden;Hampden Park;Tynecastle;Pittodrie;Rugby Park;"
    "Camp Nou;Nou Camp;Bernabeu;Santiago Bernabeu;Vicente Calderon;Mestalla;El Madrigal;San Mames;San Siro;"
    "Allianz Arena;BayArena;Signal Iduna Park;Westfalenstadion;Parc des Princes;Stade de France;Twickenham;"
    "Murrayfield;Headingley;Edgbaston;Lord's;Lord’s;Trent Bridge;The Oval;Oval;Aintree;Ascot;Epsom;"
    "Cheltenham;Kempton;Sandown;Goodwood;Haydock;Silverstone;Monza;Interlagos;Sepang;Suzuka;Augusta National;"
    "Wimbledon;Roland Garros;Flushing Meadows;Melbourne Park".split(";")
)
# Formula One constructors, which NER reads as people ("Ferrari", "Sauber", "Toro Rosso"): in a sports report a team
# (not "Williams" or "Mercedes" when the article names a person of that name: "Serena Williams"). Not "Jordan"
# (a state), nor makers the company table holds.
MOTOR_TEAMS = frozenset(
    "Ferrari;McLaren;Mercedes;Red Bull;Williams;Sauber;Lotus;Force India;Toro Rosso;Marussia;Manor;Haas;Renault;"
    "Caterham;Brawn;Minardi;Toyota;Honda;Alpine;AlphaTauri;Racing Point;Aston Martin;Alfa Romeo;Benetton;HRT".split(";")
)
# Statistics' abbreviations a sports report writes in capitals ("his 121 RBI", "lowered his ERA to 2.71"), which NER
# reads as bodies; elsewhere the same letters may be one ("RBI" is the Reserve Bank of India in a market report).
SPORT_STATS = frozenset("RBI RBIs ERA MVP".split())
# A club's or a team's last word used alone for it ("City" for Manchester City, "United"): the club the article names
# with it, when it names one only.
LONE_CLUB_WORDS = TOWN_CLUB_WORDS | frozenset("United Rovers Wanderers Albion Athletic Rangers Villa".split())

# Words of a sports report: an article that uses SPORTING_MIN of them reports on sport, where a town's one-word
# name beside a club's words is its club ("Barcelona beat Sevilla", "Valencia's striker").
SPORT_WORDS = frozenset(
    "goal goals striker strikers midfielder midfielders defender defenders goalkeeper winger scored scoring "
    "squad league fixture fixtures penalty penalties semi-final quarter-final kick-off innings wicket wickets "
    "touchdown touchdowns quarterback pitcher inning podium laps playoff playoffs tournament championship "
    "premiership relegation promotion-chasing derby hat-trick equaliser equalizer header "
    # motor racing
    "prix qualifying team-mate lap grid pit-lane paddock chicane karting single-seater "
    # football's match words, golf, tennis, cricket, racing, boxing, basketball
    "dugout referee offside free-kick substitute substitutes kick-off walkover sending-off birdie birdies bogey "
    "bogeys fairway putt putts tiebreak tie-break semi-finals quarter-finals batsman batsmen bowler bowlers "
    "wicketkeeper jockey jockeys racecourse furlongs heavyweight welterweight middleweight knockout rebounds "
    "three-pointer nba".split()
)
SPORTING_MIN = 3  # distinct sport words
# A wire story's slug naming its sport before a dash heads a sports report whatever its words ("SOCCER - ROTOR FANS
# LOCKED OUT …", "Cricket - Australia win toss", "RUGBY UNION - …"): results and team sheets use few sport words.
SPORT_SLUGS = frozenset(
    "Soccer;Football;Cricket;Tennis;Golf;Baseball;Basketball;Rugby;Rugby Union;Rugby League;Cycling;Athletics;Boxing;"
    "Motor Racing;Motorcycling;Formula One;Ice Hockey;Hockey;NHL;NFL;NBA;Skiing;Squash;Badminton;Swimming;"
    "Horse Racing;Rowing;Sailing;Olympics;Volleyball;Handball".split(";"))
_SLUG = re.compile(r"^\s*(?:" + "|".join(sorted(map(re.escape, SPORT_SLUGS), key=len, reverse=True))
                   + r")\s+-\s", re.I)

_WORD = re.compile(r"[a-z][a-z-]*")


def sporting(texts: Iterable[str]) -> bool:
    """True when the article reads as a sports report (SPORTING_MIN distinct SPORT_WORDS)."""
    seen: set[str] = set()
    for n, text in enumerate(texts):
        if n == 0 and _SLUG.match(text):
            return True
        seen.update(w for w in _WORD.findall(text.lower()) if w in SPORT_WORDS)
        if len(seen) >= SPORTING_MIN:
            return True
    return False


def club_name(words: list[str]) -> bool:
    """'Real Madrid', 'Manchester United', 'Warrington Wolves': two to four words, a club's first or last word or a
    team's plural nickname."""
    return 2 <= len(words) <= 4 and (words[0] in CLUB_FIRST_WORDS or words[-1] in CLUB_LAST_WORDS
                                     or words[-1] in TEAM_NICKNAMES)


# Words right before a club's name in a match report ("beat Sevilla", "against Getafe", "v Everton", "a win over
# Elche", "signed for Swansea", "joined Ajax", "his former club Valencia", "the 2-1 defeat to Newcastle").
_CLUB_BEFORE = re.compile(
    r"(?:\b(?:beat|beats|beating|against|versus|vs\.?|v|over|joined|joining|for|club|(?:defeat|loss|lost|draw|drew)\s+"
    r"(?:to|of|with))\s+)$", re.I)
# …or right after it: a result ("Sevilla 2", "Elche won"), a plural verb ("Valencia were reduced to 10 men": a town
# is singular, its team plural), its people ("Getafe striker", "Valencia's fans", "Barcelona star").
_CLUB_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:\d{1,2}\b|(?:beat|won|lost|drew|defeated|thrashed|edged|were|celebrate|fans|supporters|boss|"
    r"side|squad|star|player|players|team|striker|midfielder|defender|goalkeeper|winger|forward|manager|coach|"
    r"captain)\b)")


# A player's or a runner's marks around a name in a scores line, which a club's result resembles: a scorecard's
# dismissal before it ("c Ranatunga b Muralitharan 8", "lbw b Such 13"), a finishing place opening the line ("1. Miss
# Stamper 3-1"), bowling figures after it ("Muralitharan 10-0-41-2").
_PLAYER_BEFORE = re.compile(r"(?:^|\s)(?:b|c|st|lbw|c &)\s+$")
_PLACE_FIRST = re.compile(r"^\d{1,3}=?\.\s+(?:[A-Z][\w'’-]*\s+){0,2}$")  # (the name's first words NER left out: "Miss")
_PLAYER_AFTER = re.compile(r"^\s+\d{1,2}-\d{1,2}-\d")


def club_cue(paragraph: str, start: int, end: int) -> bool:
    """A club's words right before or after the name (read only in a sports report: "against Assad" is no club); not a
    player's marks in a scores line."""
    if (_PLAYER_BEFORE.search(paragraph[max(0, start - 6): start]) or _PLACE_FIRST.match(paragraph[:start])
            or _PLAYER_AFTER.match(paragraph[end: end + 10])):
        return False
    return bool(_CLUB_BEFORE.search(paragraph[max(0, start - 25): start]) or _CLUB_AFTER.match(paragraph[end: end + 25]))


def lone_club_word(name: str, names: Counter[str]) -> str | None:
    """'City' beside 'Manchester City': the club name among `names` (NER's names with their counts) that ends with the
    lone club word `name`, the most named one when there are several ("City" in a report on Manchester City that
    names Swansea City once); None when there is none, or a tie ("United" beside two Uniteds named as often)."""
    if name not in LONE_CLUB_WORDS:
        return None
    clubs = Counter({n: k for n, k in names.items() if n.endswith(" " + name)
                     and (club_name(n.split()) or (len(n.split()) == 2 and name in TOWN_CLUB_WORDS))})
    ranked = clubs.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


# A county's name as a whole word, not inside a longer name ("Kent Street", "Surrey Police", "East Sussex",
# "Yorkshire-based").
_COUNTY = re.compile(r"(?<![\w'’-])(?<!East )(?<!West )(?<!North )(?<!South )("
                     + "|".join(sorted(COUNTY_CLUBS)) + r")(?![\w'’-])(?! [A-Z])")
# A place's name and a comma before it: the county a ground or a town lies in ("Grace Road, Leicestershire"), no club.
_PLACE_COMMA = re.compile(r"([A-Z][\w'’.-]*), $")


def missed_county_clubs(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[str, int]]:
    """(name, start) of each county club's name in a sports report's `text` that overlaps no name NER found (`spans`,
    its names' (start, end)): "Essex 532-8 declared" in a scores table."""
    taken = list(spans)
    found = []
    for m in _COUNTY.finditer(text):
        place = _PLACE_COMMA.search(text, 0, m.start(1))
        if place and place.group(1) not in COUNTY_CLUBS:
            continue
        if not any(s < m.end(1) and m.start(1) < e for s, e in taken):
            found.append((m.group(1), m.start(1)))
    return found
