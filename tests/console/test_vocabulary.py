"""Every stored reading source and payment channel has one name, the portals' own."""

from __future__ import annotations

import pytest

from console.vocabulary import payment_channel_label, reading_source_label
from models.domain.enums import PaymentChannel, ReadingSource

PORTAL_NAMES = {
    ReadingSource.CUSTOMER: "абонентские",
    ReadingSource.CUSTOMER_ANONYMOUS: "абонентские без регистрации",
    ReadingSource.OPERATOR: "операторские",
    ReadingSource.INSPECTOR: "контролёра",
    ReadingSource.SMART_METER: "АСКУЭ",
    ReadingSource.ESTIMATED: "расчётные",
}


@pytest.mark.parametrize("source", list(ReadingSource))
def test_reading_sources_as_the_portals_name_them(russian, source: ReadingSource) -> None:
    assert reading_source_label(source.value) == PORTAL_NAMES[source]


@pytest.mark.parametrize("channel", list(PaymentChannel))
def test_every_payment_channel_has_a_russian_name(russian, channel: PaymentChannel) -> None:
    name = payment_channel_label(channel.value)
    assert name != channel.value
    assert all("а" <= letter <= "я" or letter in " -ё" for letter in name)
