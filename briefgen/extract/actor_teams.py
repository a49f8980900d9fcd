"""Sports clubs and teams, which NER reads as people or places: their names' own words, and the words around a
club's one-word name in a sports report (rules as data)."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["CLUB_FIRST_WORDS", "CLUB_LAST_WORDS", "SPORT_WORDS", "TEAM_NICKNAMES", "TOWN_CLUB_WORDS", "club_cue", "club_name",
           "sporting"]

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
# Words of a sports report: an article that uses SPORTING_MIN of them reports on sport, where a town's one-word
# name beside a club's words is its club ("Barcelona beat Sevilla", "Valencia's striker").
SPORT_WORDS = frozenset(
    "goal goals striker strikers midfielder midfielders defender defenders goalkeeper winger scored scoring "
    "squad league fixture fixtures penalty penalties semi-final quarter-final kick-off innings wicket wickets "
    "touchdown touchdowns quarterback pitcher inning podium laps playoff playoffs tournament championship "
    "premiership relegation promotion-chasing derby hat-trick equaliser equalizer header".split()
)
SPORTING_MIN = 3  # distinct sport words

_WORD = re.compile(r"[a-z][a-z-]*")


def sporting(texts: Iterable[str]) -> bool:
    """True when the article reads as a sports report (SPORTING_MIN distinct SPORT_WORDS)."""
    seen: set[str] = set()
    for text in texts:
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


def club_cue(paragraph: str, start: int, end: int) -> bool:
    """A club's words right before or after the name (read only in a sports report: "against Assad" is no club)."""
    return bool(_CLUB_BEFORE.search(paragraph[max(0, start - 25): start]) or _CLUB_AFTER.match(paragraph[end: end + 25]))
