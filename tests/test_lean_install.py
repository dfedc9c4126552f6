"""The default install has neither numpy nor py3langid (both are the `fast` extra): articles are
aligned in plain Python and languages identified by langdetect, with the same reports."""

import importlib.util
import re
import subprocess
import sys

import pytest

from factcheck import langid
from factcheck.langid import LanguageError, detect_language

from .conftest import ROOT, SEEDS

# Run in a child process: numpy and py3langid cannot be imported there, as in a default install.
WITHOUT_FAST = ("import sys\nsys.modules['numpy'] = sys.modules['py3langid'] = None\n"
                "from factcheck.cli import app\n"
                "try:\n    app(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
                "print(sorted(name for name in ('numpy', 'py3langid', 'langdetect') if sys.modules.get(name)))")
AS_INSTALLED = WITHOUT_FAST.replace("sys.modules['numpy'] = sys.modules['py3langid'] = None\n", "")

BACKENDS = [langid._Langdetect] + ([langid._Py3langid] if importlib.util.find_spec("py3langid") else [])

# Short news paragraphs of our own, one per supported language.
PARAGRAPHS = {
    "en": "The council closed the old bridge on Monday. Repairs will take three weeks and cost two million euros, the mayor said.",
    "nl": "De gemeente sloot maandag de oude brug. De herstelling duurt drie weken en kost twee miljoen euro, zei de burgemeester.",
    "de": "Die Stadt hat am Montag die alte Brücke gesperrt. Die Reparatur dauert drei Wochen und kostet zwei Millionen Euro, sagte der Bürgermeister.",
    "fr": "La ville a fermé lundi le vieux pont. Les travaux dureront trois semaines et coûteront deux millions d'euros, a déclaré le maire.",
    "es": "El ayuntamiento cerró el lunes el viejo puente. Las obras durarán tres semanas y costarán dos millones de euros, dijo el alcalde.",
    "it": "Il comune ha chiuso lunedì il vecchio ponte. I lavori dureranno tre settimane e costeranno due milioni di euro, ha detto il sindaco.",
}
FINNISH = "Kaupunki sulki vanhan sillan maanantaina. Korjaus kestää kolme viikkoa ja maksaa kaksi miljoonaa euroa, pormestari sanoi."


@pytest.fixture(params=BACKENDS, ids=lambda backend: backend.__name__)
def identifier(request, monkeypatch):
    backend = request.param()
    monkeypatch.setattr(langid, "_identifier", lambda: backend)
    return backend


@pytest.mark.parametrize("lang", PARAGRAPHS)
def test_each_supported_language_is_identified(identifier, lang):
    assert detect_language(PARAGRAPHS[lang]) == lang


def test_another_language_is_named_and_refused(identifier):
    with pytest.raises(LanguageError, match=r"unsupported language \(detected 'fi'"):
        detect_language(FINNISH)


def test_text_without_words_is_not_guessed(identifier):
    with pytest.raises(LanguageError, match="could not be detected"):
        detect_language("12 345 — 678 !!! 90 %")


def test_langdetect_gives_the_same_answer_every_time():
    """Its n-gram sampling is random: seeded per text, a headline that could be Dutch or Afrikaans
    gets the same probabilities in every run (unseeded they changed from call to call)."""
    backend = langid._Langdetect()
    text = "Brug in die stad gesloten"
    assert len({backend.best(text, restricted) for _ in range(5) for restricted in (False,)}) == 1
    assert len({backend.best(text, True) for _ in range(5)}) == 1


def without_fast(*args: str, probe: str = WITHOUT_FAST) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", probe, *args], cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_the_seed_report_is_the_same_without_numpy(tmp_path):
    lean, full = tmp_path / "lean.json", tmp_path / "full.json"
    run = without_fast("compare", str(SEEDS), "--no-cache", "-f", "json", "-o", str(lean))
    assert run.stdout.strip().splitlines()[-1] == "[]", run.stderr[-2000:]
    without_fast("compare", str(SEEDS), "--no-cache", "-f", "json", "-o", str(full), probe=AS_INSTALLED)
    assert lean.read_bytes() == full.read_bytes() and b'"pairs"' in lean.read_bytes()


def test_six_articles_without_a_language_given_get_the_same_languages_and_report(tmp_path):
    """Every language is identified (by langdetect without py3langid) as given in the fixture."""
    story = tmp_path / "story"
    story.mkdir()
    for article in sorted((ROOT / "tests" / "fixtures" / "six_languages").glob("*.md")):
        (story / article.name).write_text(re.sub(r"(?m)^lang: \w+\n", "", article.read_text(encoding="utf-8")), encoding="utf-8")
    lean, full = tmp_path / "lean.json", tmp_path / "full.json"
    run = without_fast("compare", str(story), "--no-cache", "-f", "json", "-o", str(lean))
    assert run.stdout.strip().splitlines()[-1] == "['langdetect']", run.stderr[-2000:]
    without_fast("compare", str(story), "--no-cache", "-f", "json", "-o", str(full), probe=AS_INSTALLED)
    assert lean.read_bytes() == full.read_bytes()
    for lang in PARAGRAPHS:
        assert f'"lang": "{lang}"' in lean.read_text(encoding="utf-8")
