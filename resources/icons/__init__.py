"""Application icons (SVG, with a PNG for platforms without the SVG plug-in)."""
