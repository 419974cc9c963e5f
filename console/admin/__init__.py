"""Administration: the operators tab and the audit browser (billing_admin only)."""
