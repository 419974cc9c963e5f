"""Portal phone numbers: whatever the caller dictates ends up as +7 and ten digits."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from console.problem_texts.identity import TEXTS
from models.domain.phones import format_phone, mask_phone, normalize_phone, validate_phone
from models.domain.problems import Severity

STORED = "+79141234567"


@pytest.mark.parametrize(
    "typed",
    [
        "8 (914) 123-45-67",
        "+7 914 1234567",
        "79141234567",
        "9141234567",
        "89141234567",
        "+7 (914) 123-45-67",
        " +7-914-123-45-67 ",
        "7 914 123 45 67",
        "8.914.123.45.67",
        "+7\u00a0914\u00a0123\u00a045\u00a067",
    ],
)
def test_any_usual_spelling_is_stored_the_same_way(typed):
    assert normalize_phone(typed) == STORED
    assert validate_phone(typed) == []


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "phone.required"),
        ("   ", "phone.required"),
        ("8-914-ABC-45-67", "phone.format"),
        ("+7 914 123-45-67 доб. 12", "phone.format"),
        ("+8 914 123 45 67", "phone.format"),
        ("9141234567+", "phone.format"),
        ("()", "phone.format"),
        ("+380 44 123 45 67", "phone.country"),
        ("+1 202 555 0100", "phone.country"),
        ("+7 914 123 45 6", "phone.length"),
        ("+7 914 123 45 67 8", "phone.length"),
    ],
)
def test_what_is_not_a_russian_number_is_refused(typed, code):
    problems = validate_phone(typed)
    assert [p.code for p in problems] == [code]
    assert problems[0].field == "phone"
    assert problems[0].is_error
    assert normalize_phone(typed) is None


def test_refusal_says_which_country_or_how_many_digits():
    assert validate_phone("+380441234567")[0].params == {"country_code": "380"}
    assert validate_phone("914 123 45 6")[0].params == {"digits": "9"}


def test_landline_is_accepted_with_a_warning_about_sms():
    problems = validate_phone("+7 (4152) 12-34-56")
    assert [p.code for p in problems] == ["phone.not_mobile"]
    assert problems[0].severity is Severity.WARNING
    assert normalize_phone("+7 (4152) 12-34-56") == "+74152123456"


def test_unused_range_is_accepted_with_a_warning():
    problems = validate_phone("+7 300 123 45 67")
    assert [p.code for p in problems] == ["phone.unknown_range"]
    assert problems[0].severity is Severity.WARNING
    assert problems[0].params == {"prefix": "300"}
    assert normalize_phone("+7 300 123 45 67") == "+73001234567"


def test_format_shows_the_portal_layout():
    assert format_phone(STORED) == "+7 914 123-45-67"
    assert format_phone("8 (914) 123-45-67") == "+7 914 123-45-67"


def test_format_leaves_unrecognised_data_alone():
    assert format_phone("доб. 123") == "доб. 123"
    assert format_phone("") == ""


def test_mask_shows_only_the_last_two_digits():
    assert mask_phone(STORED) == "+7 (***) ***-**-67"
    assert mask_phone("8 (914) 123-45-67") == "+7 (***) ***-**-67"


def test_mask_of_unrecognised_data_hides_all_but_two_digits():
    assert mask_phone("123-45-67") == "***-**-67"
    assert mask_phone("") == ""


ten_digits = st.from_regex(r"[0-9]{10}", fullmatch=True)
trunk_prefix = st.sampled_from(["+7", "7", "8", ""])
separator = st.sampled_from(["", " ", "-", "\u00a0"])


@given(
    st.from_regex(r"9[0-9]{9}", fullmatch=True),
    trunk_prefix,
    separator,
)
def test_mobile_numbers_survive_any_spelling(digits, start, sep):
    typed = start + sep + digits[:3] + sep + digits[3:6] + sep + digits[6:8] + sep + digits[8:]
    assert normalize_phone(typed) == "+7" + digits


@given(ten_digits)
def test_stored_numbers_normalise_to_themselves(digits):
    stored = normalize_phone("+7" + digits)
    if stored is not None:
        assert normalize_phone(stored) == stored
        assert normalize_phone(format_phone(stored)) == stored
        assert mask_phone(stored).endswith(stored[-2:])
        assert stored[2:-2] not in mask_phone(stored)


@given(st.text(max_size=30))
def test_normalise_never_fails_and_agrees_with_validation(text):
    stored = normalize_phone(text)
    problems = validate_phone(text)
    assert (stored is None) == any(p.is_error for p in problems)
    if stored is not None:
        assert stored.startswith("+7")
        assert len(stored) == 12
        assert stored[1:].isdigit()
    assert all(p.code in TEXTS for p in problems)
