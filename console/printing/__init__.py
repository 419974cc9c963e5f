"""Printed documents as PDF: bills, payment receipts, statements and shift reports.

Renderers take the plain values of :mod:`console.printing.documents` and draw with
reportlab; nothing here touches the database or Qt, so the console's preview and the
night jobs share one implementation.
"""
