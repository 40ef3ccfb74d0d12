"""Serving the record: the CLI (thin), and the views it prints."""
