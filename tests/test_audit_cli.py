"""`audit verify` and `audit anchor` on a real store."""

from __future__ import annotations

import sqlite3

import pytest

from tests.test_cli import Cli, cli  # noqa: F401  (fixture)


@pytest.mark.sqlite_only  # edits the SQLite file
def test_anchor_then_verify_detects_a_truncated_tail(cli: Cli) -> None:  # noqa: F811
    head = cli.json("audit", "anchor", user="admin")
    anchor = f"{head['seq']}:{head['hash']}"
    code, out, _ = cli("audit", "verify", "--anchor", anchor, user="admin")
    assert code == 0 and "intact" in out
    database = cli.data / "permit-review.sqlite3"
    with sqlite3.connect(database) as conn:
        conn.execute("DROP TRIGGER audit_event_no_delete")
        conn.execute("DELETE FROM audit_event WHERE seq >= ?", (head["seq"] - 1,))
    code, out, _ = cli("audit", "verify", "--anchor", anchor, user="admin")
    assert code == 1 and "removed from its end" in out
    # Without the anchor the shortened chain is consistent in itself: hence the anchor.
    code, out, _ = cli("audit", "verify", user="admin")
    assert code == 0


@pytest.mark.sqlite_only  # edits the SQLite file
def test_verify_names_the_first_changed_event(cli: Cli) -> None:  # noqa: F811
    database = cli.data / "permit-review.sqlite3"
    with sqlite3.connect(database) as conn:
        conn.execute("DROP TRIGGER audit_event_no_update")
        conn.execute("UPDATE audit_event SET justification = 'edited' WHERE seq = 3")
    code, out, _ = cli("audit", "verify", "--json", user="admin")
    assert code == 1
    assert '"first_bad_seq": 3' in out


def test_bad_anchor_is_a_clear_error(cli: Cli) -> None:  # noqa: F811
    code, _, err = cli("audit", "verify", "--anchor", "nonsense", user="admin")
    assert code == 1 and "SEQ:HASH" in err
    code, _, err = cli("audit", "verify", user="olga")
    assert code == 1 and "admin" in err
