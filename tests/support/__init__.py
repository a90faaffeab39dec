"""Helpers shared by the test suites (fixture generators that need no extra dependency)."""
