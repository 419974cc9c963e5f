"""One clock: the database says what day it is for business rules.

* ``billing.business_clock`` (exactly one row) holds the supplier's time zone and, for a
  training or test database, a pinned date (``pinned_on``). Admins and operators may read
  it; only the owner writes it (``seed-demo`` pins a demo database to the day its history
  ends, so the demo stays coherent on any later day).
* ``billing.today()`` is the business date: the pinned date, else the current date in the
  supplier's time zone. It ignores the session's ``TimeZone``, which any login may SET.
* Every function that read ``current_date`` reads ``billing.today()`` instead. Their bodies
  are rewritten from the database's own definitions (the only change is that one
  expression), so this migration does not restate the functions of 0040 and 0050.

Revision ID: 0070
Revises: 0060
Create Date: 2026-12-02 13:30:00
"""

import re
from collections.abc import Sequence

from alembic import op
from sqlalchemy import text

revision: str = "0070"
down_revision: str | None = "0060"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OWNER = "billing_owner"
READERS = "billing_agent, billing_cashier, billing_supervisor, billing_admin"

TODAY = """
CREATE FUNCTION billing.today() RETURNS date
LANGUAGE sql STABLE SET search_path = pg_catalog, billing, pg_temp AS $$
    SELECT coalesce(c.pinned_on, (pg_catalog.now() AT TIME ZONE c.time_zone)::date)
      FROM billing.business_clock c
$$
"""


def _replace_in_functions(sql_pattern: str, python_pattern: str, new: str) -> None:
    """Re-create every billing function whose body matches, with the pattern replaced."""
    rows = op.get_bind().execute(
        text(
            "SELECT pg_get_functiondef(p.oid) FROM pg_proc p"
            " JOIN pg_namespace n ON n.oid = p.pronamespace"
            " WHERE n.nspname = 'billing' AND p.prosrc ~* :pattern ORDER BY p.oid"
        ),
        {"pattern": sql_pattern},
    )
    expression = re.compile(python_pattern, re.IGNORECASE)
    for (definition,) in rows.all():
        op.execute(expression.sub(new, str(definition)).replace("%", "%%"))


def upgrade() -> None:
    op.execute(
        """
        CREATE TABLE billing.business_clock (
            id boolean DEFAULT true NOT NULL,
            time_zone text NOT NULL,
            pinned_on date,
            CONSTRAINT pk_business_clock PRIMARY KEY (id),
            CONSTRAINT ck_business_clock_one_row CHECK (id)
        )
        """
    )
    # The server's zone at install time is the supplier's until an admin says otherwise.
    op.execute(
        "INSERT INTO billing.business_clock (time_zone) VALUES (current_setting('TimeZone'))"
    )
    op.execute(
        "ALTER TABLE billing.business_clock ADD CONSTRAINT ck_business_clock_time_zone"
        " CHECK (now() AT TIME ZONE time_zone IS NOT NULL)"
    )
    op.execute(f"ALTER TABLE billing.business_clock OWNER TO {OWNER}")
    op.execute(
        "CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON billing.business_clock "
        "FOR EACH ROW EXECUTE FUNCTION billing.audit_row('id')"
    )
    op.execute(f"GRANT SELECT ON billing.business_clock TO {READERS}")
    op.execute(TODAY)
    op.execute(f"ALTER FUNCTION billing.today() OWNER TO {OWNER}")
    op.execute("REVOKE ALL ON FUNCTION billing.today() FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION billing.today() TO {READERS}")
    _replace_in_functions(r"\mcurrent_date\M", r"\bcurrent_date\b", "billing.today()")


def downgrade() -> None:
    _replace_in_functions(r"billing\.today\(\)", r"billing\.today\(\)", "current_date")
    op.execute("DROP FUNCTION billing.today()")
    op.execute("DROP TABLE billing.business_clock")
