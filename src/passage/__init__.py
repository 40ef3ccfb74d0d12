"""Passage: a sourced, geolocated, dated record of what news reports say happened."""

__version__ = "0.1.0"
