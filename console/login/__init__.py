"""Logging in and staying safely logged in: the login dialog, saved passwords in the OS
keyring, the idle lock and the lost-connection banner."""
