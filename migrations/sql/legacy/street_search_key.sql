CREATE OR REPLACE FUNCTION billing.street_search_key(p_street text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE STRICT
RETURN btrim(regexp_replace(translate(lower(p_street), 'ё'::text, 'е'::text), '^(ул|улица|пр-т|пр-кт|просп|проспект|пр|пер|переулок|пл|площадь|ш|шоссе|б-р|бульвар|наб|набережная|мкр|мкрн|микрорайон|проезд|пр-д|туп|тупик|аллея|кв-л|квартал|тракт|спуск)\.?\s+|\s+(ул|улица|пр-т|пр-кт|просп|проспект|пр|пер|переулок|пл|площадь|ш|шоссе|б-р|бульвар|наб|набережная|мкр|мкрн|микрорайон|проезд|пр-д|туп|тупик|аллея|кв-л|квартал|тракт|спуск)\.?$'::text, ''::text, 'g'::text));

ALTER FUNCTION billing.street_search_key(text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.street_search_key(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.street_search_key(text) TO billing_agent, billing_cashier, billing_supervisor;
