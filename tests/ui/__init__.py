"""Tests of the widgets, drivers and the composed app on the offscreen platform."""
