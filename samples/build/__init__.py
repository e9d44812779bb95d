"""Generators of the sample corpus: `python -m samples.build` (see make.py's docstring)."""
