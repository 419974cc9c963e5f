"""ORM entities of the billing database, named after ``shared/GLOSSARY.md``.

Importing this package registers every table on :data:`models.base.Base.metadata`.
"""

from models.entities.accounts import Account
from models.entities.audit import AuditEntry
from models.entities.billing import Bill, BillLine
from models.entities.customers import Contract, Customer, Region
from models.entities.meters import Meter, MeteringPoint
from models.entities.notification_templates import NotificationTemplate
from models.entities.notifications import Notification
from models.entities.payments import Payment
from models.entities.portal import (
    AccountLink,
    LinkRequest,
    PortalUser,
    RegistrationReview,
)
from models.entities.readings import Reading
from models.entities.tariffs import Tariff

__all__ = [
    "Account",
    "AccountLink",
    "AuditEntry",
    "Bill",
    "BillLine",
    "Contract",
    "Customer",
    "LinkRequest",
    "Meter",
    "MeteringPoint",
    "Notification",
    "NotificationTemplate",
    "Payment",
    "PortalUser",
    "Reading",
    "Region",
    "RegistrationReview",
    "Tariff",
]
