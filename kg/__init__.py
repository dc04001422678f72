"""cand-kg core: namespaces, identifiers, the store, resolution, queries and the `kg` CLI."""

__version__ = "0.1.0"
