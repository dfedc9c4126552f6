"""Two inputs of one story with the same text (a file saved twice, a feed that repeats an article)
are one witness: the first is compared, the copy is skipped as `duplicate` with one line naming
both files. The texts are written for these tests."""

import json

from typer.testing import CliRunner

from factcheck import cli

ENGLISH = "The council said on Monday that 40 families had to leave the valley after the flood.\n"
DUTCH = "De gemeenteraad zei maandag dat 45 gezinnen de vallei moesten verlaten na de overstroming.\n"


def invoke(*args):
    return CliRunner().invoke(cli.app, [str(a) for a in args], env={"NO_COLOR": "1"})


def _story(folder, *names):
    folder.mkdir()
    for name in names:
        (folder / name).write_text(DUTCH if name.startswith("nl") else ENGLISH, encoding="utf-8")
    return folder


def test_a_copy_in_one_story_is_skipped_once_and_named(tmp_path):
    story = _story(tmp_path / "flood", "en.txt", "en2.txt", "nl.txt")
    result = invoke("compare", story, "-f", "json")
    report = json.loads(result.stdout)
    (skipped,) = report["skipped"]
    assert skipped["code"] == "duplicate" and skipped["path"].endswith("en2.txt")
    assert f"{story / 'en2.txt'}: the same text as {story / 'en.txt'}: compared once" in result.stderr
    assert [d["id"] for d in report["stories"][0]["documents"]] == ["en", "nl"]
    assert result.exit_code == 0
    assert invoke("compare", story, "--strict", "-q").exit_code == 2


def test_a_copy_does_not_repeat_a_finding(tmp_path):
    alone = json.loads(invoke("compare", _story(tmp_path / "pair", "en.txt", "nl.txt"), "-f", "json").stdout)
    copied = json.loads(invoke("compare", _story(tmp_path / "copied", "en.txt", "en2.txt", "nl.txt"), "-f", "json").stdout)
    severities = [[f["severity"] for f in report["stories"][0]["findings"] if f["type"] == "number_mismatch"]
                  for report in (alone, copied)]
    assert severities[0] and severities[0] == severities[1]


def test_the_same_text_in_two_stories_is_compared_in_each(tmp_path):
    first, second = _story(tmp_path / "a", "en.txt", "nl.txt"), _story(tmp_path / "b", "en.txt", "nl.txt")
    report = json.loads(invoke("compare", first, second, "-f", "json").stdout)
    assert not report["skipped"] and [len(s["documents"]) for s in report["stories"]] == [2, 2]


def test_check_skips_a_copy_beside_the_changed_file(tmp_path):
    story = _story(tmp_path / "flood", "en.txt", "en2.txt", "nl.txt")
    result = invoke("check", story / "nl.txt", "-f", "json")
    report = json.loads(result.stdout)
    assert [s["code"] for s in report["skipped"]] == ["duplicate"]
    assert len(report["stories"][0]["documents"]) == 2
