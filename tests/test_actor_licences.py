"""A licence's code or its holder's word run into a name is no actor (not-actor.licence-code, not-actor.licence-holder),
and a language's edition of a listed site is a body (organization.language-edition)."""

import pytest

from actor_type_helpers import type_and_rule
from briefgen.extract.actor_type_rule import NOT_AN_ACTOR


@pytest.mark.parametrize("sentence, name, kind, rule", [
    ("We should have picked a freer licence than CC-BY-NC-ND for the photos.", "CC-BY-NC-ND", "organization",
     "not-actor.licence-code"),
    ("All the text is released under CC BY 4.0 by the club.", "CC BY 4.0", "organization", "not-actor.licence-code"),
    ("The firmware ships under GPLv3 and nobody minds.", "GPLv3", "organization", "not-actor.licence-code"),
    ("He lost his Oregon Driver's license after the crash.", "Oregon Driver", "organization", "not-actor.licence-holder"),
    ("She holds a Commercial Pilot's Licence since May.", "Commercial Pilot", "organization", "not-actor.licence-holder"),
    ("Bring your Texas Drivers License to the desk.", "Texas Drivers", "organization", "not-actor.licence-holder"),
])
def test_a_licence_is_no_actor(sentence, name, kind, rule):
    assert type_and_rule(sentence, name, kind) == (NOT_AN_ACTOR, rule)


@pytest.mark.parametrize("sentence, name, kind", [
    # a state's licence plates, a body named CC…, a driver who is a person: actors still
    ("Maryland's license plates were changed in 2016.", "Maryland", "place"),
    ("The CCTV crew filmed the launch.", "CCTV", "organization"),
    ("Minnie Driver's license to film was revoked.", "Minnie Driver", "person"),
])
def test_not_a_licence(sentence, name, kind):
    assert type_and_rule(sentence, name, kind)[0] != NOT_AN_ACTOR


@pytest.mark.parametrize("sentence, name", [
    ("The article on the German Wikipedia was longer than ours.", "German Wikipedia"),
    ("Editors of the English Wikipedia voted on the ban.", "English Wikipedia"),
])
def test_a_language_edition_is_a_body(sentence, name):
    assert type_and_rule(sentence, name, "place") == ("organization", "organization.language-edition")
