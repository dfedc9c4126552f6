"""factcheck: explainable, offline, claim-by-claim cross-language diff of news articles."""

# The one place the version is written (flit reads it for the package metadata): reading it back
# through importlib.metadata costs every run ~25 ms of imports, as much as the rest of `--version`.
__version__ = "0.1.0"

# The name on the package index: "factcheck" there is an unrelated project. The command and the
# import package stay `factcheck`.
DISTRIBUTION = "news-factcheck"
# The documentation (SARIF informationUri); the same address is [project.urls] in pyproject.toml.
DOCS_URL = "https://github.com/news-factcheck/news-factcheck/tree/main/docs"
