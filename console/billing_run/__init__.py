"""The monthly billing run in the console (supervisors)."""
