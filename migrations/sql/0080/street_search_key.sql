CREATE OR REPLACE FUNCTION billing.street_search_key(p_street text)
RETURNS text
LANGUAGE sql
IMMUTABLE PARALLEL SAFE STRICT
-- The street name without «ул.», «пр-т»... (models.domain.search_keys.street_search_key);
-- a generated column of billing.account.
RETURN pg_catalog.btrim(pg_catalog.regexp_replace(
    pg_catalog.translate(pg_catalog.lower(p_street), 'ё', 'е'),
    '^(ул|улица|пр-т|пр-кт|просп|проспект|пр|пер|переулок|пл|площадь|ш|шоссе|б-р|бульвар|наб|набережная|мкр|мкрн|микрорайон|проезд|пр-д|туп|тупик|аллея|кв-л|квартал|тракт|спуск)\.?\s+|\s+(ул|улица|пр-т|пр-кт|просп|проспект|пр|пер|переулок|пл|площадь|ш|шоссе|б-р|бульвар|наб|набережная|мкр|мкрн|микрорайон|проезд|пр-д|туп|тупик|аллея|кв-л|квартал|тракт|спуск)\.?$',
    '', 'g'));

ALTER FUNCTION billing.street_search_key(text) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.street_search_key(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.street_search_key(text) TO billing_owner, billing_agent, billing_cashier, billing_supervisor;
