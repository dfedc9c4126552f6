#!/usr/bin/env python3
"""Extract the CLDR territory names that factcheck/places.py needs from Babel, once, at build time.

Usage (needs the `data` extra: pip install -e '.[data]'):
    python scripts/build_territories.py

Output: factcheck/data/territories.tsv.gz, one line per territory and language
("lang<TAB>local name<TAB>English name"), for every supported language but English. Babel ships
the whole of CLDR (35 MB of locale data for ~1,000 locales); factcheck needs ~1,500 names.

Data: Unicode CLDR (https://cldr.unicode.org) via Babel, Unicode License v3 (permissive),
compatible with factcheck's GPL-3.0-or-later; the notice is kept in docs/dependencies.md.
"""

from __future__ import annotations

import gzip
from pathlib import Path

from babel import Locale

from factcheck.langid import SUPPORTED_LANGUAGES

OUT = Path(__file__).resolve().parent.parent / "factcheck" / "data" / "territories.tsv.gz"


def rows() -> list[str]:
    english = Locale("en").territories
    lines = []
    for lang in SUPPORTED_LANGUAGES:
        if lang == "en":
            continue
        for code, local in sorted(Locale.parse(lang).territories.items()):
            if code in english:
                lines.append(f"{lang}\t{local}\t{english[code]}")
    return lines


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    lines = rows()
    # mtime=0: the same input gives the same bytes (a rebuild without changes is no diff).
    with gzip.GzipFile(OUT, "wb", mtime=0) as handle:
        handle.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"{OUT}: {len(lines)} names, {OUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
