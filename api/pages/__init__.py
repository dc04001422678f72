"""HTML pages the server renders itself, with nothing loaded from elsewhere."""
