"""Dialogs: one module each. They call services themselves and show refusals inline."""
