"""What the tests share, imported one way (`from support.x import ...`): paths and the `kg`
command, the test Virtuoso, article extraction, built graphs, a running API server, and the
small HTTP servers the fetcher and the SPARQL guard are tried against."""
