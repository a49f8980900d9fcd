"""Exceptions briefgen raises; the CLI turns them into one-line messages."""


class BriefgenError(Exception):
    """Base class: every error briefgen reports to the user."""


class SourceError(BriefgenError):
    """A source file cannot be read or parsed; the message names the file and the problem."""

    def __init__(self, name: str, problem: str) -> None:
        super().__init__(f"{name}: {problem}")
        self.name = name
        self.problem = problem


class ConfigError(BriefgenError):
    """The configuration file is invalid."""
