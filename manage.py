#!/usr/bin/env python
"""Convenience entry point; the same as ``python -m anderebril.manage``."""

from anderebril.manage import main

if __name__ == "__main__":
    main()
