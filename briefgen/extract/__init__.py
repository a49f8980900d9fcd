"""Extraction stages: each takes a cleaned Article and returns part of a Briefing."""
