"""The readings tab: enter a customer's meter readings, see their history, correct them."""
