"""Appeals, final revocations, departures and reopening: the dialogs and panels of the
deadline view."""
