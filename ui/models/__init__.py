"""Item models of the officer's desk and the sign-off: tested without any widget."""
