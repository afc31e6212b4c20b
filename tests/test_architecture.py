"""The pipeline's shape, held by a test: imports go one way, leaves first."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).parents[1] / "generator"
STAGES = ["load", "annotate", "link", "render", "write"]


def imports(module: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(module.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("generator"):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("generator")}
    return found


def graph() -> dict[str, set[str]]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        name = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__")
        out[name] = imports(path)
    return out


def test_every_stage_has_a_module():
    for stage in STAGES + ["build", "cli", "config", "serve"]:
        assert (PACKAGE / f"{stage}.py").is_file(), stage


def test_nothing_imports_the_cli_and_only_the_cli_imports_build_orchestrators():
    for name, deps in graph().items():
        if name not in ("generator.cli", "generator.__main__"):
            assert "generator.cli" not in deps, name


def test_stages_import_only_earlier_stages():
    g = graph()
    for i, stage in enumerate(STAGES):
        later = {f"generator.{s}" for s in STAGES[i + 1:]} | {"generator.build", "generator.serve"}
        assert not (g[f"generator.{stage}"] & later), (stage, g[f"generator.{stage}"] & later)


def test_ingest_and_build_never_import_each_other():
    g = graph()
    build_side = {f"generator.{m}" for m in STAGES + ["build", "pages", "export", "markup", "serve"]}
    for name, deps in g.items():
        if name.startswith("generator.ingest"):
            assert not (deps & build_side), (name, deps & build_side)
        elif name in build_side:
            assert not any(d.startswith("generator.ingest") for d in deps), name


def test_no_cycles():
    g = graph()
    state: dict[str, int] = {}

    def visit(n, trail):
        if state.get(n) == 1:
            raise AssertionError(f"import cycle: {' → '.join(trail + [n])}")
        if state.get(n) == 2 or n not in g:
            return
        state[n] = 1
        for d in sorted(g[n]):
            visit(d, trail + [n])
        state[n] = 2

    for n in sorted(g):
        visit(n, [])


def test_no_module_binds_a_top_level_name_twice():
    """A second ``_WORDS = ...`` further down a long module silently replaces the first for every function that
    reads it, the first's included (found twice in generator/ingest: a list of party nouns and a list of
    relatives shadowed by lists of the same name)."""
    for path in PACKAGE.rglob("*.py"):
        bound: dict[str, int] = {}
        for node in ast.parse(path.read_text()).body:
            if isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
                names = [node.target.id]
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names = [node.name]
            else:
                continue
            for name in names:
                assert name not in bound, f"{path.relative_to(PACKAGE.parent)}:{node.lineno}: {name} is bound again (first at line {bound[name]})"
                bound[name] = node.lineno
