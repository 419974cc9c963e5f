"""Payments, the cash desk and printing: the history and cash-desk tabs and the print preview."""
