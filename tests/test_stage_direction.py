"""One pipeline, one direction (docs/architecture.md): a stage imports the stages before it and the
modules around them, never a stage after it nor the code that wires the stages; a module's `_private`
names (and private modules) are used only inside its own package. Lazy imports inside functions
count as much as those at the top. Read from the source with `ast`: nothing is imported."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "factcheck"
STAGES = ("ingest", "segment", "claims", "translate", "align", "compare", "report")
# The stage table of docs/architecture.md; a package belongs to its stage whole.
STAGE_OF = {
    "factcheck.ingest": "ingest", "factcheck.langid": "ingest",
    "factcheck.segment": "segment",
    "factcheck.claims": "claims",
    "factcheck.translate": "translate",
    "factcheck.align": "align", "factcheck.align_facts": "align", "factcheck.align_small": "align",
    "factcheck.blocking": "align", "factcheck.embeddings": "align",
    "factcheck.compare": "compare", "factcheck.link_wording": "compare",
    "factcheck.report": "report",
}
# Around the stages and used by them: they import no stage and nothing that wires the stages.
SHARED = {"factcheck", "factcheck.model", "factcheck.safe_text", "factcheck.lemmas", "factcheck.wordtable",
          "factcheck.cachefile", "factcheck.lazyre", "factcheck.kept_code", "factcheck.claim_memo",
          "factcheck.places", "factcheck.own_reports", "factcheck.gc_pause"}
# Every other module wires the stages (pipeline, cli, batch, engines, ...) and may import any of them.

# The imports that remain against the direction, each with its reason: (importer, imported) -> why.
EXCEPTIONS = {
    ("factcheck.claims.facets", "factcheck.translate.english_words"):
        "translate's English word lists tell a name from a common word; no translation is read",
    ("factcheck.claims.facets", "factcheck.translate.lexicon"):
        "the dictionary's headwords and renderings tell a name from a common word (German nouns) and "
        "a demonym from its first sense; "
        "the dictionary shares its compound splitting and supplement with the lexicon translator",
    ("factcheck.claims.designations", "factcheck.translate.english_words"):
        "an English function word before a figure is no designation",
    ("factcheck.align_facts", "factcheck.compare.stance"):
        "a hedge link needs the word a hedge bears on stated by the other claim, read as compare "
        "reads it (cognates, lemmas, the reverse dictionary of compare.common) so link and finding agree",
    ("factcheck.report.clusters", "factcheck.batch"):
        "`factcheck cluster` renders the batch plan (clusters), not a story report",
    ("factcheck.report.clusters", "factcheck.cluster"):
        "the cluster report scores the clusters against the story labels",
}


def module_name(path: Path, root: Path = PACKAGE.parent) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def is_package(module: str, root: Path = PACKAGE.parent) -> bool:
    return (root / module.replace(".", "/") / "__init__.py").exists()


def package_of(module: str, root: Path = PACKAGE.parent) -> str:
    return module if is_package(module, root) else module.rpartition(".")[0]


def imports(path: Path, root: Path = PACKAGE.parent) -> list[tuple[str, str, int]]:
    """(imported module, name or "", line) of every import of a factcheck module, lazy ones too;
    `from package import module` is an import of that module."""
    package = package_of(module_name(path, root), root)
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, "", node.lineno) for alias in node.names if alias.name.split(".")[0] == "factcheck"]
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
            target = ".".join(base + ([node.module] if node.module else []))
            if target.split(".")[0] != "factcheck":
                continue
            for alias in node.names:
                submodule = f"{target}.{alias.name}"
                is_module = is_package(submodule, root) or (root / (submodule.replace(".", "/") + ".py")).exists()
                found.append((submodule, "", node.lineno) if is_module else (target, alias.name, node.lineno))
    return found


def owner(module: str) -> str | None:
    parts = module.split(".")
    return next((STAGE_OF[".".join(parts[:n])] for n in range(len(parts), 0, -1) if ".".join(parts[:n]) in STAGE_OF), None)


def kind(module: str) -> str:
    return owner(module) or ("shared" if module in SHARED else "wiring")


def private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def direction_problem(importer: str, imported: str) -> str | None:
    """Why `importer` may not import `imported`, or None."""
    by, of = kind(importer), kind(imported)
    if by == "wiring" or of == "shared":
        return None
    if by == "shared":
        return f"a shared module imports {of} ({imported})"
    if of == "wiring":
        return f"the {by} stage imports the wiring module {imported}"
    if STAGES.index(of) > STAGES.index(by):
        return f"the {by} stage imports the later {of} stage ({imported})"
    return None


def privacy_problem(importer: str, imported: str, name: str) -> str | None:
    """A `_private` name or module used outside its own package (the top-level package's modules
    each stand alone: align_facts may not use align's private names)."""
    parts = imported.split(".")
    first_private = next((n for n, part in enumerate(parts) if private(part)), None)
    if first_private is None and not private(name):
        return None
    home = ".".join(parts[:first_private]) if first_private is not None else package_of(imported)
    if home != "factcheck" and package_of(importer) == home:
        return None
    return f"private {name or imported} of {imported if name else home}"


def test_no_stage_imports_a_later_stage_and_no_module_another_packages_private_names():
    problems, used = [], set()
    for path in sorted(PACKAGE.rglob("*.py")):
        importer = module_name(path)
        for imported, name, line in imports(path):
            if (importer, imported) in EXCEPTIONS:
                used.add((importer, imported))
                continue
            problem = direction_problem(importer, imported) or privacy_problem(importer, imported, name)
            if problem:
                problems.append(f"{path.relative_to(PACKAGE.parent)}:{line}: {problem}")
    assert problems == []
    assert used == set(EXCEPTIONS), "an exception no longer needed: remove it"


def test_the_check_sees_a_later_stage_a_lazy_import_and_a_private_name(tmp_path):
    source = tmp_path / "factcheck" / "claims" / "example.py"
    source.parent.mkdir(parents=True)
    for package in (source.parent.parent, source.parent):
        (package / "__init__.py").write_text("")
    source.write_text("from ..compare.common import _lemma\n\ndef later():\n    from ..report import text\n")
    found = [(imported, name) for imported, name, _ in imports(source, tmp_path)]
    assert found == [("factcheck.compare.common", "_lemma"), ("factcheck.report", "text")]
    assert direction_problem("factcheck.claims.example", "factcheck.compare.common")
    assert direction_problem("factcheck.claims.example", "factcheck.report")
    assert privacy_problem("factcheck.claims.example", "factcheck.compare.common", "_lemma")
    assert direction_problem("factcheck.compare.numbers", "factcheck.claims.roles") is None
    assert direction_problem("factcheck.model", "factcheck.claims")
    assert direction_problem("factcheck.report.html", "factcheck.pipeline")
    assert direction_problem("factcheck.pipeline", "factcheck.report") is None


def test_private_names_stay_in_their_package():
    assert privacy_problem("factcheck.align_facts", "factcheck.align", "_name_key")
    assert privacy_problem("factcheck.compare.numbers", "factcheck.claims._time_meanings", "alternation")
    assert privacy_problem("factcheck.compare.numbers", "factcheck.claims.number_rules", "") is None
    assert privacy_problem("factcheck.claims.times", "factcheck.claims._time_patterns", "_number_word") is None
    assert privacy_problem("factcheck.compare.stance", "factcheck.compare.common", "_senses") is None
    assert privacy_problem("factcheck.cli", "factcheck", "__version__") is None
