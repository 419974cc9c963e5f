"""The SQL lint keeps ``models/sql`` to the house rules, and each rule catches what it says.

Each bad sample is the clean sample with one thing broken, as a careless edit would
break it; the lint must name that rule (and no other) at the right line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tools import sql_lint
from tools.sql_lint import Finding, lint_files, lint_text

OWN_NAMES = frozenset({"account", "payment", "assert_operator_active", "receipt_number_seq"})

CLEAN = """\
-- A sample operator function.
CREATE OR REPLACE FUNCTION billing.sample(p_account_id bigint)
RETURNS billing.payment
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    taken billing.payment;
    total numeric := 0;
BEGIN
    PERFORM billing.assert_operator_active();
    WITH recent AS (SELECT p.* FROM billing.payment p WHERE p.account_id = p_account_id)
    SELECT r.* INTO taken FROM recent r ORDER BY r.id DESC LIMIT 1;
    PERFORM 1 FROM billing.account a WHERE a.id = p_account_id FOR UPDATE OF a;
    total := pg_catalog.nextval('billing.receipt_number_seq')::numeric;
    IF taken.paid_on > billing.today() THEN
        EXECUTE pg_catalog.format('ALTER ROLE %I SET lock_timeout = %L', session_user, '5s');
    END IF;
    RETURN taken;
END
$function$;

ALTER FUNCTION billing.sample(bigint) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.sample(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.sample(bigint) TO billing_cashier;
"""

SQL_CLEAN = """\
CREATE OR REPLACE FUNCTION billing.sample(p_account_id bigint)
RETURNS bigint
LANGUAGE sql
STABLE
AS $function$
    SELECT pg_catalog.count(*) FROM billing.payment p WHERE p.account_id = p_account_id
$function$;

ALTER FUNCTION billing.sample(bigint) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.sample(bigint) FROM PUBLIC;
"""


STANDARD_CLEAN = """\
CREATE OR REPLACE FUNCTION billing.sample(p numeric)
RETURNS text
LANGUAGE sql
IMMUTABLE
RETURN pg_catalog.to_char(p, 'FM0.00') || (SELECT a.number FROM billing.account a LIMIT 1);

ALTER FUNCTION billing.sample(numeric) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.sample(numeric) FROM PUBLIC;
"""


def lint(text: str, allowed: dict[str, frozenset[str]] | None = None) -> list[Finding]:
    return lint_text(Path("models/sql/functions/sample.sql"), text, OWN_NAMES, allowed)


def broken(old: str, new: str, text: str = CLEAN) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


def test_every_file_of_models_sql_keeps_the_rules() -> None:
    findings = lint_files()
    assert not findings, "\n".join(map(str, findings))


def test_the_clean_samples_pass() -> None:
    assert lint(CLEAN) == []
    assert lint(SQL_CLEAN) == []
    assert lint(STANDARD_CLEAN) == []


@pytest.mark.parametrize(
    ("old", "new", "rule", "line"),
    [
        ("SELECT r.* INTO", "SELEC r.* INTO", "parse", 14),
        ("pg_temp\nAS", "pg_temp\nAS $function$ BEGIN END $function$;\nSELEC 1;\n--", "parse", 8),
        ("FROM billing.account a", "FROM public.account a", "no-public", 15),
        ("SET search_path = pg_catalog, billing, pg_temp\n", "", "search-path", 6),
        ("pg_catalog, billing, pg_temp", "billing, pg_catalog, pg_temp", "search-path", 7),
        ("pg_catalog, billing, pg_temp", "pg_temp, pg_catalog, billing", "search-path", 7),
        ("OWNER TO billing_owner", "OWNER TO billing_data_owner", "owner-and-grants", 7),
        ("REVOKE ALL ON FUNCTION billing.sample(bigint) FROM PUBLIC;\n", "", "owner-and-grants", 7),
        ("TO billing_cashier", "TO billing_cashier, PUBLIC", "owner-and-grants", 26),
        ("GRANT EXECUTE ON FUNCTION billing.sample", "GRANT EXECUTE ON FUNCTION billing.other",
         "owner-and-grants", 26),
        ("    PERFORM billing.assert_operator_active();\n", "", "operator-check", 7),
        ("total numeric := 0;", "total numeric := (SELECT pg_catalog.count(*) FROM billing.account);",
         "operator-check", 7),
        ("FROM billing.payment p", "FROM payment p", "qualified-relation", 13),
        ("FROM billing.account a", "FROM pg_roles x, billing.account a", "qualified-relation", 15),
        ("PERFORM 1 FROM billing.account a", "UPDATE account SET id = id; PERFORM 1 FROM billing.account a",
         "qualified-relation", 15),
        ("PERFORM 1 FROM billing.account a", "INSERT INTO payment DEFAULT VALUES; PERFORM 1 FROM billing.account a",
         "qualified-relation", 15),
        ("PERFORM 1 FROM billing.account a", "DELETE FROM payment; PERFORM 1 FROM billing.account a",
         "qualified-relation", 15),
        ("pg_catalog.nextval('billing.receipt_number_seq')", "nextval('billing.receipt_number_seq')",
         "qualified-function", 16),
        ("billing.today()", "today()", "qualified-function", 17),
        ("RETURNS billing.payment", "RETURNS payment", "qualified-type", 3),
        ("taken billing.payment;", "taken payment;", "qualified-type", 9),
        ("total numeric", "total account%ROWTYPE", "qualified-type", 10),
        ("::numeric", "::numeric::payment", "qualified-type", 16),
        ("'billing.receipt_number_seq'", "'receipt_number_seq'", "qualified-regclass", 16),
        ("taken.paid_on > billing.today()", "taken.paid_on > current_date", "one-clock", 17),
        ("pg_catalog.format('ALTER ROLE %I SET lock_timeout = %L', session_user, '5s')",
         "'ALTER ROLE ' || session_user || ' SET lock_timeout = 5s'", "dynamic-sql", 18),
        ("ALTER ROLE %I SET lock_timeout = %L", "ALTER ROLE %s SET lock_timeout = %L",
         "dynamic-sql", 18),
    ],
)  # fmt: skip
def test_each_rule_catches_its_break_at_its_line(old: str, new: str, rule: str, line: int) -> None:
    findings = lint(broken(old, new))

    assert [(f.rule, f.line) for f in findings] == [(rule, line)], findings


def test_a_file_creates_the_function_it_is_named_after() -> None:
    other = CLEAN.replace("billing.sample(", "billing.other(")

    assert [(f.rule, f.line) for f in lint(other)] == [("file-name", 1)]


@pytest.mark.parametrize(
    ("sample", "old", "new", "rule", "line"),
    [
        (SQL_CLEAN, "SELECT pg_catalog.count(*)", "SELECT count(*)", "qualified-function", 6),
        (SQL_CLEAN, "FROM billing.payment p", "FROM payment p", "qualified-relation", 6),
        (SQL_CLEAN, "LANGUAGE sql\n", "LANGUAGE sql\nSECURITY DEFINER\n", "search-path", 6),
        (STANDARD_CLEAN, "pg_catalog.to_char(", "to_char(", "qualified-function", 5),
        (STANDARD_CLEAN, "FROM billing.account a", "FROM account a", "qualified-relation", 5),
        (STANDARD_CLEAN, "(p numeric)", "(p numeric DEFAULT current_date)", "one-clock", 1),
    ],
)
def test_sql_and_sql_standard_bodies_are_read_too(
    sample: str, old: str, new: str, rule: str, line: int
) -> None:
    text = broken(old, new, sample)
    if "SECURITY DEFINER" in new:  # a definer's owner is billing_owner: only one rule broken
        text = text.replace("billing_data_owner", "billing_owner")

    assert [(f.rule, f.line) for f in lint(text)] == [(rule, line)]


def test_an_allowed_exception_excuses_only_its_names_and_a_stale_one_is_reported() -> None:
    transition = broken("FROM billing.payment p", "FROM new_rows p")

    assert lint(transition, {"qualified-relation": frozenset({"new_rows"})}) == []
    other_names = lint(transition, {"qualified-relation": frozenset({"old_rows"})})
    assert [(f.rule, f.line) for f in other_names] == [
        ("unused-allow", 1),
        ("qualified-relation", 13),
    ]
    assert [f.rule for f in lint(CLEAN, {"operator-check": frozenset()})] == ["unused-allow"]


def test_the_command_prints_each_finding_where_an_editor_jumps_to_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "functions"
    folder.mkdir()
    bad = folder / "sample.sql"
    bad.write_text(broken("FROM billing.payment p", "FROM payment p"), encoding="utf-8")
    good = folder / "good.sql"
    good.write_text(CLEAN.replace("billing.sample", "billing.good"), encoding="utf-8")

    assert sql_lint.main([str(good)]) == 0
    assert sql_lint.main([str(bad)]) == 1
    out, err = capsys.readouterr()
    assert out == f"{bad}:13: qualified-relation: name the schema of payment\n"
    assert err.splitlines() == ["0 finding(s)", "1 finding(s)"]
