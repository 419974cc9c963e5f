"""ORM entities of the billing database, named after ``shared/GLOSSARY.md``.

Importing this package registers every table on :data:`models.base.Base.metadata`.
"""

from models.entities.accounts import Account, AccountTotal
from models.entities.appeals import Appeal, Interaction, InteractionTopic
from models.entities.audit import AuditEntry
from models.entities.billing import Bill, BillLine
from models.entities.business_clock import BusinessClockSetting
from models.entities.cash_shift import CashShift
from models.entities.customers import Contract, Customer, Region
from models.entities.fiscal import CashDesk, FiscalCheque, FiscalCorrection
from models.entities.lookup import PortalAction
from models.entities.meters import Meter, MeteringPoint
from models.entities.moderation import RejectionReason
from models.entities.notification_templates import NotificationTemplate
from models.entities.notifications import Notification
from models.entities.operators import LoginFingerprint, Operator
from models.entities.payments import InternetPayment, Payment
from models.entities.portal import (
    AccountLink,
    LinkRequest,
    MergeRequest,
    PortalCode,
    PortalRuleSet,
    PortalUser,
    RegistrationProof,
    RegistrationReview,
)
from models.entities.print_log import PrintRecord
from models.entities.readings import Reading
from models.entities.settings import (
    BillingSettingsRow,
    CalendarDay,
    SupplierDetailsRow,
    TariffAct,
)
from models.entities.tariffs import ConsumptionNorm, Tariff

__all__ = [
    "Account",
    "AccountLink",
    "AccountTotal",
    "Appeal",
    "AuditEntry",
    "Bill",
    "BillLine",
    "BillingSettingsRow",
    "BusinessClockSetting",
    "CalendarDay",
    "CashDesk",
    "CashShift",
    "ConsumptionNorm",
    "Contract",
    "Customer",
    "FiscalCheque",
    "FiscalCorrection",
    "Interaction",
    "InteractionTopic",
    "InternetPayment",
    "LinkRequest",
    "LoginFingerprint",
    "MergeRequest",
    "Meter",
    "MeteringPoint",
    "Notification",
    "NotificationTemplate",
    "Operator",
    "Payment",
    "PortalAction",
    "PortalCode",
    "PortalRuleSet",
    "PortalUser",
    "PrintRecord",
    "Reading",
    "Region",
    "RegistrationProof",
    "RegistrationReview",
    "RejectionReason",
    "SupplierDetailsRow",
    "Tariff",
    "TariffAct",
]
