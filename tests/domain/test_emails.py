"""E-mail addresses: a practical check, the stored form and masking."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from console.problem_texts.identity import TEXTS
from models.domain.emails import mask_email, normalize_email, validate_email


@pytest.mark.parametrize(
    "address",
    [
        "ivanov@mail.ru",
        "Ivan.Ivanov+bills@Yandex.RU",
        "o'neil@example.co.uk",
        "info@почта.рф",
        "иван@почта.рф",
        "user_1-2@sub-domain.example.com",
        "a@b.cd",
        "x@xn--80a1acny.xn--p1ai",
        "  ivanov@mail.ru  ",
    ],
)
def test_real_addresses_pass(address):
    assert validate_email(address) == []


@pytest.mark.parametrize(
    ("address", "codes"),
    [
        ("", ["email.required"]),
        ("   ", ["email.required"]),
        ("ivan ov@mail.ru", ["email.spaces"]),
        ("ivanov@mail .ru", ["email.spaces"]),
        ("ivanov.mail.ru", ["email.at_sign"]),
        ("ivanov@@mail.ru", ["email.at_sign"]),
        ("a@b@mail.ru", ["email.at_sign"]),
        ("@mail.ru", ["email.local_part"]),
        (".ivanov@mail.ru", ["email.local_part"]),
        ("ivanov.@mail.ru", ["email.local_part"]),
        ("iv..anov@mail.ru", ["email.local_part"]),
        ("ivanov(work)@mail.ru", ["email.local_part"]),
        ("ivanov@", ["email.domain"]),
        ("ivanov@mailru", ["email.domain"]),
        ("ivanov@mail.ru.", ["email.domain"]),
        ("ivanov@.mail.ru", ["email.domain"]),
        ("ivanov@mail..ru", ["email.domain"]),
        ("ivanov@-mail.ru", ["email.domain"]),
        ("ivanov@mail_box.ru", ["email.domain"]),
        ("ivanov@192.168.0.1", ["email.domain"]),
        ("@", ["email.local_part", "email.domain"]),
    ],
)
def test_what_cannot_be_an_address_is_refused(address, codes):
    problems = validate_email(address)
    assert [p.code for p in problems] == codes
    assert all(p.field == "email" and p.is_error for p in problems)
    assert normalize_email(address) is None


def test_length_limits():
    domain = "@mail.ru"
    assert validate_email("a" * 64 + domain) == []
    assert [p.code for p in validate_email("a" * 65 + domain)] == ["email.local_part"]
    longest = "a@" + ".".join(["d" * 63] * 3 + ["d" * 60])
    assert len(longest) == 254
    assert validate_email(longest) == []
    too_long = "a@" + ".".join(["d" * 63] * 4)
    assert len(too_long) == 257
    problems = validate_email(too_long)
    assert [p.code for p in problems] == ["email.too_long"]
    assert problems[0].params == {"max_length": "254"}
    assert [p.code for p in validate_email("a@" + "d" * 64 + ".ru")] == ["email.domain"]


def test_normal_form_trims_and_lowercases_the_domain_only():
    assert normalize_email("  Ivan.Ivanov@Yandex.RU ") == "Ivan.Ivanov@yandex.ru"
    assert normalize_email("Иван@Почта.РФ") == "Иван@почта.рф"


def test_mask_shows_two_letters_and_the_domain():
    assert mask_email("ivanov@mail.ru") == "iv***@mail.ru"
    assert mask_email("Ivanov@Mail.ru") == "Iv***@Mail.ru"
    assert mask_email("иван@почта.рф") == "ив***@почта.рф"


def test_mask_never_shows_a_whole_short_mailbox_name():
    assert mask_email("ab@mail.ru") == "a***@mail.ru"
    assert mask_email("a@mail.ru") == "***@mail.ru"


def test_mask_of_something_that_is_no_address_hides_it_all():
    assert mask_email("ivanov") == "***"


@given(st.text(max_size=80))
def test_validation_never_fails_and_only_uses_known_codes(text):
    problems = validate_email(text)
    assert all(p.code in TEXTS for p in problems)
    normal = normalize_email(text)
    assert (normal is None) == bool(problems)
    if normal is not None:
        assert normalize_email(normal) == normal


@pytest.mark.parametrize(
    ("address", "code"),
    [
        ("iva\u200bnov@mail.ru", "text.characters"),  # zero-width space
        ("ivanov@mail\u200b.ru", "text.characters"),
        ("\u202eur.liam@vonavi", "text.characters"),  # right-to-left override
        ("ivanov\u2066@mail.ru", "text.characters"),
        ("\ufeffivanov@mail.ru", "text.characters"),
        ("ivanov\u0301@mail.ru", "email.local_part"),  # a combining accent
        ("ivanov@mai\u0301l.ru", "email.domain"),
        ("ivanоv@mail.ru", None),  # a Cyrillic «о»: allowed (Cyrillic addresses are real)
        ("ιvanov@mail.ru", "email.local_part"),  # a Greek iota looks like a Latin i
        ("ivanov@mail.ру", None),
        ("ivanov@maıl.ru", "email.domain"),  # dotless i (Turkish)
    ],
)
def test_hidden_and_look_alike_characters(address, code):
    problems = validate_email(address)
    assert [p.code for p in problems] == ([code] if code else [])
