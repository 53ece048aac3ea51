"""The dashboard's parts: a table model per figure, its chart, and the panel holding both."""
