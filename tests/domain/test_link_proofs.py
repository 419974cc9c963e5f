"""The portal's check of a link request's proof, and what the supervisor is told."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from string import Formatter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from console.problem_texts import moderation
from models.domain.enums import ProofKind
from models.domain.link_proofs import (
    AccountFacts,
    ProofCheck,
    check_proof,
    owner_surname,
    parse_amount,
)
from models.domain.problems import Problem, Severity

AMOUNT = ProofKind.LAST_PAYMENT_AMOUNT
SURNAME = ProofKind.SURNAME_PREFIX
METER = ProofKind.METER_SERIAL
RECEIPT = ProofKind.RECEIPT_NUMBER

FACTS = AccountFacts(
    account_found=True,
    owner_name="Сидоров Пётр Ильич",
    previous_owner_names=("Петров Иван Сергеевич",),
    last_payment_amount=Decimal("1234.57"),
    last_payment_date=date(2025, 10, 20),
    earlier_payment_amounts=(Decimal("980.00"), Decimal("1100.10")),
    meter_serials=("011076123456", "AB-7788"),
    receipt_numbers=("R202510000000123", "R202509000000456"),
)


def codes(check: ProofCheck) -> list[str]:
    return [problem.code for problem in check.problems]


def only_problem(check: ProofCheck) -> Problem:
    assert not check.matched
    assert len(check.problems) == 1, check.problems
    return check.problems[0]


# --- amounts --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("1234,56", "1234.56"),
        ("1234.56", "1234.56"),
        ("1 234.56", "1234.56"),
        ("1\u00a0234,56", "1234.56"),
        ("1\u202f234,56", "1234.56"),
        ("1234.5", "1234.50"),
        ("1234", "1234"),
        ("  222  ", "222"),
        ("222,00", "222"),
        ("1.234,56", "1234.56"),
        ("1,234.56", "1234.56"),
        ("1 234 567,89", "1234567.89"),
        ("1234 руб 56 коп", "1234.56"),
        ("1234 руб. 56 коп.", "1234.56"),
        ("1234 рублей 5 копеек", "1234.05"),
        ("1234р56к", "1234.56"),
        ("1234 р.", "1234"),
        ("1234,56 ₽", "1234.56"),
        ("1234,56 руб.", "1234.56"),
        ("56 коп", "0.56"),
    ],
)
def test_amounts_as_customers_type_them(text: str, amount: str) -> None:
    parsed = parse_amount(text)
    assert parsed == Decimal(amount)
    assert isinstance(parsed, Decimal)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "руб",
        "abc",
        "-100",
        "1234.567",
        "1,234",
        "1.234",
        "1,234,56",
        "12 34",
        "1e3",
        "1234 руб 100 коп",
        "NaN",
    ],
)
def test_what_is_not_an_amount(text: str) -> None:
    assert parse_amount(text) is None


@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False))
def test_amounts_written_every_way_parse_exactly(amount: Decimal) -> None:
    whole, fraction = f"{amount:.2f}".split(".")
    grouped = f"{int(whole):,}".replace(",", " ")
    for text in (f"{whole},{fraction}", f"{whole}.{fraction}", f"{grouped}.{fraction}",
                 f"{grouped},{fraction}", f"{whole} руб {fraction} коп"):  # fmt: skip
        assert parse_amount(text) == amount, text


@given(st.text(max_size=40))
def test_parse_amount_never_raises(text: str) -> None:
    parsed = parse_amount(text)
    assert parsed is None or (parsed >= 0 and parsed == parsed.quantize(Decimal("0.01")))


def test_the_last_payment_amount_matches() -> None:
    assert check_proof(AMOUNT, "1234,57", FACTS) == ProofCheck(True)
    assert check_proof(AMOUNT, "1 234.57 руб", FACTS).matched


def test_amount_off_by_a_kopeck() -> None:
    problem = only_problem(check_proof(AMOUNT, "1234,56", FACTS))
    assert problem == Problem.error(
        "link_proof.amount_differs",
        "last_payment_amount",
        typed="1234.56",
        actual="1234.57",
        difference="0.01",
        paid_on="2025-10-20",
    )


def test_amount_with_one_decimal_is_compared_as_money() -> None:
    facts = replace(FACTS, last_payment_amount=Decimal("1234.50"))
    assert check_proof(AMOUNT, "1234.5", facts).matched
    problem = only_problem(check_proof(AMOUNT, "1234", facts))
    assert problem.params["difference"] == "0.50"


def test_amount_of_an_earlier_payment() -> None:
    problem = only_problem(check_proof(AMOUNT, "980", FACTS))
    assert problem.code == "link_proof.amount_matches_earlier_payment"
    assert dict(problem.params) == {"typed": "980.00", "actual": "1234.57", "paid_on": "2025-10-20"}


def test_amount_unparseable() -> None:
    problem = only_problem(check_proof(AMOUNT, " двести ", FACTS))
    assert (problem.code, dict(problem.params)) == (
        "link_proof.amount_unparseable",
        {"typed": "двести"},
    )


def test_amount_when_the_account_has_no_payments() -> None:
    facts = replace(FACTS, last_payment_amount=None, last_payment_date=None)
    problem = only_problem(check_proof(AMOUNT, "222", facts))
    assert (problem.code, problem.params["typed"]) == ("link_proof.no_payments", "222.00")


# --- surname prefix -------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["Сид", "сид", "СИД", " Сид ", "Сидоров", "сид."])
def test_surname_prefix_matches_whatever_the_case(typed: str) -> None:
    assert check_proof(SURNAME, typed, FACTS).matched


@pytest.mark.parametrize(
    ("owner", "typed"),
    [
        ("Ёлкина Ирина", "Елк"),
        ("Елкина Ирина", "Ёлк"),
        ("ЁЛКИНА И.В.", "ёлк"),
        ("Петрова-Водкина А.", "пет"),
        ("ООО «Ромашка»", "Ром"),
        ("ИП Фёдоров Ф.Ф.", "фед"),
    ],
)
def test_surname_prefix_yo_and_organisations(owner: str, typed: str) -> None:
    assert check_proof(SURNAME, typed, replace(FACTS, owner_name=owner)).matched


def test_surname_of_someone_else() -> None:
    problem = only_problem(check_proof(SURNAME, "Ива", FACTS))
    assert problem == Problem.error(
        "link_proof.surname_differs", "surname_prefix", typed="Ива", owner="Сидоров"
    )


def test_surname_of_the_previous_owner() -> None:
    problem = only_problem(check_proof(SURNAME, "Пет", FACTS))
    assert problem.code == "link_proof.surname_matches_previous_owner"
    assert dict(problem.params) == {"typed": "Пет", "owner": "Сидоров", "previous_owner": "Петров"}


def test_surname_prefix_too_short() -> None:
    problem = only_problem(check_proof(SURNAME, "Си", FACTS))
    assert (problem.code, problem.params["length"]) == ("link_proof.surname_prefix_too_short", "3")


def test_surname_in_latin_letters_does_not_match() -> None:
    assert codes(check_proof(SURNAME, "Sid", FACTS)) == ["link_proof.surname_differs"]


def test_surname_when_billing_has_no_owner() -> None:
    check = check_proof(SURNAME, "Сид", replace(FACTS, owner_name=None))
    assert codes(check) == ["link_proof.owner_unknown"]


@pytest.mark.parametrize(
    ("name", "surname"),
    [
        ("Иванов Иван Иванович", "Иванов"),
        ("ООО «Ромашка»", "Ромашка"),
        ('ЗАО "Вектор"', "Вектор"),
        ("ИП Петров П.П.", "Петров"),
        ("Петров", "Петров"),
    ],
)
def test_owner_surname(name: str, surname: str) -> None:
    assert owner_surname(name) == surname


# --- meter serial ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed", ["011076123456", "0110 7612 3456", "11076123456", "ab7788", "АВ 7788"]
)
def test_meter_serial_matches(typed: str) -> None:
    assert check_proof(METER, typed, FACTS).matched


def test_meter_serial_off_by_a_digit() -> None:
    problem = only_problem(check_proof(METER, "011076123457", FACTS))
    assert problem == Problem.error(
        "link_proof.meter_unknown", "meter_serial", typed="011076123457", known=2
    )


def test_meter_serial_when_the_account_has_no_meters() -> None:
    check = check_proof(METER, "011076123456", replace(FACTS, meter_serials=()))
    assert codes(check) == ["link_proof.no_meters"]


# --- receipt number -------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed", ["R202510000000123", "r202510000000123", "Р 2025-09-000000456", "202510000000123"]
)
def test_receipt_number_matches(typed: str) -> None:
    assert check_proof(RECEIPT, typed, FACTS).matched


def test_receipt_number_of_another_account() -> None:
    problem = only_problem(check_proof(RECEIPT, "R202510000000124", FACTS))
    assert (problem.code, problem.field) == ("link_proof.receipt_unknown", "receipt_number")


def test_receipt_number_of_an_older_system() -> None:
    facts = replace(FACTS, receipt_numbers=("77 01234 56",))
    assert check_proof(RECEIPT, "770123456", facts).matched


def test_receipt_number_when_the_account_has_no_bills() -> None:
    check = check_proof(RECEIPT, "R202510000000123", replace(FACTS, receipt_numbers=()))
    assert codes(check) == ["link_proof.no_bills"]


# --- account and region ---------------------------------------------------------------


@pytest.mark.parametrize("kind", list(ProofKind))
def test_account_not_found(kind: ProofKind) -> None:
    check = check_proof(kind, "anything", AccountFacts(account_found=False))
    assert only_problem(check) == Problem.error("link_proof.account_not_found", "account_number")


@pytest.mark.parametrize("kind", list(ProofKind))
def test_nothing_typed(kind: ProofKind) -> None:
    assert codes(check_proof(kind, "  ", FACTS)) == ["link_proof.value_missing"]


def test_wrong_region_but_the_proof_matches_there() -> None:
    facts = replace(FACTS, region_matches=False, account_region="Симферопольское ГРОЭ")
    check = check_proof(AMOUNT, "1234,57", facts)
    assert not check.matched
    assert codes(check) == ["link_proof.region_differs", "link_proof.matches_in_other_region"]
    assert [p.severity for p in check.problems] == [Severity.ERROR, Severity.WARNING]
    assert check.problems[0].params["account_region"] == "Симферопольское ГРОЭ"


def test_wrong_region_and_wrong_proof() -> None:
    facts = replace(FACTS, region_matches=False, account_region="Ялтинское ГРОЭ")
    check = check_proof(SURNAME, "Ива", facts)
    assert codes(check) == ["link_proof.region_differs", "link_proof.surname_differs"]
    assert check.explanation is not None
    assert check.explanation.code == "link_proof.region_differs"


def test_a_match_has_no_explanation() -> None:
    assert check_proof(METER, "AB7788", FACTS).explanation is None


@given(st.sampled_from(list(ProofKind)), st.text(max_size=40))
def test_check_proof_never_raises_and_explains_every_failure(kind: ProofKind, typed: str) -> None:
    check = check_proof(kind, typed, FACTS)
    assert check.matched == (not check.problems)
    assert all(p.code.startswith("link_proof.") for p in check.problems)


# --- what the supervisor reads --------------------------------------------------------


def _placeholders(sentence: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(sentence) if name}


def test_every_code_has_an_english_and_a_russian_sentence_quoting_its_params() -> None:
    other_region = replace(FACTS, region_matches=False, account_region="Ялтинское ГРОЭ")
    no_data = replace(
        FACTS, owner_name=None, last_payment_amount=None, meter_serials=(), receipt_numbers=()
    )
    checks = [
        check_proof(AMOUNT, "1", AccountFacts(account_found=False)),
        check_proof(AMOUNT, "1234.57", other_region),
        check_proof(AMOUNT, "", FACTS),
        check_proof(AMOUNT, "x", FACTS),
        check_proof(AMOUNT, "1", no_data),
        check_proof(AMOUNT, "1", FACTS),
        check_proof(AMOUNT, "980", FACTS),
        check_proof(SURNAME, "С", FACTS),
        check_proof(SURNAME, "Сид", no_data),
        check_proof(SURNAME, "Пет", FACTS),
        check_proof(SURNAME, "Ива", FACTS),
        check_proof(METER, "1", no_data),
        check_proof(METER, "1", FACTS),
        check_proof(RECEIPT, "1", no_data),
        check_proof(RECEIPT, "1", FACTS),
    ]
    problems = {p.code: p for check in checks for p in check.problems}
    assert set(problems) == set(moderation.TEXTS) == set(moderation.RU)
    for code, problem in problems.items():
        english = _placeholders(moderation.TEXTS[code])
        assert english <= set(problem.params), code
        assert _placeholders(moderation.RU[code]) == english, code


def test_an_amount_larger_than_any_payment_is_not_an_amount() -> None:
    assert parse_amount("100000000000000000000000000") is None
    assert parse_amount("999999999999,99") == Decimal("999999999999.99")
