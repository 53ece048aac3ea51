"""PostgreSQL: name search by trigrams, and audit refusals as integrity errors

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26

PostgreSQL only (SQLite has its FTS5 index from revision 0001).

Name search matches the start of any word of resident.search_text, folded
for case and diacritics, as the FTS5 index does. `permit_review_search_words`
gives the text a search runs over: unaccented, lower case, every word
separator a space, and one space in front, so that "a word starting with x"
is `LIKE '% x%'`. The function is declared IMMUTABLE (as a generated column
needs) around `unaccent` with its dictionary named, which is what makes that
declaration true. Its result is kept in the generated column
resident.search_words, so that a search rechecks the rows its trigram
(pg_trgm) GIN index found by a plain LIKE, not by calling unaccent again for
each of them.

The append-only trigger function of 0001 is replaced by one that raises
`restrict_violation`, so that the driver reports an integrity error as SQLite
does for its RAISE(ABORT) triggers.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0004"
branch_labels = None
depends_on = None

# Characters that separate words in names besides spaces (hyphenated surnames,
# O'Brien, initials); each becomes a space.
SEPARATORS = "-'’ʼ‘`.,/()"


def _schema_of(extension: str) -> str:
    bind = op.get_bind()
    schema: str = bind.execute(
        sa.text(
            "SELECT n.nspname FROM pg_extension e "
            "JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = :name"
        ),
        {"name": extension},
    ).scalar_one()
    return schema


def _quote(identifier: str) -> str:
    return op.get_bind().dialect.identifier_preparer.quote(identifier)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # Both are "trusted" extensions: the database's owner may create them.
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    unaccent = _quote(_schema_of("unaccent"))
    trgm = _quote(_schema_of("pg_trgm"))
    separators = SEPARATORS.replace("'", "''")
    spaces = " " * len(SEPARATORS)
    op.execute(
        f"""CREATE FUNCTION permit_review_search_words(text) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
            SELECT ' ' || translate(
                lower({unaccent}.unaccent('{unaccent}.unaccent'::regdictionary, $1)),
                '{separators}', '{spaces}')
        $$"""
    )
    op.execute(
        "ALTER TABLE resident ADD COLUMN search_words text "
        "GENERATED ALWAYS AS (permit_review_search_words(search_text)) STORED"
    )
    op.execute(
        "CREATE INDEX ix_resident_search_words ON resident "
        f"USING gin (search_words {trgm}.gin_trgm_ops)"
    )
    op.execute(
        """CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'restrict_violation';
        END $$"""
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        """CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'the audit log is append-only';
        END $$"""
    )
    op.execute("DROP INDEX ix_resident_search_words")
    op.execute("ALTER TABLE resident DROP COLUMN search_words")
    op.execute("DROP FUNCTION permit_review_search_words(text)")
