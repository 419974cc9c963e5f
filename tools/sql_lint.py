"""Lint the SQL function files against the house rules of ``docs/architecture-sql.md``,
without a database.

PostgreSQL's own parser (libpg_query, through pglast) reads every file of ``models/sql``,
every PL/pgSQL body and every SQL statement and expression inside it; the rules walk
the parse trees:

* ``parse``: the file, each PL/pgSQL body and each statement in it parse;
* ``file-name``: ``functions/<name>.sql`` creates exactly ``billing.<name>``;
* ``no-public``: schema ``public`` is never used;
* ``search-path``: a ``SECURITY DEFINER`` function, and any function that sets a search
  path, pins ``pg_catalog, <its schema>, pg_temp``;
* ``owner-and-grants``: a ``functions/`` file sets the owner once (``billing_owner``
  for a definer function, else ``billing_data_owner``), revokes ``PUBLIC``'s right to
  execute, never grants to ``PUBLIC`` and grants on no other function;
* ``operator-check``: a definer function granted to an operator group performs
  ``billing.assert_operator_active()`` before anything else;
* ``qualified-relation``: a table, view or catalog in a body is named with its schema
  (a ``WITH`` query's name excepted);
* ``qualified-function``: a function call is named with its schema, a built-in one too:
  ``pg_catalog`` comes first in the search path, so a future built-in named like a
  ``billing`` function would silently win;
* ``qualified-type``: a type of ``billing`` is named with its schema;
* ``qualified-regclass``: ``nextval('…')`` and the like name the relation's schema;
* ``one-clock``: no ``current_date`` outside ``billing.today`` (the business date);
* ``dynamic-sql``: ``EXECUTE`` runs only ``pg_catalog.format('…', …)`` with ``%I`` and
  ``%L`` placeholders, so no value is ever spliced in unquoted.

The few deliberate exceptions are listed in :data:`ALLOWED`, each with its reason; an
exception that no longer excuses anything is itself a finding (``unused-allow``).

``python -m tools.sql_lint [FILE…]`` prints the findings (every file of ``models/sql`` by
default); ``tests/models/test_sql_lint.py`` keeps ``models/sql``
clean and proves each rule.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pglast import ast, parse_plpgsql, parse_sql
from pglast.enums import ObjectType, RoleSpecType, SQLValueFunctionOp
from pglast.parser import ParseError

from models.sql import FUNCTIONS_DIR, GUARD_DIR, SQL_DIR

SCHEMA = "billing"
OPERATOR_GROUPS = frozenset(
    {"billing_agent", "billing_cashier", "billing_supervisor", "billing_admin"}
)
OPERATOR_CHECK = (SCHEMA, "assert_operator_active")
CLOCK = "today"
REGCLASS_FUNCTIONS = frozenset({"nextval", "currval", "setval", "to_regclass"})
DYNAMIC_PLACEHOLDER = re.compile(r"%(?!%)(?:\d+\$)?-?\d*([A-Za-z])")

# PostgreSQL's RawParseMode of an expression inside PL/pgSQL.
_EXPRESSION = 2
_ASSIGNMENTS = frozenset({3, 4, 5})

# libpg_query compiles PL/pgSQL without a catalog and refuses a variable declared with a
# type of any schema but pg_catalog and public; the body is compiled with ``billing.``
# read as ``public.``, which the files never use (rule ``no-public``).
_OWN_SCHEMA = re.compile(rf"\b{SCHEMA}\.")
_STAND_IN = "public."
_PUBLIC = re.compile(r"\bpublic\.", re.IGNORECASE)
_OWN_NAME = re.compile(rf"\b{SCHEMA}\.(\w+)")

ALLOWED: dict[str, dict[str, frozenset[str]]] = {
    # Transition tables (REFERENCING NEW/OLD TABLE in the trigger): PostgreSQL finds them
    # before any schema, and they cannot be named with one.
    "account_total_change": {"qualified-relation": frozenset({"new_rows", "old_rows"})},
    "announce_change": {"qualified-relation": frozenset({"changed_rows"})},
    # Asked at login, it is how a refused operator's login is explained and recorded.
    "check_own_password": {"operator-check": frozenset()},
}
"""File (function) name -> rule -> the names it may break the rule for (none: all)."""


@dataclass(frozen=True)
class Finding:
    """One broken rule: the file, the line, the rule and what to do."""

    path: Path
    line: int
    rule: str
    message: str

    def __str__(self) -> str:
        path = self.path.resolve()
        root = SQL_DIR.parents[1]
        shown = path.relative_to(root) if path.is_relative_to(root) else path
        return f"{shown}:{self.line}: {self.rule}: {self.message}"


@dataclass
class _Report:
    """Collects one file's findings, minus what :data:`ALLOWED` excuses."""

    path: Path
    allowed: dict[str, frozenset[str]]
    findings: list[Finding] = field(default_factory=list)
    used: set[str] = field(default_factory=set)

    def __call__(self, line: int, rule: str, message: str, name: str | None = None) -> None:
        names = self.allowed.get(rule)
        if names is not None and (not names or name in names):
            self.used.add(rule)
            return
        self.findings.append(Finding(self.path, line, rule, message))

    def close(self) -> list[Finding]:
        """The findings, by line, with every allowance that excused nothing."""
        for rule in self.allowed.keys() - self.used:
            self.findings.append(
                Finding(self.path, 1, "unused-allow", f"ALLOWED excuses no {rule} here")
            )
        return sorted(self.findings, key=lambda f: (f.line, f.rule))


@dataclass(frozen=True)
class _Function:
    """One ``CREATE FUNCTION`` of a file, as the rules need it."""

    schema: str | None
    name: str
    language: str
    definer: bool
    search_path: tuple[str, ...] | None
    body: str
    body_line: int
    """The file's line of the body's first line (where ``AS $function$`` stands)."""
    source: str
    header: Any
    """The parameters (with their defaults) and the return type."""
    standard_body: Any
    """A SQL-standard body (``RETURN …`` or ``BEGIN ATOMIC … END``), parsed with the file."""
    text: str
    """The whole file, which ``standard_body``'s locations point into."""


def lint_files(paths: Iterable[Path] | None = None) -> list[Finding]:
    """The findings of the given files (by default every file of ``models/sql``), told
    ``billing``'s names from all of ``models/sql`` and them."""
    every = sorted(FUNCTIONS_DIR.glob("*.sql")) + sorted(GUARD_DIR.glob("*.sql"))
    texts = {path: path.read_text(encoding="utf-8") for path in [*every, *(paths or ())]}
    own_names = frozenset(
        name for text in texts.values() for name in _OWN_NAME.findall(_code(text))
    )
    chosen = every if paths is None else list(paths)
    return [finding for path in chosen for finding in lint_text(path, texts[path], own_names)]


def lint_text(
    path: Path,
    text: str,
    own_names: frozenset[str] = frozenset(),
    allowed: dict[str, frozenset[str]] | None = None,
) -> list[Finding]:
    """The findings of one file's text. ``own_names`` are the names of ``billing``'s
    relations, types and functions (so that an unqualified type can be told);
    ``allowed`` the file's exceptions (by default its entry in :data:`ALLOWED`)."""
    report = _Report(path, ALLOWED.get(path.stem, {}) if allowed is None else allowed)
    for match in _PUBLIC.finditer(_code(text)):
        report(_line(text, match.start()), "no-public", "schema public is not used")
    try:
        statements = parse_sql(text)
    except ParseError as error:
        report(_line(text, _error_offset(error)), "parse", str(error.args[0]))
        return report.close()
    functions = [
        _function(text, raw) for raw in statements if isinstance(raw.stmt, ast.CreateFunctionStmt)
    ]
    others = [raw.stmt for raw in statements if not isinstance(raw.stmt, ast.CreateFunctionStmt)]
    for node in _walk_ast(others):
        if isinstance(node, ast.TypeName):
            line = _line(text, node.location or 0)
            _check_type(node, own_names, report, line)
    in_functions = path.parent.name == FUNCTIONS_DIR.name
    if in_functions:
        names = [f"{f.schema}.{f.name}" for f in functions]
        if names != [f"{SCHEMA}.{path.stem}"]:
            report(1, "file-name", f"create exactly {SCHEMA}.{path.stem}, not {names}")
    for function in functions:
        _check_search_path(function, report)
        body = _Body(function, own_names, report)
        body.check()
        if in_functions:
            _check_owner_and_grants(function, text, statements, body.checks_operator, report)
    return report.close()


def _check_search_path(function: _Function, report: _Report) -> None:
    if function.search_path is None:
        if function.definer:
            report(function.body_line, "search-path", "a definer function sets search_path")
        return
    schema = function.schema or SCHEMA
    if function.search_path not in {("pg_catalog", "pg_temp"), ("pg_catalog", schema, "pg_temp")}:
        report(
            function.body_line,
            "search-path",
            f"search_path is pg_catalog, {schema}, pg_temp (pg_temp last), "
            f"not {', '.join(function.search_path)}",
        )


def _check_owner_and_grants(
    function: _Function,
    text: str,
    statements: tuple[ast.RawStmt, ...],
    checks_operator: bool | None,
    report: _Report,
) -> None:
    owners: list[str] = []
    revoked_from_public = False
    grantees: set[str] = set()
    for raw in statements:
        statement = raw.stmt
        line = _statement_line(text, raw.stmt_location or 0)
        targets: tuple[Any, ...]
        if isinstance(statement, ast.AlterOwnerStmt):
            if statement.objectType != ObjectType.OBJECT_FUNCTION:
                continue
            owners.append(_role(statement.newowner))
            targets = (statement.object,)
        elif isinstance(statement, ast.GrantStmt):
            if statement.objtype != ObjectType.OBJECT_FUNCTION:
                continue
            roles = [_role(role) for role in statement.grantees or ()]
            if not statement.is_grant:
                revoked_from_public = revoked_from_public or "PUBLIC" in roles
            elif "PUBLIC" in roles:
                report(line, "owner-and-grants", "EXECUTE is never granted to PUBLIC")
            else:
                grantees.update(roles)
            targets = tuple(statement.objects or ())
        else:
            continue
        for target in targets:
            if isinstance(target, ast.ObjectWithArgs) and _names(target.objname) != [
                function.schema,
                function.name,
            ]:
                report(line, "owner-and-grants", "an owner or grant of another function here")
    owner = "billing_owner" if function.definer else "billing_data_owner"
    if owners != [owner]:
        report(function.body_line, "owner-and-grants", f"set the owner once: OWNER TO {owner}")
    if not revoked_from_public:
        report(function.body_line, "owner-and-grants", "REVOKE ALL ON FUNCTION … FROM PUBLIC")
    if function.definer and grantees & OPERATOR_GROUPS and checks_operator is False:
        report(
            function.body_line,
            "operator-check",
            "an operator's definer function performs billing.assert_operator_active() first",
        )


def _check_type(node: ast.TypeName, own_names: frozenset[str], report: _Report, line: int) -> None:
    name = _names(node.names)
    if len(name) == 1 and name[0] in own_names:
        report(line, "qualified-type", f"name the schema of type {name[0]}", name[0])


class _Body:
    """Walks one function's body: its PL/pgSQL statements and the SQL inside them."""

    def __init__(self, function: _Function, own_names: frozenset[str], report: _Report) -> None:
        self._function = function
        self._own_names = own_names
        self._report = report
        self.checks_operator: bool | None = None
        """Whether the body's first step is ``billing.assert_operator_active()``; None
        when the body could not be read."""

    def check(self) -> None:
        """Report every rule the body breaks."""
        function = self._function
        self._check_tree(function.header, lambda at: _line(function.text, at))
        if function.standard_body is not None:
            self._check_tree(function.standard_body, lambda at: _line(function.text, at))
            first = _statements(function.standard_body)
            self.checks_operator = _only_call(first) == OPERATOR_CHECK
        elif function.language == "sql":
            statements = self._sql(function.body, 1)
            if statements is not None:
                self.checks_operator = _only_call(statements) == OPERATOR_CHECK
        elif self._function.language == "plpgsql":
            self._plpgsql()

    def _plpgsql(self) -> None:
        try:
            tree = parse_plpgsql(_OWN_SCHEMA.sub(_STAND_IN, self._function.source))
        except ParseError as error:
            # libpg_query gives no position here: the token it names shows the line.
            message = str(error.args[0])
            near = re.search(r'near "([^"]+)"', message)
            token = (
                re.search(rf"(?<!\w){re.escape(near.group(1))}(?!\w)", self._function.body)
                if near
                else None
            )
            at = token.start() if token else 0
            self._report(self._line(_line(self._function.body, at)), "parse", message)
            return
        root = tree[0]["PLpgSQL_function"]
        lines = self._function.body.split("\n")
        reads_in_declare = False
        for datum in root.get("datums", []):
            self._declared_type(datum, lines)
            variable = datum.get("PLpgSQL_var", {})
            if "default_val" in variable:
                default = self._expr(variable["default_val"]["PLpgSQL_expr"], variable["lineno"])
                reads_in_declare = reads_in_declare or any(
                    isinstance(node, ast.RangeVar) for node in _walk_ast(default)
                )
        body = root["action"]["PLpgSQL_stmt_block"].get("body", [])
        perform = body[0].get("PLpgSQL_stmt_perform") if body else None
        first = _parsed(_expression_sql(perform["expr"]["PLpgSQL_expr"])) if perform else None
        self.checks_operator = (
            not reads_in_declare and first is not None and _only_call(first) == OPERATOR_CHECK
        )
        self._walk(root["action"], 1)

    def _declared_type(self, datum: dict[str, Any], lines: list[str]) -> None:
        """A ``DECLARE``d variable of a ``billing`` type names the schema. A row variable
        (``r billing.payment``) keeps no type in the tree: its line is read instead."""
        variable = datum.get("PLpgSQL_var") or datum.get("PLpgSQL_rec") or {}
        line = variable.get("lineno")
        if line is None:
            return
        typname = variable.get("datatype", {}).get("PLpgSQL_type", {}).get("typname")
        if typname is None and 0 < line <= len(lines):
            pattern = rf"\b{re.escape(variable['refname'])}\s+([\w.]+)"
            declared = re.search(pattern, lines[line - 1])
            typname = declared.group(1) if declared else None
        name = (typname or "").split("%")[0].split(".")
        if len(name) == 1 and name[0] in self._own_names:
            message = f"name the schema of type {name[0]}"
            self._report(self._line(line), "qualified-type", message, name[0])

    def _walk(self, node: Any, line: int) -> None:
        if isinstance(node, list):
            for item in node:
                self._walk(item, line)
        elif isinstance(node, dict):
            line = node.get("lineno", line)
            for key, value in node.items():
                if key == "PLpgSQL_expr":
                    self._expr(value, line)
                    continue
                if key in ("PLpgSQL_stmt_dynexecute", "PLpgSQL_stmt_dynfors"):
                    self._dynamic(value["query"]["PLpgSQL_expr"], value.get("lineno", line))
                self._walk(value, line)

    def _dynamic(self, expr: dict[str, Any], line: int) -> None:
        call = _lone_call(_parsed(_expression_sql(expr)) or ())
        first = call.args[0] if call is not None and call.args else None
        template = (
            str(first.val.sval)
            if isinstance(first, ast.A_Const) and isinstance(first.val, ast.String)
            else None
        )
        if (
            call is None
            or _names(call.funcname) != ["pg_catalog", "format"]
            or template is None
            or set(DYNAMIC_PLACEHOLDER.findall(template)) - {"I", "L"}
        ):
            self._report(
                self._line(line),
                "dynamic-sql",
                "EXECUTE only pg_catalog.format('…', …) with %I and %L placeholders",
            )

    def _expr(self, expr: dict[str, Any], line: int) -> tuple[ast.RawStmt, ...] | None:
        return self._sql(_expression_sql(expr), line)

    def _sql(self, query: str, line: int) -> tuple[ast.RawStmt, ...] | None:
        """Check the statements of ``query``, which starts at ``line`` of the body."""
        try:
            statements: tuple[ast.RawStmt, ...] = parse_sql(query)
        except ParseError as error:
            self._report(self._line(line), "parse", f"{error.args[0]}: {query.strip()[:60]}")
            return None
        for raw in statements:
            self._check_tree(raw, lambda at: self._line(line + _line(query, at) - 1))
        return statements

    def _check_tree(self, tree: Any, line_of: Callable[[int], int]) -> None:
        """Check every node of one statement; ``line_of`` maps a location to a file line."""
        ctes = {str(n.ctename) for n in _walk_ast(tree) if isinstance(n, ast.CommonTableExpr)}
        locked = {
            id(relation)
            for clause in _walk_ast(tree)
            if isinstance(clause, ast.LockingClause)
            for relation in clause.lockedRels or ()
        }
        for node in _walk_ast(tree):
            at = line_of(getattr(node, "location", 0) or 0)
            if isinstance(node, ast.RangeVar) and id(node) not in locked:
                self._relation(node, ctes, at)
            elif isinstance(node, ast.FuncCall):
                self._call(node, at)
            elif isinstance(node, ast.TypeName):
                _check_type(node, self._own_names, self._report, at)
            elif self._reads_the_date(node):
                self._report(at, "one-clock", "billing.today(), not current_date")

    def _reads_the_date(self, node: ast.Node) -> bool:
        return (
            isinstance(node, ast.SQLValueFunction)
            and node.op == SQLValueFunctionOp.SVFOP_CURRENT_DATE
            and self._function.name != CLOCK
        )

    def _relation(self, node: ast.RangeVar, ctes: set[str], line: int) -> None:
        if node.schemaname is None and str(node.relname) not in ctes:
            message = f"name the schema of {node.relname}"
            self._report(line, "qualified-relation", message, node.relname)

    def _call(self, node: ast.FuncCall, line: int) -> None:
        name = _names(node.funcname)
        if len(name) == 1:
            self._report(line, "qualified-function", f"name the schema of {name[0]}()", name[0])
        first = node.args[0] if node.args else None
        if (
            name[-1] in REGCLASS_FUNCTIONS
            and isinstance(first, ast.A_Const)
            and isinstance(first.val, ast.String)
            and "." not in str(first.val.sval)
        ):
            self._report(line, "qualified-regclass", f"name the schema in '{first.val.sval}'")

    def _line(self, body_line: int) -> int:
        return self._function.body_line + body_line - 1


def _function(text: str, raw: ast.RawStmt) -> _Function:
    create = raw.stmt
    assert isinstance(create, ast.CreateFunctionStmt)
    start = raw.stmt_location or 0
    source = text[start : start + raw.stmt_len if raw.stmt_len else None]
    options: dict[str, Any] = {}
    search_path = None
    for option in create.options or ():
        if option.defname == "set" and option.arg.name == "search_path":
            search_path = tuple(a.val.sval for a in option.arg.args)
        else:
            options[option.defname] = option.arg
    body = options["as"][0].sval if "as" in options else ""
    name = _names(create.funcname)
    body_at = text.find(body, start) if body else start
    return _Function(
        schema=name[0] if len(name) > 1 else None,
        name=name[-1],
        language=options["language"].sval if "language" in options else "sql",
        definer=bool("security" in options and options["security"].boolval),
        search_path=search_path,
        body=body,
        body_line=_line(text, max(body_at, start)),
        source=source,
        header=(create.parameters, create.returnType),
        standard_body=create.sql_body,
        text=text,
    )


def _expression_sql(expr: dict[str, Any]) -> str:
    """The SQL statement of a PL/pgSQL expression, with ``billing`` read back."""
    query = str(expr["query"]).replace(_STAND_IN, f"{SCHEMA}.")
    mode = expr.get("parseMode", 0)
    if mode == _EXPRESSION:
        return f"SELECT {query}"
    if mode in _ASSIGNMENTS:
        return "SELECT " + re.split(r":=|=", query, maxsplit=1)[1]
    return query


def _parsed(query: str) -> tuple[ast.RawStmt, ...] | None:
    try:
        result: tuple[ast.RawStmt, ...] = parse_sql(query)
    except ParseError:
        return None
    return result


def _statements(body: Any) -> list[ast.Node]:
    """The statements of a SQL-standard body, in order."""
    if isinstance(body, (list, tuple)):
        return [node for item in body for node in _statements(item)]
    return [body] if isinstance(body, ast.Node) else []


def _lone_call(statements: Sequence[ast.Node]) -> ast.FuncCall | None:
    """The call of the first statement if it is a lone ``SELECT f(…)``."""
    first = statements[0] if statements else None
    select = first.stmt if isinstance(first, ast.RawStmt) else first
    if not isinstance(select, ast.SelectStmt) or select.fromClause:
        return None
    targets = select.targetList or ()
    call = targets[0].val if len(targets) == 1 else None
    return call if isinstance(call, ast.FuncCall) else None


def _only_call(statements: Sequence[ast.Node]) -> tuple[str, ...] | None:
    """The function the first statement calls if it is a lone ``SELECT f(…)``."""
    call = _lone_call(statements)
    return tuple(_names(call.funcname)) if call is not None else None


def _walk_ast(tree: Any) -> Iterator[ast.Node]:
    """Every node of a pglast parse tree, whatever field holds it."""
    if isinstance(tree, (list, tuple)):
        for item in tree:
            yield from _walk_ast(item)
    elif isinstance(tree, ast.Node):
        yield tree
        for name in tree.__slots__:  # type: ignore[attr-defined]
            yield from _walk_ast(getattr(tree, name, None))


def _names(nodes: Any) -> list[str]:
    return [str(node.sval) for node in nodes or () if isinstance(node, ast.String)]


def _role(role: Any) -> str:
    if isinstance(role, ast.RoleSpec) and role.roletype == RoleSpecType.ROLESPEC_PUBLIC:
        return "PUBLIC"
    return str(getattr(role, "rolename", "?"))


def _code(text: str) -> str:
    """The text with its ``--`` comments blanked (so prose may say anything)."""
    return re.sub(r"--[^\n]*", lambda m: " " * len(m.group(0)), text)


def _error_offset(error: ParseError) -> int:
    """Where in the text the parser stopped."""
    return int(error.args[1]) if len(error.args) > 1 and error.args[1] is not None else 0


def _statement_line(text: str, offset: int) -> int:
    """The line a statement starts on (its offset may point at blank lines and comments)."""
    skipped = re.compile(r"(?:\s|--[^\n]*)*").match(text, offset)
    return _line(text, skipped.end() if skipped else offset)


def _line(text: str, offset: int) -> int:
    """The 1-based line of a character offset (pglast counts characters, not bytes)."""
    return text.count("\n", 0, max(offset, 0)) + 1


def main(argv: list[str] | None = None) -> int:
    """Print every finding and their count; exit status 1 if there is one."""
    paths = [Path(p) for p in (sys.argv[1:] if argv is None else argv)]
    findings = lint_files(paths or None)
    for finding in findings:
        print(finding)
    print(f"{len(findings)} finding(s)", file=sys.stderr)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
