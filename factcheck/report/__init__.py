"""Report stage: the finished Report as a JSON-ready dict, and renderers that only read it."""

from .build import SCHEMA_VERSION, jsonl_text, report_to_dict, story_to_dict

__all__ = ["SCHEMA_VERSION", "jsonl_text", "report_to_dict", "story_to_dict"]
