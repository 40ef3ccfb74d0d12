"""Subcommands of the `passage` CLI, one module each."""
