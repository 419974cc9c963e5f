"""The lookup tab: one search field, results page by page, and customer cards."""
