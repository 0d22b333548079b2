"""Tests of the Qt-free core (no Qt event loop, fake clocks)."""
