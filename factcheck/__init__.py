"""factcheck: explainable, offline, claim-by-claim cross-language diff of news articles."""

from importlib.metadata import PackageNotFoundError, version

# The name on the package index: "factcheck" there is an unrelated project. The command and the
# import package stay `factcheck`.
DISTRIBUTION = "news-factcheck"
# The documentation (SARIF informationUri); the same address is [project.urls] in pyproject.toml.
DOCS_URL = "https://github.com/news-factcheck/news-factcheck/tree/main/docs"

try:
    __version__ = version(DISTRIBUTION)
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+source"
