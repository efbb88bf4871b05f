"""Analyses over the App model that several rules share (plain Python, no pytest)."""
