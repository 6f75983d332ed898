namespace Marsad.Storage.PostgreSql;

/// <summary>
/// The SQLite functions and catalog Marsad's queries use, defined in a PostgreSQL store's schema under the same names so
/// one query text serves both stores (created by <c>M001</c>'s PostgreSQL form). Each keeps SQLite's meaning for the
/// arguments Marsad passes: <c>json_each(text)</c> lists a JSON array's elements as <c>value</c> (PostgreSQL's own
/// <c>json_each(json)</c> takes objects and is untouched: ours takes text); <c>pragma_table_info(name)</c> and
/// <c>sqlite_master</c> answer which tables and columns exist; <c>json_extract(doc, '$.key')</c> reads one top-level key;
/// <c>instr</c>, <c>ifnull</c>, two-argument <c>min</c>/<c>max</c>; and the collation <c>nocase</c> compares ignoring case (ICU, non-deterministic).
/// </summary>
internal static class PgCompat
{
    public const string Functions = """
        CREATE FUNCTION json_each(ids text) RETURNS TABLE (value text) LANGUAGE sql IMMUTABLE STRICT
            AS $$ SELECT json_array_elements_text(ids::json) $$;
        CREATE FUNCTION pragma_table_info(tbl text) RETURNS TABLE (name text) LANGUAGE sql STABLE
            AS $$ SELECT column_name::text FROM information_schema.columns
                  WHERE table_schema = current_schema() AND table_name = tbl ORDER BY ordinal_position $$;
        CREATE VIEW sqlite_master AS
            SELECT 'table'::text AS type, table_name::text AS name FROM information_schema.tables
            WHERE table_schema = current_schema() AND table_type = 'BASE TABLE';
        CREATE FUNCTION json_extract(doc text, path text) RETURNS text LANGUAGE sql IMMUTABLE STRICT
            AS $$ SELECT CASE WHEN left(path, 2) = '$.' AND left(ltrim(doc), 1) = '{' THEN (doc::jsonb) ->> substr(path, 3) END $$;
        CREATE FUNCTION instr(haystack text, needle text) RETURNS bigint LANGUAGE sql IMMUTABLE STRICT
            AS $$ SELECT strpos(haystack, needle)::bigint $$;
        CREATE FUNCTION min(a anycompatible, b anycompatible) RETURNS anycompatible LANGUAGE sql IMMUTABLE
            AS $$ SELECT CASE WHEN a IS NULL OR b IS NULL THEN NULL ELSE least(a, b) END $$;
        CREATE FUNCTION max(a anycompatible, b anycompatible) RETURNS anycompatible LANGUAGE sql IMMUTABLE
            AS $$ SELECT CASE WHEN a IS NULL OR b IS NULL THEN NULL ELSE greatest(a, b) END $$;
        CREATE FUNCTION ifnull(a anycompatible, b anycompatible) RETURNS anycompatible LANGUAGE sql IMMUTABLE
            AS $$ SELECT coalesce(a, b) $$;
        DO $$ BEGIN
            CREATE COLLATION nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
        EXCEPTION WHEN OTHERS THEN
            CREATE COLLATION nocase FROM "C";
        END $$;
        """;
}
