"""Writes, one module per capability; each write is one function through :mod:`.call`."""
