"""The GOST R 56042-2014 payment string a banking app reads from a bill's QR code."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.domain.payment_qr import (
    PayeeDetails,
    PaymentQrData,
    build_payment_string,
    check_payment_data,
    split_full_name,
)
from models.domain.problems import Severity, ValidationFailed

PAYEE = PayeeDetails(
    name="АО «Энергосбыт»",
    settlement_account="40702810900000012345",
    bank_name="ПАО «Банк Восток»",
    bic="043002711",
    correspondent_account="30101810400000000711",
    inn="4101001230",
    kpp="410101001",
)
DATA = PaymentQrData(
    payee=PAYEE,
    purpose="Оплата электроэнергии за 03.2025, л/с 410012345678",
    account_number="410012345678",
    amount=Decimal("3888.22"),
    billing_period=date(2025, 3, 1),
    payer_last_name="Иванова",
    payer_first_name="Мария",
    payer_middle_name="Петровна",
)


def test_full_string_for_a_household_bill() -> None:
    assert build_payment_string(DATA) == (
        "ST00012|Name=АО «Энергосбыт»|PersonalAcc=40702810900000012345"
        "|BankName=ПАО «Банк Восток»|BIC=043002711|CorrespAcc=30101810400000000711"
        "|PayeeINN=4101001230|KPP=410101001|Sum=388822"
        "|Purpose=Оплата электроэнергии за 03.2025, л/с 410012345678"
        "|PersAcc=410012345678|PaymPeriod=032025"
        "|LastName=Иванова|FirstName=Мария|MiddleName=Петровна|TechCode=02"
    )


def test_without_payer_name_the_address_identifies_the_payer_and_no_sum_is_set() -> None:
    data = replace(
        DATA,
        amount=None,
        payer_last_name="",
        payer_first_name="",
        payer_middle_name="",
        payer_address="г. Елизово, ул. Ленина, д. 1",
        billing_period=date(2024, 11, 1),
    )
    assert build_payment_string(data) == (
        "ST00012|Name=АО «Энергосбыт»|PersonalAcc=40702810900000012345"
        "|BankName=ПАО «Банк Восток»|BIC=043002711|CorrespAcc=30101810400000000711"
        "|PayeeINN=4101001230|KPP=410101001"
        "|Purpose=Оплата электроэнергии за 03.2025, л/с 410012345678"
        "|PersAcc=410012345678|PaymPeriod=112024"
        "|PayerAddress=г. Елизово, ул. Ленина, д. 1|TechCode=02"
    )


def test_correspondent_account_may_be_zero() -> None:
    data = replace(DATA, payee=replace(PAYEE, correspondent_account="0"))
    assert "|CorrespAcc=0|" in build_payment_string(data)


def test_separator_in_free_text_is_replaced_with_a_warning() -> None:
    data = replace(DATA, payee=replace(PAYEE, name="ООО Свет|Тепло"), purpose="a\nb")
    problems = check_payment_data(data)
    assert [(p.code, p.field, p.severity) for p in problems] == [
        ("payment_qr.separator_replaced", "Name", Severity.WARNING)
    ]
    text = build_payment_string(data)
    assert "|Name=ООО Свет/Тепло|" in text
    assert "|Purpose=a b|" in text


@pytest.mark.parametrize(
    ("change", "code", "field"),
    [
        ({"settlement_account": "4070281090000001234"}, "payment_qr.digits", "PersonalAcc"),
        ({"bic": "04300271X"}, "payment_qr.digits", "BIC"),
        ({"correspondent_account": "301"}, "payment_qr.digits", "CorrespAcc"),
        ({"inn": "41010012"}, "payment_qr.digits", "PayeeINN"),
        ({"kpp": "4101"}, "payment_qr.kpp", "KPP"),
        ({"bank_name": "  "}, "payment_qr.required", "BankName"),
        ({"bank_name": "Б" * 46}, "payment_qr.too_long", "BankName"),
    ],
)
def test_bad_bank_details_refuse_the_qr(change: dict[str, str], code: str, field: str) -> None:
    data = replace(DATA, payee=replace(PAYEE, **change))
    assert [(p.code, p.field) for p in check_payment_data(data)] == [(code, field)]
    with pytest.raises(ValidationFailed) as raised:
        build_payment_string(data)
    assert raised.value.problems[0].code == code


@pytest.mark.parametrize(
    ("amount", "code"),
    [(Decimal("0"), "payment_qr.sum_not_positive"), (Decimal("1.005"), "payment_qr.sum_fraction")],
)
def test_amount_must_be_whole_positive_kopecks(amount: Decimal, code: str) -> None:
    assert [p.code for p in check_payment_data(replace(DATA, amount=amount))] == [code]


def test_account_number_with_separator_is_refused() -> None:
    problems = check_payment_data(replace(DATA, account_number="41|00"))
    assert [(p.code, p.field) for p in problems] == [("payment_qr.separator", "PersAcc")]


def test_mandatory_block_over_300_bytes_is_refused() -> None:
    # 160 Cyrillic letters are 320 bytes in UTF-8, within the 160-character limit.
    data = replace(DATA, payee=replace(PAYEE, name="Э" * 160))
    problems = check_payment_data(data)
    assert [p.code for p in problems] == ["payment_qr.mandatory_block_too_long"]
    assert int(problems[0].params["size"]) > 300


def test_split_full_name() -> None:
    assert split_full_name(" Иванова  Мария Петровна ") == ("Иванова", "Мария", "Петровна")
    assert split_full_name("Ким Анна") == ("Ким", "Анна", "")
    assert split_full_name("ООО «Ромашка и партнёры»") is None


@given(
    amount=st.decimals(min_value=Decimal("0.01"), max_value=10**9, places=2),
    purpose=st.text(min_size=1, max_size=200).filter(lambda s: s.strip()),
)
def test_every_value_stays_one_field(amount: Decimal, purpose: str) -> None:
    text = build_payment_string(replace(DATA, amount=amount, purpose=purpose))
    fields = text.split("|")
    assert fields[0] == "ST00012"
    pairs = dict(field.split("=", 1) for field in fields[1:])
    assert len(pairs) == len(fields) - 1
    assert pairs["Sum"] == str(int(amount * 100))
    assert pairs["TechCode"] == "02"
