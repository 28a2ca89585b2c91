"""Andere Bril."""

__version__ = "0.1.0"
