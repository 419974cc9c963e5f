"""The regions' consumption norms for the console's views (reads in
:mod:`models.queries.norms`, the admins' writes in :mod:`models.operations.norms`)."""

from __future__ import annotations

from models.operations.norms import delete_norm, save_norm
from models.queries.norms import ConsumptionNormRow, norms_of_region

__all__ = ["ConsumptionNormRow", "delete_norm", "norms_of_region", "save_norm"]
