"""The supervisors' moderation tab: queues, decision view, dashboard."""
