CREATE OR REPLACE FUNCTION billing.organisation_types()
 RETURNS text[]
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
RETURN ARRAY['ООО'::text, 'АО'::text, 'ПАО'::text, 'НАО'::text, 'ЗАО'::text, 'ОАО'::text, 'МУП'::text, 'ГУП'::text, 'ФГУП'::text, 'АНО'::text, 'НКО'::text, 'ТСЖ'::text, 'ТСН'::text, 'ЖСК'::text, 'СНТ'::text, 'ИП'::text];

ALTER FUNCTION billing.organisation_types() OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.organisation_types() FROM PUBLIC;
