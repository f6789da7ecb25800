"""casefile: a keyboard-driven terminal browser for case files."""

__version__ = "0.1.0"
