"""The Dask engine runs the same per-story work and gives the same report as a local run."""

from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from factcheck.batch import BatchOptions, run_batch  # noqa: E402
from factcheck.pipeline import Options  # noqa: E402
from factcheck.report import report_to_dict  # noqa: E402

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "batch" / "three_stories.jsonl"


@pytest.fixture(scope="module")
def scheduler_address():
    cluster = distributed.LocalCluster(n_workers=2, processes=True, host="127.0.0.1", threads_per_worker=1,
                                       dashboard_address=None)
    yield cluster.scheduler_address
    cluster.close()


def test_dask_cluster_run_equals_local_run(scheduler_address):
    options = Options(use_cache=False)
    local = report_to_dict(run_batch([str(FIXTURE)], options, BatchOptions(jobs=1)).report())
    on_dask = report_to_dict(run_batch([str(FIXTURE)], options, BatchOptions(engine="dask", scheduler=scheduler_address)).report())
    assert on_dask == local
