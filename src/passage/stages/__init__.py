"""The stages: each a callable over an Article that adds exactly one layer."""
