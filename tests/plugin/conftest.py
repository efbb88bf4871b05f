"""Fixtures for the pytester-based tests of the pytest surface (``here`` lives in tests/conftest.py)."""
