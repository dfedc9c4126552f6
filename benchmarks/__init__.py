"""Evaluation harnesses for factcheck (not shipped in the package; they read ../shared/data)."""
