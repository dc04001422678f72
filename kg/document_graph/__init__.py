"""The parts of one document's RDF graph, built by kg.triples."""
