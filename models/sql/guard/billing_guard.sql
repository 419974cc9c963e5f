-- Schema billing_guard: what only a superuser may install and nothing else may change.
-- It belongs to the superuser that runs the migrations, not to billing_owner or
-- billing_data_owner, so neither the console's functions nor the tables' owner can
-- replace or drop what lives here. Installed only when the migration runs as a
-- superuser (the embedded and test servers do; see docs/privileges.md for real servers).
CREATE SCHEMA IF NOT EXISTS billing_guard;
REVOKE ALL ON SCHEMA billing_guard FROM PUBLIC;
GRANT USAGE ON SCHEMA billing_guard TO billing_owner;
