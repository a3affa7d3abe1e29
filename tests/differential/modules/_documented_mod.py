"""A helper module with a docstring."""

VALUE = 3
