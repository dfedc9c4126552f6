"""Configuration: where it is found, what it may say, and command line over story over file."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.config import Config, ConfigError, StorySettings, apply_ignores, find_config, load_config
from factcheck.runtime import resolve_settings
from tests.report_factory import sample_report
from tests.test_check import ENV, compared, repo  # noqa: F401  (fixtures)


def write(path, text: str):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_found_upwards_and_factcheck_toml_wins_in_the_same_folder(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.factcheck]\nformat = "markdown"\n')
    deep = tmp_path / "articles" / "story"
    deep.mkdir(parents=True)
    assert find_config(deep) == tmp_path / "pyproject.toml"
    write(tmp_path / "factcheck.toml", 'format = "html"\n')
    assert load_config(start=deep).format == "html"


def test_pyproject_without_our_table_is_passed_over(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.factcheck]\nfail_on = "warning"\n')
    write(tmp_path / "sub" / "pyproject.toml", '[project]\nname = "x"\n')
    assert load_config(start=tmp_path / "sub").fail_on == "warning"


def test_all_settings_are_read(tmp_path):
    path = write(
        tmp_path / "factcheck.toml",
        'format = "github"\nfail_on = "warning"\ntranslator = "none"\nignore = ["omission"]\n'
        "[align]\nthreshold = 0.5\n"
        '[stories.blackberry]\nfail_on = "none"\nignore = []\ntranslator = "lexicon"\n',
    )
    config = load_config(path)
    assert (config.format, config.fail_on, config.translator, config.ignore) == ("github", "warning", "none", ("omission",))
    assert config.align_config().threshold == 0.5
    assert config.for_story("blackberry") == StorySettings(fail_on="none", ignore=(), translator="lexicon")
    assert config.for_story("elsewhere") == StorySettings(fail_on="warning", ignore=("omission",), translator="none")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('formt = "json"\n', "unknown key(s) in the top level of the file: formt"),
        ('ignore = ["omision"]\n', "unknown finding type(s) omision"),
        ('fail_on = "fatal"\n', 'fail_on = "fatal" is not one of'),
        # values shown as TOML writes them, not as Python's repr (True, ['json'], {'url': 5})
        ("translator = true\n", "translator = true is not one of lexicon"),
        ('format = ["json"]\n', 'format = ["json"] is not one of text'),
        ('[translator]\nurl = "http://x"\n', "translator is a table, not one of lexicon"),
        ("[align]\nthreshold = true\n", "threshold must be a number"),
        ('[stories.x]\nformat = "json"\n', "unknown key(s) in [stories.x]: format"),
        ("format = \n", "invalid TOML"),
        # nan paired nothing in silence; a nan count failed each story as an internal error
        ("[align]\nthreshold = nan\n", "threshold = nan must be a finite number of at least 0"),
        ("[align]\nthreshold = inf\n", "threshold = inf must be a finite number of at least 0"),
        ("[align]\nsource_word_min = -1\n", "source_word_min = -1 must be a finite number of at least 0"),
        ("[align]\ngap_max = 2.5\n", "gap_max = 2.5 must be a whole number"),
        ("min_confidence = 1.5\n", "min_confidence = 1.5 must be a number from 0 to 1"),
        ("min_confidence = nan\n", "min_confidence = nan must be a number from 0 to 1"),
        ('min_confidence = "0.5"\n', 'min_confidence = "0.5" must be a number from 0 to 1'),
        ("[stories.x]\nmin_confidence = 0.5\n", "unknown key(s) in [stories.x]: min_confidence"),
    ],
)
def test_mistakes_are_errors_that_name_the_file(tmp_path, text, message):
    path = write(tmp_path / "factcheck.toml", text)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert message in str(caught.value) and str(path) in str(caught.value)


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("factcheck.toml", '[tool.factcheck.stories.x]\nformat = "json"\n', "in [tool.factcheck.stories.x]: format"),
        ("pyproject.toml", '[tool.factcheck.align]\nthreshold = "x"\n', "[tool.factcheck.align]: threshold must be"),
        # It read "the top level of the file ignore must be …", and a story's bad level named no story.
        ("factcheck.toml", 'ignore = "omission"\n', "factcheck.toml: ignore must be a list of finding types"),
        ("factcheck.toml", '[stories.x]\nfail_on = 3\n', "factcheck.toml: [stories.x]: fail_on = 3 is not one of"),
        ("pyproject.toml", '[tool.factcheck.stories.x]\ntranslator = "deepl"\n', '[tool.factcheck.stories.x]: translator = "deepl" is not'),
    ],
)
def test_a_mistake_names_its_section_as_the_file_writes_it(tmp_path, name, text, message):
    """A factcheck.toml with keys at the top level has no [tool.factcheck] for the user to look for."""
    path = write(tmp_path / name, text)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert message in str(caught.value)


def test_ignores_apply_per_story_and_the_command_line_replaces_them():
    config = Config(ignore=("omission",), stories={"blackberry": StorySettings(ignore=("time_mismatch",))})
    kept = [f.type for f in apply_ignores(sample_report(), config).stories[0].findings]
    assert "time_mismatch" not in kept and "omission" in kept
    kept = [f.type for f in apply_ignores(sample_report(), config, cli_ignore=("number_mismatch",)).stories[0].findings]
    assert "number_mismatch" not in kept and "time_mismatch" in kept


def test_precedence_command_line_over_story_over_file(tmp_path, monkeypatch):
    write(tmp_path / "factcheck.toml", 'fail_on = "info"\n[stories.calm]\nfail_on = "none"\n')
    monkeypatch.chdir(tmp_path)
    settings = resolve_settings(None, None, None, None, None, False, False, default_fail_on="error")
    assert settings.fail_level("calm") == "none"
    assert settings.fail_level("other") == "info"
    settings = resolve_settings(None, None, "warning", None, None, False, False, default_fail_on="error")
    assert settings.fail_level("calm") == "warning"


def test_min_confidence_comes_from_the_file_and_the_command_line_wins(tmp_path, monkeypatch):
    # CI wanted it in the file with the other filters; it was an unknown key there.
    write(tmp_path / "factcheck.toml", "min_confidence = 0.5\n")
    monkeypatch.chdir(tmp_path)
    assert resolve_settings(None, None, None, None, None, False, False, default_fail_on="error").min_confidence == 0.5
    assert resolve_settings(None, None, None, None, None, False, False, default_fail_on="error", min_confidence=0.0).min_confidence == 0.0
    (tmp_path / "factcheck.toml").unlink()
    assert resolve_settings(None, None, None, None, None, False, False, default_fail_on="error").min_confidence == 0.0


def test_check_uses_the_config_and_options_override_it(repo, compared):  # noqa: F811
    write(repo / "factcheck.toml", 'format = "json"\n[stories.blackberry]\nfail_on = "none"\n')
    from_file = CliRunner().invoke(app, ["check", "articles/blackberry/en.md", "-q"], env=ENV)
    assert from_file.exit_code == 0
    assert json.loads(from_file.stdout)["stories"][0]["id"] == "blackberry"
    overridden = CliRunner().invoke(app, ["check", "articles/blackberry/en.md", "-q", "--fail-on", "error", "--format", "markdown"], env=ENV)
    assert overridden.exit_code == 1
    assert overridden.stdout.startswith("## factcheck:")


def test_counts_of_the_aligner_stay_whole_numbers(tmp_path):
    config = load_config(write(tmp_path / "factcheck.toml", "[align]\ngap_max = 4\nthreshold = 1\n")).align_config()
    assert (config.gap_max, type(config.gap_max), config.threshold, type(config.threshold)) == (4, int, 1.0, float)


def test_a_config_file_that_is_not_utf8_is_named_not_blamed_on_ignore(tmp_path, monkeypatch):
    # UnicodeDecodeError is a ValueError: it came out as "Invalid value for --ignore: 'utf-8' codec …"
    (tmp_path / "factcheck.toml").write_text('format = "json"\n', encoding="utf-16")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["compare", "-", "-q"], input="The bridge is closed.", env=ENV)
    assert result.exit_code == 2 and "--ignore" not in result.output
    assert "factcheck.toml: invalid TOML: not UTF-8 text" in result.stderr


def test_a_broken_config_is_exit_2(repo, compared):  # noqa: F811
    write(repo / "factcheck.toml", 'format = "pdf"\n')
    result = CliRunner().invoke(app, ["check", "articles/blackberry/en.md"], env=ENV)
    assert result.exit_code == 2
    assert 'factcheck.toml: format = "pdf" is not one of' in result.stderr


def test_the_documented_example_is_a_valid_configuration(tmp_path):
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[1] / "docs" / "configuration.md").read_text(encoding="utf-8")
    example = doc.split("```toml\n", 1)[1].split("```", 1)[0]
    config = load_config(write(tmp_path / "pyproject.toml", example))
    assert config.fail_on == "error" and config.align_config().path_threshold == 0.14
