"""INN, KPP, OGRN and OGRNIP checks and the demo-data generators."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.ru import ogrn as stdnum_ogrn

from console.problem_texts.identity import RU, TEXTS
from models.domain.identifiers import (
    InnKind,
    compact,
    inn_kind,
    make_inn,
    make_kpp,
    make_ogrn,
    make_ogrnip,
    ogrnip_check_digit,
    validate_inn,
    validate_kpp,
    validate_ogrn,
    validate_ogrnip,
)
from models.domain.problems import Problem, Severity

# Real, published numbers (Sberbank and others) used as known-good examples.
SBERBANK_INN = "7707083893"
SBERBANK_OGRN = "1027700132195"
PERSON_INN = "500100732259"
OGRNIP_STDNUM_REJECTS = "304500116000050"

seeds = st.integers(min_value=0, max_value=2**32)


def codes(problems: list[Problem]) -> list[str]:
    return [p.code for p in problems]


# --- INN -----------------------------------------------------------------------------


def test_valid_inns_pass():
    assert validate_inn(SBERBANK_INN) == []
    assert validate_inn(PERSON_INN) == []
    assert validate_inn("77 0708 3893") == []
    assert validate_inn(SBERBANK_INN, InnKind.ORGANISATION) == []
    assert validate_inn(PERSON_INN, InnKind.PERSON) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "inn.required"),
        ("   ", "inn.required"),
        ("77070838-93", "inn.format"),
        ("77070838９3", "inn.format"),
        ("770708389", "inn.length"),
        ("77070838931", "inn.length"),
        ("7707083894", "inn.checksum"),
        ("500100732258", "inn.checksum"),
        ("0000000000", "inn.region"),
    ],
)
def test_bad_inns_are_refused_with_a_reason(text, code):
    problems = validate_inn(text)
    assert codes(problems) == [code]
    assert problems[0].field == "inn"
    assert problems[0].severity is Severity.ERROR


def test_inn_length_problem_says_how_many_digits_were_entered():
    [problem] = validate_inn("12345")
    assert problem.params == {"length": "5"}


def test_inn_of_the_wrong_kind_is_refused():
    assert codes(validate_inn(PERSON_INN, InnKind.ORGANISATION)) == ["inn.length_organisation"]
    assert codes(validate_inn(SBERBANK_INN, InnKind.PERSON)) == ["inn.length_person"]


def test_inn_problem_can_belong_to_another_field():
    [problem] = validate_inn("1", field="payer_inn")
    assert problem.field == "payer_inn"


def test_inn_kind_follows_length():
    assert inn_kind(SBERBANK_INN) is InnKind.ORGANISATION
    assert inn_kind(PERSON_INN) is InnKind.PERSON
    assert inn_kind("123") is None


def test_compact_removes_only_whitespace():
    assert compact(" 77\u00a007 08\t3893 ") == SBERBANK_INN
    assert compact("77-07") == "77-07"


@given(seeds, st.sampled_from(InnKind))
def test_generated_inns_are_valid_and_of_the_requested_kind(seed, kind):
    inn = make_inn(random.Random(seed), kind)
    assert len(inn) == kind.length
    assert validate_inn(inn, kind) == []


@given(seeds, st.sampled_from(InnKind), st.integers(min_value=1, max_value=9))
def test_a_wrong_last_check_digit_is_caught(seed, kind, shift):
    inn = make_inn(random.Random(seed), kind)
    wrong = inn[:-1] + str((int(inn[-1]) + shift) % 10)
    assert codes(validate_inn(wrong)) == ["inn.checksum"]


def test_generators_are_reproducible_from_the_seed():
    assert make_inn(random.Random(7), InnKind.PERSON) == make_inn(random.Random(7), InnKind.PERSON)
    assert make_ogrnip(random.Random(7)) == make_ogrnip(random.Random(7))


# --- KPP -----------------------------------------------------------------------------


@pytest.mark.parametrize("kpp", ["773601001", "7736 01 001", "7736AB001", "503143001"])
def test_valid_kpps_pass(kpp):
    assert validate_kpp(kpp) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "kpp.required"),
        ("77360100", "kpp.length"),
        ("7736010011", "kpp.length"),
        ("7736ab001", "kpp.format"),
        ("7736АБ001", "kpp.format"),  # Cyrillic letters that look Latin
        ("A73601001", "kpp.format"),
        ("77360100X", "kpp.format"),
    ],
)
def test_bad_kpps_are_refused(text, code):
    problems = validate_kpp(text)
    assert codes(problems) == [code]
    assert problems[0].field == "kpp"


@given(seeds)
def test_generated_kpp_is_valid_and_shares_the_tax_office_of_the_inn(seed):
    rng = random.Random(seed)
    inn = make_inn(rng, InnKind.ORGANISATION)
    kpp = make_kpp(inn, rng)
    assert validate_kpp(kpp) == []
    assert kpp[:4] == inn[:4]


def test_make_kpp_needs_an_inn():
    with pytest.raises(ValueError, match="INN"):
        make_kpp("77", random.Random(1))


# --- OGRN ----------------------------------------------------------------------------


@pytest.mark.parametrize("ogrn", [SBERBANK_OGRN, "1022200525819", "5087746390353"])
def test_valid_ogrns_pass(ogrn):
    assert validate_ogrn(ogrn) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "ogrn.required"),
        ("10277001321x5", "ogrn.format"),
        ("102770013219", "ogrn.length"),
        (OGRNIP_STDNUM_REJECTS, "ogrn.length"),
        ("3027700132195", "ogrn.first_digit"),
        ("1027700132194", "ogrn.checksum"),
        ("1022500001328", "ogrn.checksum"),
    ],
)
def test_bad_ogrns_are_refused(text, code):
    assert codes(validate_ogrn(text)) == [code]


@given(seeds)
def test_generated_ogrns_are_valid(seed):
    ogrn = make_ogrn(random.Random(seed))
    assert len(ogrn) == 13
    assert validate_ogrn(ogrn) == []
    assert stdnum_ogrn.is_valid(ogrn)


@given(st.from_regex(re.compile(r"[15][0-9]{12}"), fullmatch=True))
def test_ogrn_check_agrees_with_python_stdnum(number):
    assert (validate_ogrn(number) == []) == stdnum_ogrn.is_valid(number)


# --- OGRNIP --------------------------------------------------------------------------


def test_ogrnip_with_remainder_ten_is_valid_although_stdnum_rejects_it():
    # 30450011600005 mod 13 = 10, so the control digit is 0.
    assert int(OGRNIP_STDNUM_REJECTS[:-1]) % 13 == 10
    assert validate_ogrnip(OGRNIP_STDNUM_REJECTS) == []
    assert not stdnum_ogrn.is_valid(OGRNIP_STDNUM_REJECTS)


@pytest.mark.parametrize("remainder", [10, 11, 12])
def test_ogrnips_with_two_digit_remainders_are_valid(remainder):
    rng = random.Random(remainder)
    for _ in range(20):
        first14 = "3" + "".join(str(rng.randrange(10)) for _ in range(13))
        # Adjust the last digits so that the remainder is the one wanted.
        base = int(first14) - int(first14) % 13 + remainder
        if base >= 4 * 10**13:
            base -= 13
        first14 = str(base)
        assert int(first14) % 13 == remainder
        ogrnip = first14 + str(remainder % 10)
        assert validate_ogrnip(ogrnip) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "ogrnip.required"),
        ("30450011600005O", "ogrnip.format"),
        ("30450011600005", "ogrnip.length"),
        (SBERBANK_OGRN, "ogrnip.length"),
        ("404500116000050", "ogrnip.first_digit"),
        ("304500116000051", "ogrnip.checksum"),
    ],
)
def test_bad_ogrnips_are_refused(text, code):
    problems = validate_ogrnip(text)
    assert codes(problems) == [code]
    assert problems[0].field == "ogrnip"


@given(st.from_regex(re.compile(r"3[0-9]{13}"), fullmatch=True))
def test_exactly_one_control_digit_completes_any_ogrnip(first14):
    valid = [d for d in "0123456789" if validate_ogrnip(first14 + d) == []]
    assert valid == [str(int(first14) % 13 % 10)]


@given(seeds)
def test_generated_ogrnips_are_valid(seed):
    ogrnip = make_ogrnip(random.Random(seed))
    assert len(ogrnip) == 15
    assert validate_ogrnip(ogrnip) == []


def test_check_digit_helpers_refuse_wrong_input():
    with pytest.raises(ValueError, match="14 digits"):
        ogrnip_check_digit("123")


def test_first_digit_problem_names_the_digit():
    [problem] = validate_ogrn("9027700132195")
    assert problem.params == {"digit": "9"}


# --- Problem texts of the whole identity area ----------------------------------------


def test_every_identity_text_has_a_russian_translation_with_the_same_placeholders():
    assert TEXTS.keys() == RU.keys()
    placeholder = re.compile(r"\{(\w+)\}")
    for code, english in TEXTS.items():
        assert set(placeholder.findall(english)) == set(placeholder.findall(RU[code])), code


def test_every_identifier_problem_has_a_text():
    bad_inputs = [
        "",
        "x",
        "1",
        "0000000000",
        "7707083894",
        "9027700132195",
        "1027700132194",
        "404500116000050",
        "304500116000051",
        "7736ab001",
    ]
    found = set()
    for text in bad_inputs:
        found |= set(codes(validate_inn(text)))
        found |= set(codes(validate_inn(text, InnKind.ORGANISATION)))
        found |= set(codes(validate_inn(text, InnKind.PERSON)))
        found |= set(codes(validate_inn(PERSON_INN, InnKind.ORGANISATION)))
        found |= set(codes(validate_inn(SBERBANK_INN, InnKind.PERSON)))
        found |= set(codes(validate_kpp(text)))
        found |= set(codes(validate_ogrn(text)))
        found |= set(codes(validate_ogrnip(text)))
    assert found <= TEXTS.keys()
    assert {"inn.checksum", "inn.region", "ogrn.checksum", "ogrnip.checksum"} <= found
