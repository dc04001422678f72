"""SHACL validation of document graphs against `ontology/shapes.ttl`.

pyshacl takes tens of milliseconds per document, too slow for bulk ingest, so `validate` runs
the same shapes through a small native evaluator of the SHACL subset the shapes file uses
(compiled once per process). `validate_with_pyshacl` is the reference; the tests check that both
agree on valid and invalid graphs. A shape using a constraint the evaluator does not know is an
error at load time, so the two cannot silently drift apart."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

from core.namespaces import RDF, RDFS, SH, XSD
from core.ontology import ontology_graph
from core.settings import ONTOLOGY_DIR

SHAPES_FILE = "shapes.ttl"
_KNOWN_PROPERTY_KEYS = {
    SH.path,
    SH.minCount,
    SH.maxCount,
    SH.datatype,
    SH["class"],
    SH.nodeKind,
    SH["in"],
    SH["or"],
    SH.minInclusive,
}
_KNOWN_SHAPE_KEYS = {RDF.type, SH.targetClass, SH.targetSubjectsOf, SH.property, SH["or"]}


class ValidationError(ValueError):
    """A document graph breaks the shapes; `violations` says where."""

    def __init__(self, document: str, violations: list[str]) -> None:
        self.violations = violations
        shown = "; ".join(violations[:5])
        more = f" (and {len(violations) - 5} more)" if len(violations) > 5 else ""
        super().__init__(f"{document} fails the SHACL shapes: {shown}{more}")


@cache
def shapes_graph() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / SHAPES_FILE, format="turtle")


def _short(node: Node) -> str:
    text = str(node)
    for prefix, short in (
        ("https://w3id.org/cand-kg/ontology#", "cand:"),
        ("https://w3id.org/cand-kg/shapes#", "candsh:"),
        ("https://w3id.org/cand-kg/id/", ""),
        ("https://schema.org/", "schema:"),
        ("http://www.w3.org/ns/org#", "org:"),
        ("http://www.w3.org/ns/prov#", "prov:"),
        ("http://www.w3.org/2001/XMLSchema#", "xsd:"),
    ):
        if text.startswith(prefix):
            return short + text[len(prefix) :]
    return text


# ---------------------------------------------------------------- value tests
def _datatype_ok(value: Node, datatype: URIRef) -> bool:
    """sh:datatype as pyshacl reads it: the datatype, a well-formed lexical form, and for the
    common types a Python value of the right kind."""
    if not isinstance(value, Literal):
        return False
    if value.datatype == datatype:
        if getattr(value, "ill_typed", None) is True:
            return False
        return _value_kind_ok(value, datatype)
    if value.datatype is None and value.language is None and datatype == XSD.string:
        return True
    return datatype == RDF.langString and bool(value.language)


# The Python value each common datatype's literals must have (a dictionary lookup: rdflib
# compares terms in Python).
_VALUE_KINDS: dict[Node, type | tuple[type, ...]] = {
    XSD.string: (str, bytes),
    RDF.langString: (str, bytes),
    XSD.integer: int,
    XSD.date: dt.date,
}


def _value_kind_ok(value: Literal, datatype: URIRef) -> bool:
    kind = _VALUE_KINDS.get(datatype)
    return kind is None or isinstance(value.value, kind)


class TripleIndex:
    """The two lookups validation needs, over plain triples (no rdflib Graph to build)."""

    def __init__(self, triples: Iterable[tuple[Node, Node, Node]]) -> None:
        self._objects: dict[tuple[Node, Node], list[Node]] = {}
        self._subjects: dict[tuple[Node, Node], list[Node]] = {}
        self._with_predicate: dict[Node, set[Node]] = {}
        for s, p, o in set(triples):
            self._objects.setdefault((s, p), []).append(o)
            self._subjects.setdefault((p, o), []).append(s)
            self._with_predicate.setdefault(p, set()).add(s)

    def objects(self, subject: Node, predicate: Node) -> list[Node]:
        return self._objects.get((subject, predicate), [])

    def subjects(self, predicate: Node, value: Node | None) -> Iterable[Node]:
        if value is None:
            return self._with_predicate.get(predicate, set())
        return self._subjects.get((predicate, value), [])


@dataclass(frozen=True)
class _Context:
    data: TripleIndex
    types: Callable[[Node], set[Node]]
    subclasses: dict[Node, frozenset[Node]]

    def is_instance(self, value: Node, cls: Node) -> bool:
        accepted = self.subclasses.get(cls, frozenset({cls}))
        return any(t in accepted for t in self.types(value))


Check = Callable[[_Context, Node, list[Node]], str | None]


def _compile_value_test(shapes: Graph, node: Node) -> Callable[[_Context, Node], bool]:
    """sh:datatype / sh:class / sh:or of those on one value."""
    tests: list[Callable[[_Context, Node], bool]] = []
    for datatype in shapes.objects(node, SH.datatype):
        tests.append(lambda _c, v, d=datatype: _datatype_ok(v, d))  # type: ignore[misc]
    for cls in shapes.objects(node, SH["class"]):
        tests.append(lambda c, v, k=cls: c.is_instance(v, k))  # type: ignore[misc]
    for alternatives in shapes.objects(node, SH["or"]):
        options = [_compile_value_test(shapes, a) for a in Collection(shapes, alternatives)]
        tests.append(lambda c, v, o=options: any(test(c, v) for test in o))  # type: ignore[misc]
    return lambda c, v: all(test(c, v) for test in tests)


def _compile_property(
    shapes: Graph, prop: Node, shape: Node
) -> tuple[URIRef, list[tuple[str, Check]]]:
    unknown = set(shapes.predicates(prop)) - _KNOWN_PROPERTY_KEYS
    if unknown:
        raise ValueError(
            f"{_short(shape)}: constraint(s) not supported: {sorted(map(str, unknown))}"
        )
    path = shapes.value(prop, SH.path)
    if not isinstance(path, URIRef):
        raise ValueError(f"{_short(shape)}: only single-IRI sh:path is supported")
    where = f"{_short(shape)} {_short(path)}"
    checks: list[Check] = []
    min_count = shapes.value(prop, SH.minCount)
    if min_count is not None:
        n = int(str(min_count))
        checks.append(
            lambda _c, _f, vs, n=n: None if len(vs) >= n else f"needs at least {n} value(s)"  # type: ignore[misc]
        )
    max_count = shapes.value(prop, SH.maxCount)
    if max_count is not None:
        m = int(str(max_count))
        checks.append(
            lambda _c, _f, vs, m=m: None if len(vs) <= m else f"has {len(vs)} values, at most {m}"  # type: ignore[misc]
        )
    kind = shapes.value(prop, SH.nodeKind)
    if kind is not None:
        if kind != SH.IRI:
            raise ValueError(f"{where}: only sh:nodeKind sh:IRI is supported")
        checks.append(
            lambda _c, _f, vs: next(
                (f"{_short(v)} is not an IRI" for v in vs if not isinstance(v, URIRef)), None
            )
        )
    allowed = shapes.value(prop, SH["in"])
    if allowed is not None:
        members = set(Collection(shapes, allowed))
        checks.append(
            lambda _c, _f, vs, a=members: next(  # type: ignore[misc]
                (f"{v!r} is not one of the allowed values" for v in vs if v not in a), None
            )
        )
    minimum = shapes.value(prop, SH.minInclusive)
    if minimum is not None:
        if not isinstance(minimum, Literal):
            raise ValueError(f"{where}: sh:minInclusive must be a literal")
        low = minimum.toPython()
        checks.append(
            lambda _c, _f, vs, low=low: next(  # type: ignore[misc]
                (
                    f"{v} is below {low}"
                    for v in vs
                    if not (isinstance(v, Literal) and _at_least(v.toPython(), low))
                ),
                None,
            )
        )
    value_test = _compile_value_test(shapes, prop)
    if any(shapes.objects(prop, p) for p in (SH.datatype, SH["class"], SH["or"])):
        checks.append(
            lambda c, _f, vs, t=value_test: next(  # type: ignore[misc]
                (f"{_short(v)} has the wrong type or datatype" for v in vs if not t(c, v)), None
            )
        )
    return path, [(where, check) for check in checks]


def _at_least(value: object, low: object) -> bool:
    try:
        return bool(value >= low)  # type: ignore[operator]
    except TypeError:
        return False


Property = tuple[URIRef, tuple[tuple[str, Check], ...]]


def _passes(ctx: _Context, focus: Node, prop: Property) -> bool:
    values = ctx.data.objects(focus, prop[0])
    return not any(check(ctx, focus, values) for _, check in prop[1])


@dataclass(frozen=True)
class _Shape:
    name: Node
    target_classes: tuple[Node, ...]
    target_subjects_of: tuple[URIRef, ...]
    # each property's path and its checks, each with the shape and path it reports
    properties: tuple[Property, ...]
    # sh:or of property shapes: a focus node must pass every check of one of them
    alternatives: tuple[tuple[Property, ...], ...] = ()

    def focus_nodes(self, ctx: _Context) -> Iterable[Node]:
        found: set[Node] = set()
        for cls in self.target_classes:
            for sub in ctx.subclasses.get(cls, frozenset({cls})):
                found.update(ctx.data.subjects(RDF.type, sub))
        for predicate in self.target_subjects_of:
            found.update(ctx.data.subjects(predicate, None))
        return sorted(found, key=str)


class Validator:
    """The shapes of `ontology/shapes.ttl`, compiled once and applied to document graphs."""

    def __init__(self, shapes: Graph | None = None, ontology: Graph | None = None) -> None:
        shapes = shapes if shapes is not None else shapes_graph()
        self.ontology = ontology if ontology is not None else ontology_graph()
        self.subclasses = _subclass_closure(self.ontology)
        self._ontology_types: dict[Node, set[Node]] = {}
        for s, o in self.ontology.subject_objects(RDF.type):
            self._ontology_types.setdefault(s, set()).add(o)
        compiled = []
        for shape in sorted(set(shapes.subjects(RDF.type, SH.NodeShape)), key=str):
            unknown = set(shapes.predicates(shape)) - _KNOWN_SHAPE_KEYS
            if unknown:
                raise ValueError(f"{_short(shape)}: not supported: {sorted(map(str, unknown))}")
            properties = []
            for prop in shapes.objects(shape, SH.property):
                path, checks = _compile_property(shapes, prop, shape)
                properties.append((path, tuple(checks)))
            alternatives = []
            for options in shapes.objects(shape, SH["or"]):
                compiled_options = []
                for option in Collection(shapes, options):
                    path, checks = _compile_property(shapes, option, shape)
                    compiled_options.append((path, tuple(checks)))
                alternatives.append(tuple(compiled_options))
            compiled.append(
                _Shape(
                    shape,
                    tuple(shapes.objects(shape, SH.targetClass)),
                    tuple(
                        o
                        for o in shapes.objects(shape, SH.targetSubjectsOf)
                        if isinstance(o, URIRef)
                    ),
                    tuple(properties),
                    tuple(alternatives),
                )
            )
        self.shapes = tuple(compiled)

    def violations(self, triples: Iterable[tuple[Node, Node, Node]]) -> list[str]:
        """Every violation of the shapes in `triples` (a Graph or any iterable of triples), as
        readable lines; empty when they conform."""
        data = TripleIndex(triples)

        known: dict[Node, set[Node]] = {}

        def types(node: Node) -> set[Node]:
            found = known.get(node)
            if found is None:
                found = known[node] = set(data.objects(node, RDF.type)) | self._ontology_types.get(
                    node, set()
                )
            return found

        ctx = _Context(data, types, self.subclasses)
        found: list[str] = []
        for shape in self.shapes:
            for focus in shape.focus_nodes(ctx):
                for path, checks in shape.properties:
                    values = data.objects(focus, path)
                    for where, check in checks:
                        if problem := check(ctx, focus, values):
                            found.append(f"{where} on {_short(focus)}: {problem}")
                for options in shape.alternatives:
                    if not any(_passes(ctx, focus, option) for option in options):
                        paths = " or ".join(_short(path) for path, _ in options)
                        found.append(
                            f"{_short(shape.name)} on {_short(focus)}: needs one of {paths}"
                        )
        return found


def _subclass_closure(ontology: Graph) -> dict[Node, frozenset[Node]]:
    """For every class, itself and all its subclasses (rdfs:subClassOf*)."""
    direct: dict[Node, set[Node]] = {}
    for sub, sup in ontology.subject_objects(RDFS.subClassOf):
        direct.setdefault(sup, set()).add(sub)
    closure: dict[Node, frozenset[Node]] = {}
    for cls in set(direct) | {s for subs in direct.values() for s in subs}:
        seen: set[Node] = {cls}
        stack = [cls]
        while stack:
            for sub in direct.get(stack.pop(), ()):
                if sub not in seen:
                    seen.add(sub)
                    stack.append(sub)
        closure[cls] = frozenset(seen)
    return closure


@cache
def default_validator() -> Validator:
    return Validator()


def validate(graph: Iterable[tuple[Node, Node, Node]], document: str = "document") -> None:
    """Raise ValidationError naming each failing shape, property and focus node."""
    problems = default_validator().violations(graph)
    if problems:
        raise ValidationError(document, problems)


def validate_with_pyshacl(graph: Graph, document: str = "document") -> None:
    """The same check through pyshacl, the reference implementation (slow)."""
    from pyshacl import validate as shacl_validate

    # The ontology joins the data graph itself: pyshacl's ont_graph mixes in class axioms only,
    # not the rank and event-kind individuals that sh:class must see.
    data = Graph()
    data += graph
    data += ontology_graph()
    conforms, report, _ = shacl_validate(data, shacl_graph=shapes_graph(), inference="none")
    if not conforms:
        assert isinstance(report, Graph)
        problems = []
        for result in report.subjects(RDF.type, SH.ValidationResult):
            shape = report.value(result, SH.sourceShape)
            owner = next(shapes_graph().subjects(SH.property, shape), shape) if shape else None
            path = report.value(result, SH.resultPath)
            focus = report.value(result, SH.focusNode)
            message = report.value(result, SH.resultMessage)
            problems.append(
                f"{_short(owner) if owner is not None else '?'} "
                f"{_short(path) if path is not None else ''} on "
                f"{_short(focus) if focus is not None else '?'}: {message}"
            )
        raise ValidationError(document, sorted(problems))


__all__ = [
    "ValidationError",
    "TripleIndex",
    "Validator",
    "default_validator",
    "shapes_graph",
    "validate",
    "validate_with_pyshacl",
]
