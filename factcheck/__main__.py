"""`python -m factcheck …` runs the command line, like the `factcheck` script."""

from .cli import app

app(prog_name="factcheck")
