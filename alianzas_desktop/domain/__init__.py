"""Vocabulary and rules of the alliance methodology, in pure Python."""
