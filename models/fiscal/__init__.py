"""Fiscal cheques (54-ФЗ): the cash-register interface, its drivers and the cheques."""
