"""Tests that need a PostgreSQL server: PERMIT_REVIEW_TEST_DB_URL names one.

Without it they are skipped with the reason, except in CI (CI set), where a
missing server is an error: CI never skips them.
"""

from __future__ import annotations

import os

import pytest

from tests.pg.databases import TEST_DB_ENV, test_db_url


@pytest.fixture(scope="session")
def pg_url() -> str:
    url = test_db_url()
    if url is None:
        reason = (
            f"needs a PostgreSQL server: set {TEST_DB_ENV} to a database URL "
            "(`python -m tests.pg.cluster start /tmp/pg` makes one; see docs/postgresql.md)"
        )
        if os.environ.get("CI", "").lower() not in ("", "0", "false"):
            pytest.fail(f"{reason}. CI runs these tests and never skips them.", pytrace=False)
        pytest.skip(reason)
    return url
