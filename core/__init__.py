"""The leaves every layer stands on: text folding, settings, identifiers and the vocabulary."""
