"""The graph library: resolution, triples, the store, the summary graph, named queries, and the
`kg` command (kg/cli/) that composes every layer."""

__version__ = "0.1.0"
