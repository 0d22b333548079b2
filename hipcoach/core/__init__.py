"""The rules of hipcoach, in plain Python.

Nothing under this package may import PySide6: a test enforces it, so every
rule here can be tested without a display and reused by any front end.
"""
