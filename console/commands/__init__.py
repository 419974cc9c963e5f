"""Command-line subcommands of ``billing-console``, one module each."""
