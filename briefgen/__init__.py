"""briefgen: turn raw news articles into clean, searchable briefing pages."""

from briefgen.model import Briefing
from briefgen.pipeline import analyze

__version__ = "0.1.0"
__all__ = ["analyze", "Briefing", "__version__"]
