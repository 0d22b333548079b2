"""Tests of the bundled content in resources/."""
