"""The rule registry (newsclean.cleaners.rules) and the code agree.

1. Source scan: every ``Change(step, rule)``, ``Rejection(stage, reason)``,
   ``ReadFailure(ref, reason)`` and ``Skipped(ref, reason)`` in the package emits a
   registered code (literal codes by name, f-string codes through
   ``rules.FAMILIES``, codes held in a variable through ``rules.DYNAMIC_SITES``),
   and every registered code is still emitted somewhere.
2. Examples: for every rule and reject reason, the positive example makes the
   owning function emit exactly that code and the negative example does not.

The failure messages say which code lacks what and where to add it: other
branches add rules all the time.
"""
from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path
from typing import get_args

import pytest

import newsclean
from newsclean.cleaners import rules
from newsclean.cleaners.rules import DYNAMIC_SITES, FAMILIES, REJECT_REASONS, RULES, SKIP_REASONS
from newsclean.schemas.models import RejectReason

PKG = Path(newsclean.__file__).resolve().parent
ROOT = PKG.parent
REGISTRY = "newsclean/cleaners/rules.py"
_CODE_SHAPED = re.compile(r"[a-z][a-z0-9_]*")
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")

# call -> (kind, position of the step argument or the fixed step, position of the rule/reason argument)
_CALLS = {"Change": ("change", 0, 1), "Rejection": ("reject", 0, 1), "ReadFailure": ("reject", "read", 1), "Skipped": ("skip", "skip", 1)}


@dataclass(frozen=True)
class Site:
    path: str
    line: int
    kind: str  # change | reject | skip
    step: str
    literal: str | None = None  # the rule/reason, spelled out
    template: str | None = None  # an f-string, placeholders as {}
    var: str | None = None  # the expression holding it

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"

    def code(self, rule: str) -> str:
        return rule if self.kind == "skip" else f"{self.step}:{rule}"


def _constants(tree: ast.Module) -> dict[str, str]:
    out = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            out.update({t.id: node.value.value for t in node.targets if isinstance(t, ast.Name)})
    return out


def _template(node: ast.JoinedStr) -> str:
    return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)


def _scan_file(path: Path) -> list[Site]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    consts = _constants(tree)
    rel = path.relative_to(ROOT).as_posix()
    sites = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _CALLS):
            continue
        kind, step_arg, rule_arg = _CALLS[node.func.id]
        if len(node.args) <= rule_arg:
            continue
        if isinstance(step_arg, int):
            s = node.args[step_arg]
            step = s.value if isinstance(s, ast.Constant) else consts.get(getattr(s, "id", ""), ast.unparse(s))
        else:
            step = step_arg
        arg = node.args[rule_arg]
        parts = arg.values if isinstance(arg, ast.BoolOp) else [arg]  # `kind or "unknown"`
        for part in parts:
            base = Site(rel, node.lineno, kind, str(step))
            if isinstance(part, ast.Constant) and isinstance(part.value, str):
                sites.append(Site(**{**base.__dict__, "literal": part.value}))
            elif isinstance(part, ast.Name) and part.id in consts:
                sites.append(Site(**{**base.__dict__, "literal": consts[part.id]}))
            elif isinstance(part, ast.JoinedStr):
                sites.append(Site(**{**base.__dict__, "template": _template(part)}))
            else:
                sites.append(Site(**{**base.__dict__, "var": ast.unparse(part)}))
    return sites


def scan() -> list[Site]:
    return [s for p in sorted(PKG.rglob("*.py")) if p.relative_to(ROOT).as_posix() != REGISTRY for s in _scan_file(p)]


SITES = scan()


# ---------------------------------------------------------------- where a variable's values are spelled


def _str_constants(node: ast.AST) -> set[str]:
    return {
        n.value for n in ast.walk(node)
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and _CODE_SHAPED.fullmatch(n.value)
    }


def _is_name(node: ast.AST, name: str) -> bool:
    return isinstance(node, ast.Name) and node.id == name


def resolve(source: str, path: str) -> set[str]:
    """The values a DynamicSite source names (see rules.DynamicSite)."""
    how, _, name = source.partition(":")
    if how == "failures":
        return {s.literal for s in SITES if s.literal and s.kind == "reject" and s.step == "read"
                and (name == "*" or s.path == name) and _from_read_failure(s)}
    tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in ast.walk(tree):
        if how == "table" and isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None and any(
            _is_name(t, name) for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
        ):
            for elt in getattr(node.value, "elts", []):
                if isinstance(elt, ast.Tuple) and isinstance(elt.elts[0], ast.Constant):
                    out.add(elt.elts[0].value)
        elif how == "assign" and isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(_is_name(t, name) or (isinstance(t, ast.Subscript) and _is_name(t.value, name)) for t in targets):
                out |= _str_constants(node.value)
        elif how == "return" and isinstance(node, ast.FunctionDef) and node.name == name:
            for ret in ast.walk(node):
                if isinstance(ret, ast.Return) and ret.value is not None:
                    value = ret.value.elts[0] if isinstance(ret.value, ast.Tuple) else ret.value
                    out |= _str_constants(value)
        elif how == "key" and isinstance(node, ast.Subscript) and _is_name(node.value, name):
            if isinstance(node.slice, ast.Tuple) and isinstance(node.slice.elts[0], ast.Constant):
                out.add(node.slice.elts[0].value)
        elif how == "loop" and isinstance(node, ast.For) and isinstance(node.target, ast.Tuple):
            idx = [i for i, t in enumerate(node.target.elts) if _is_name(t, name)]
            if idx and isinstance(node.iter, (ast.Tuple, ast.List)):
                for elt in node.iter.elts:
                    if isinstance(elt, ast.Tuple) and isinstance(elt.elts[idx[0]], ast.Constant):
                        out.add(elt.elts[idx[0]].value)
    return out


_READ_FAILURE_LINES: set[tuple[str, int]] = set()
for _p in sorted(PKG.rglob("*.py")):
    for _n in ast.walk(ast.parse(_p.read_text(encoding="utf-8"))):
        if isinstance(_n, ast.Call) and isinstance(_n.func, ast.Name) and _n.func.id == "ReadFailure":
            _READ_FAILURE_LINES.add((_p.relative_to(ROOT).as_posix(), _n.lineno))


def _from_read_failure(site: Site) -> bool:
    return (site.path, site.line) in _READ_FAILURE_LINES


def _declared(site: Site) -> rules.DynamicSite | None:
    return next((d for d in DYNAMIC_SITES if (d.path, d.step, d.var) == (site.path, site.step, site.var)), None)


def dynamic_values() -> dict[rules.DynamicSite, set[str]]:
    return {d: set().union(*(resolve(src, d.path) for src in d.sources)) if d.sources else set() for d in DYNAMIC_SITES}


def _norm(template: str) -> str:
    return _PLACEHOLDER.sub("{}", template)


def _template_rx(template: str) -> re.Pattern[str]:
    return re.compile("".join("[a-z0-9_]+" if p == "{}" else re.escape(p) for p in re.split(r"(\{\})", _norm(template))))


def _registered_reject(code: str) -> bool:
    stage, _, reason = code.partition(":")
    return reason in REJECT_REASONS and stage in REJECT_REASONS[reason].stages


def _registered_skip(reason: str) -> bool:
    return reason in SKIP_REASONS or reason in rules.SKIP_FAMILY_MEMBERS


# ---------------------------------------------------------------- 1. the source and the registry


def test_the_scan_finds_the_known_kinds_of_site():
    kinds = {(s.kind, "literal" if s.literal else "template" if s.template else "var") for s in SITES}
    assert {("change", "literal"), ("change", "template"), ("change", "var"), ("reject", "literal"), ("skip", "var")} <= kinds
    assert len(SITES) > 40


def test_every_literal_code_in_the_source_is_registered():
    missing = []
    for s in SITES:
        if s.literal is None:
            continue
        code = s.code(s.literal)
        if s.kind == "change" and not rules.is_registered(code):
            missing.append(f"{s.where} emits change code {code!r}, which {REGISTRY} does not register: add "
                           f"rule({code!r}, '<one-line doc>', <owning cleaner>, positive=ex(...), negative=ex(...))")
        elif s.kind == "reject" and not _registered_reject(code):
            missing.append(f"{s.where} rejects with {code!r}: add {s.literal!r} to RejectReason in "
                           f"newsclean/schemas/models.py and reason({s.literal!r}, {s.step!r}, '<doc>', <owner>, "
                           f"positive=ex(...), negative=ex(...)) to {REGISTRY}")
        elif s.kind == "skip" and not _registered_skip(s.literal):
            missing.append(f"{s.where} skips records as {s.literal!r}: add it with a doc line to SKIP_REASONS in {REGISTRY}")
    assert not missing, "\n".join(missing)


def test_every_f_string_code_is_a_registered_family_with_members():
    missing = []
    for s in SITES:
        if s.template is None:
            continue
        template = s.code(s.template)
        families = {_norm(t) for t in FAMILIES}
        if template not in families:
            missing.append(f"{s.where} builds codes from the f-string {template!r}: add it to FAMILIES in {REGISTRY} "
                           f"with a doc line naming its values, and register each value as a rule")
        elif not any(_template_rx(template).fullmatch(c) for c in RULES):
            missing.append(f"{s.where}: no rule in {REGISTRY} is a member of {template!r}: register its values")
    assert not missing, "\n".join(missing)


def test_every_code_held_in_a_variable_is_declared_and_its_values_registered():
    problems = []
    values = dynamic_values()
    for s in SITES:
        if s.var is None:
            continue
        site = _declared(s)
        if site is None:
            problems.append(
                f"{s.where}: the {s.kind} code's rule is the expression {s.var!r}, so the scan cannot read it: add "
                f"DynamicSite({s.path!r}, {s.step!r}, {s.var!r}, '<doc>', sources=(...)) to DYNAMIC_SITES in {REGISTRY} "
                "saying where its values are spelled (table:/assign:/return:/key:/loop:/failures:)"
            )
            continue
        if not values[site] and site.family is None:
            problems.append(f"{s.where}: the sources {site.sources} of DYNAMIC_SITES entry {s.var!r} resolve to no value")
        for value in sorted(values[site]):
            code = s.code(value)
            ok = (rules.is_registered(code) if s.kind == "change"
                  else _registered_reject(code) if s.kind == "reject" else _registered_skip(value))
            if not ok:
                problems.append(f"{s.where} can emit {s.kind} code {code!r} (through {s.var!r}, spelled in "
                                f"{site.sources}), which {REGISTRY} does not register")
        if site.family is not None and site.family not in RULES and site.family not in SKIP_REASONS:
            problems.append(f"{s.where}: DYNAMIC_SITES names the family {site.family!r}, which is not registered")
    assert not problems, "\n".join(problems)


def test_every_dynamic_site_declared_still_exists():
    found = {(s.path, s.step, s.var) for s in SITES if s.var}
    stale = [f"DYNAMIC_SITES entry {(d.path, d.step, d.var)} matches no call any more: update or remove it"
             for d in DYNAMIC_SITES if (d.path, d.step, d.var) not in found]
    assert not stale, "\n".join(stale)


def test_every_registered_code_is_still_emitted():
    values = dynamic_values()
    literal = {(s.kind, s.code(s.literal)) for s in SITES if s.literal}
    templates = [_template_rx(s.code(s.template)) for s in SITES if s.template and s.kind == "change"]
    dynamic = {(d.step, v) for d, vs in values.items() for v in vs}
    families = {d.family for d in DYNAMIC_SITES if d.family}
    stale = []
    for code, r in RULES.items():
        if r.pattern is not None:
            ok = code in families
        else:
            step, _, name = code.partition(":")
            ok = ("change", code) in literal or any(t.fullmatch(code) for t in templates) or (step, name) in dynamic
        if not ok:
            stale.append(f"rule {code!r} is registered in {REGISTRY} but no code emits it any more: remove it "
                         "(or, if it is now built another way, see DYNAMIC_SITES/FAMILIES)")
    for name, rs in REJECT_REASONS.items():
        if ("reject", rs.code) not in literal:
            stale.append(f"reject reason {rs.code!r} is registered but nothing rejects with it: remove it from "
                         f"RejectReason and REJECT_REASONS")
    for name in SKIP_REASONS:
        if not (("skip", name) in literal or name in families):
            stale.append(f"skip reason {name!r} is registered but no reader skips with it")
    for template in FAMILIES:
        if not any(_norm(template) == s.code(s.template) for s in SITES if s.template):
            stale.append(f"family {template!r} is registered but no f-string builds it any more")
    assert not stale, "\n".join(stale)


def test_reject_reason_literal_and_registry_are_the_same_vocabulary():
    literal, registry = set(get_args(RejectReason)), set(REJECT_REASONS)
    assert literal == registry, (
        f"in RejectReason only: {sorted(literal - registry)} (add a reason(...) to {REGISTRY}); "
        f"in REJECT_REASONS only: {sorted(registry - literal)} (add to RejectReason in newsclean/schemas/models.py)"
    )


@pytest.mark.parametrize("doc", [r.doc for r in RULES.values()] + [r.doc for r in REJECT_REASONS.values()]
                         + list(SKIP_REASONS.values()) + list(FAMILIES.values()))
def test_docs_are_one_line(doc):
    assert doc.strip() and "\n" not in doc and len(doc) < 240


def test_codes_are_step_colon_snake_case():
    bad = [c for c, r in RULES.items() if r.pattern is None and not re.fullmatch(r"[a-z]+:[a-z0-9_]+", c)]
    assert not bad, f"rule codes must be step:snake_case: {bad}"


# ---------------------------------------------------------------- 2. the examples


def _owner(r) -> str:
    return f"{r.owner.__module__}.{r.owner.__qualname__}"


@pytest.mark.parametrize("code", list(RULES))
def test_rule_positive_example_emits_the_code(code):
    r = RULES[code]
    emitted = rules.run(r.owner, r.positive)
    got = {c for kind, c in emitted if kind == "change"}
    assert any(r.matches(c) for c in got), (
        f"positive example of {code!r}: {_owner(r)}{r.positive!r} emitted {sorted(emitted)}, not {code!r}. "
        f"Fix the example in {REGISTRY} (or the rule)."
    )


@pytest.mark.parametrize("code", list(RULES))
def test_rule_negative_example_does_not_emit_the_code(code):
    r = RULES[code]
    got = {c for kind, c in rules.run(r.owner, r.negative) if kind == "change"}
    assert not any(r.matches(c) for c in got), (
        f"negative example of {code!r}: {_owner(r)}{r.negative!r} emitted {sorted(got)}, including {code!r}, "
        f"which it must leave alone. Fix the example in {REGISTRY} (or the rule)."
    )


@pytest.mark.parametrize("reason", list(REJECT_REASONS))
def test_reject_examples(reason):
    r = REJECT_REASONS[reason]
    pos = {c for kind, c in rules.run(r.owner, r.positive) if kind == "reject"}
    neg = {c for kind, c in rules.run(r.owner, r.negative) if kind == "reject"}
    assert r.code in pos, f"positive example of reject {r.code!r}: {_owner(r)}{r.positive!r} rejected with {sorted(pos)}"
    assert r.code not in neg, f"negative example of reject {r.code!r}: {_owner(r)}{r.negative!r} rejected with {r.code!r}"


def test_the_registry_is_as_large_as_the_code_says():
    assert len(RULES) >= 45 and len(REJECT_REASONS) == len(get_args(RejectReason))
    assert rules.as_markdown().count("\n") > len(RULES) + len(REJECT_REASONS)


# ---------------------------------------------------------------- 3. the cleaner contract


def test_adopted_cleaners_return_explained_and_still_unpack():
    from newsclean.cleaners import urls, whitespace
    from newsclean.cleaners.change import Explained, changes_of

    for result in (whitespace.normalize_whitespace("a  b\r\n"), urls.canonical_url("https://X.org/?utm_source=1")):
        assert isinstance(result, Explained)
        value, changes = result
        assert value == result.value and changes == result.changes == changes_of(result) and changes
    assert changes_of(boilerplate_result := rules.boilerplate.strip_residue("Share this article\n\nText.")) == boilerplate_result.changes
