"""Tests of the desktop files, icons and installers."""
