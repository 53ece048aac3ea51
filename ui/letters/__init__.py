"""The letter screens: preview, printing, the batch of a print run, dispatch, service,
corrections and the template editor. The views that hold them are in ui/views/letters.py."""
