CREATE OR REPLACE FUNCTION billing.organisation_types()
RETURNS text[]
LANGUAGE sql
IMMUTABLE PARALLEL SAFE
-- Kept equal to models.domain.organisation_types.ORGANISATION_TYPES (a test compares).
RETURN ARRAY['ООО', 'АО', 'ПАО', 'НАО', 'ЗАО', 'ОАО', 'МУП', 'ГУП', 'ФГУП', 'АНО', 'НКО', 'ТСЖ',
             'ТСН', 'ЖСК', 'СНТ', 'ИП']::text[];

ALTER FUNCTION billing.organisation_types() OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.organisation_types() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.organisation_types() TO billing_owner;
