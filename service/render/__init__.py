"""Reports for people: plain text (terminal) and a standalone HTML page."""
