"""Tests of the OS adapters against stand-in D-Bus services and a real X server."""
