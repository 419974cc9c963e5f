"""Filling a queue for the concurrency test and the benchmark."""

from __future__ import annotations

from sqlalchemy import Connection, text


def fill_link_queue(connection: Connection, count: int) -> list[int]:
    """Make ``count`` pending link requests (the only ones waiting); their ids."""
    connection.execute(
        text(
            "UPDATE billing.link_request SET status = 'cancelled' WHERE status IN ('new', 'pending')"
        )
    )
    rows = connection.execute(
        text(
            """
            INSERT INTO billing.link_request (portal_user_id, region_id, account_number,
                                              proof_kind, proof_value, status, created_at)
            SELECT u.id, a.region_id, a.number, 'surname_prefix', 'Щщщ', 'pending',
                   now() - make_interval(mins => g)
              FROM generate_series(1, :count) AS g
              JOIN LATERAL (SELECT id FROM billing.portal_user WHERE status = 'active'
                             ORDER BY id OFFSET g % 20 LIMIT 1) AS u ON true
              JOIN LATERAL (SELECT region_id, number FROM billing.account
                             ORDER BY id OFFSET g % 250 LIMIT 1) AS a ON true
            RETURNING id
            """
        ),
        {"count": count},
    )
    return [r[0] for r in rows]
