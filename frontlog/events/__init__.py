"""Events: triggers, arguments, modality, dates and numbers -> event mentions and share claims."""

from frontlog.events.extract import ArticleResult, extract_article

__all__ = ["ArticleResult", "extract_article"]
