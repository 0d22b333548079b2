"""Tests of hostile input, killed writes, full disks and long runs."""
