"""factcheck: explainable, offline, claim-by-claim cross-language diff of news articles."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("factcheck")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+source"
