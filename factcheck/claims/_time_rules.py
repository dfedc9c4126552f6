"""Per-language lexicons for `times.py`, loaded from `time_lang/<lang>.json` (one file per language).

Only data lives in those files; `times.py` builds one set of regular expressions from these tables for
every language, so a language is added by adding its file, never by copying code. What each table
holds is described in `time_lang/README.md`. Every table is exposed here as a module attribute
mapping language -> entry (e.g. `MONTHS["nl"]`), holding only the languages whose file has it.
"""

from __future__ import annotations

import json
from pathlib import Path

_FOLDER = Path(__file__).with_name("time_lang")
# Tables a language may leave out (only some languages need them).
OPTIONAL = frozenset({"CAPITALISED_ONLY_MONTHS", "NAMED_MONTH_WORDS", "NOT_A_DAY_AFTER", "IRREGULAR_ORDINALS", "ACCENTED_ENDINGS",
                      "CURRENT_PERIODS", "PERIOD_ENDED", "DURATION_AND_A_HALF",
                      "ANAPHORIC_PERIODS", "TENSE_PREPOSITIONS",
                      "RATE_ARTICLES", "YEAR_HALVES", "CENTURY_PATTERNS",
                      "DURATION_INFIXES", "DURATION_ONE_AND_A_HALF", "COUNTED_NOUNS", "SCHEDULED_PRESENT", "TITLE_CASE_NAMES", "PLUPERFECT_AUXILIARIES", "WITHIN_PREPOSITIONS", "CONDITIONAL_WORDS", "WEEKLY_SUFFIXES", "CLOCK_HALF_BEFORE", "CLOCK_OFFSETS", "DECADE_WORD_ENDINGS", "DECADE_WORDS", "ANAPHORIC_WEEKDAY_SHIFTS", "INDEFINITE_FUTURE", "ORDINAL_DAYS_TODAY", "PART_OF_DAY_BEFORE", "DAYS_NEXT_TO", "CLOCK_BARE_HOUR_FOLLOWERS",
                      "HOURS_OF", "CLOCK_COPULAS", "CLOCK_RANGES", "HOURS_UP_TO", "DAY_EDGES", "REPORTED_FUTURE", "PROSPECTIVE_VERBS", "UNIT_COMPOUND_LINKS", "DECADE_SPAN_SHIFTS"})


def _load() -> dict[str, dict]:
    return {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in sorted(_FOLDER.glob("*.json"))}


_BY_LANG = _load()
LANGS = tuple(_BY_LANG)
_TABLE_NAMES = sorted({name for tables in _BY_LANG.values() for name in tables})
for _name in _TABLE_NAMES:
    globals()[_name] = {lang: tables[_name] for lang, tables in _BY_LANG.items() if _name in tables}


def missing_tables(lang: str) -> list[str]:
    """Required tables a language file lacks (tests check every file is complete)."""
    return [name for name in _TABLE_NAMES if name not in OPTIONAL and name not in _BY_LANG.get(lang, {})]
