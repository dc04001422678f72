"""Collecting news pages from the web into an archive: sources (feeds, sitemaps, URL lists),
a polite HTTP client (robots.txt, per-host delay, retries), the archive, and the reading of an
archived page into a `Document`."""
