"""The frozen bundle's entry point: `permit-review` in dist/permit-review/."""

import multiprocessing

# First thing: in a letter batch's spawn-started worker this runs the worker, not the app.
multiprocessing.freeze_support()

import sys  # noqa: E402

from app.cli import main  # noqa: E402

sys.exit(main())
