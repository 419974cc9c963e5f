"""The supervisors' moderation tab: queues, decision view, outbox, dashboard."""
