"""`--jobs N` gives a worker the stories of the languages it has loaded (issue 16): the parent
loads only the languages most stories share, each other language is loaded by the worker its
stories go to, and no worker waits while stories do."""

from factcheck.batch import Locator, Plan, languages_to_load, StoryFailure, StoryTask
from factcheck.engines.local import ProcessEngine, choose_next
from factcheck.model import Document

from . import engine_helpers


def test_a_free_worker_takes_the_first_story_of_a_language_it_has_loaded():
    waiting = [frozenset({"fr"}), frozenset({"de"}), frozenset({"de"})]
    assert choose_next({"de"}, {"fr"}, waiting) == 1


def test_else_a_story_whose_languages_no_other_worker_has_loaded():
    waiting = [frozenset({"de"}), frozenset({"de", "it"}), frozenset({"fr"})]
    assert choose_next(set(), {"de"}, waiting) == 2
    assert choose_next({"de"}, {"it"}, [frozenset({"it"}), frozenset({"de", "fr"})]) == 1  # only fr is new to it


def test_else_the_first_story_rather_than_waiting():
    waiting = [frozenset({"de"}), frozenset({"fr"})]
    assert choose_next({"nl"}, {"de", "fr"}, waiting) == 0
    assert choose_next(set(), set(), [frozenset()]) == 0  # only shared languages: anyone


def test_at_the_end_of_the_input_the_largest_waiting_story_goes_first():
    waiting = [frozenset(), frozenset(), frozenset()]
    assert choose_next(set(), set(), waiting, [10, 500, 40]) == 1
    # languages still come first: the largest of the stories it has loaded, then of the unclaimed ones
    needs = [frozenset({"de"}), frozenset({"fr"}), frozenset({"de"}), frozenset({"it"})]
    assert choose_next({"de"}, {"fr"}, needs, [5, 900, 50, 700]) == 2
    assert choose_next(set(), {"fr"}, needs, [5, 900, 50, 700]) == 3
    assert choose_next({"nl"}, {"de", "fr", "it"}, needs, [5, 900, 50, 700]) == 1


def test_the_last_tasks_start_largest_first_so_the_workers_finish_together():
    tasks = ["a" * 10, "b" * 2000, "c" * 10, "d" * 9000]  # fewer than the window: all read at once
    with ProcessEngine(1) as engine:  # one worker runs what it is sent in the order it was sent
        results = list(engine.map_ordered(engine_helpers.started_at, tasks))
    assert [task for task, _ in results] == tasks  # output still in task order
    started = [task[0] for task, _ in sorted(results, key=lambda result: result[1])]
    assert started == ["d", "b", "a", "c"]  # equal sizes keep their order


def _plan(*stories: tuple[str, ...]) -> Plan:
    return Plan([(f"s{n}", [Locator(f"s{n}-{lang}", "", lang=lang) for lang in langs]) for n, langs in enumerate(stories)], [])


def test_the_parent_loads_the_languages_of_more_than_one_worker_s_share_of_the_stories():
    plan = _plan(("en", "nl"), ("en", "de"), ("en", "fr"), ("en", "nl"))
    assert plan.shared_languages(2) == ("en",)  # nl: 2 of 4 stories, one worker's share
    assert plan.shared_languages(3) == ("en", "nl")
    assert _plan(("it",), ("fr",), ("de",), ("fr",)).shared_languages(4) == ("fr",)  # at least the most common
    assert _plan(("it",), ("de",)).shared_languages(2) == ("de",)  # a tie: the first by name
    assert _plan().shared_languages(2) == ()


def test_a_story_needs_its_languages_beyond_the_shared_ones():
    task = StoryTask("s", [Document("a", "", "en", "x"), Document("b", "", "de", "y")])
    assert languages_to_load(frozenset({"en"}), task) == frozenset({"de"})
    assert languages_to_load(frozenset({"en"}), StoryFailure("s", "changed")) == frozenset()


def test_workers_get_the_stories_of_their_languages_and_results_come_in_order():
    tasks = [(lang, n) for n in range(6) for lang in ("a", "b", "c", "d")]
    with ProcessEngine(2, affinity=lambda task: frozenset({task[0]})) as engine:
        results = list(engine.map_ordered(engine_helpers.pid_and_task, tasks))
    assert [task for _, task in results] == tasks
    pid = [worker for worker, _ in results]
    # The first four are sent before any result comes back: language a to one worker, then b
    # (which that worker has not loaded) to the other, then each one's next story of its language.
    assert pid[0] == pid[4] and pid[1] == pid[5] and pid[0] != pid[1]

