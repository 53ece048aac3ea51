"""Letters: templates, fonts, rendering to PDF and the dispatch register (no store, no Qt)."""
