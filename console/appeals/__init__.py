"""Contacts and appeals: the card's contact dialog, the supervisors' tab, the timeline."""
