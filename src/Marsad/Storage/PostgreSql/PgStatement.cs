using System.Collections.Concurrent;
using System.Text;
using Npgsql;

namespace Marsad.Storage.PostgreSql;

/// <summary>
/// The PostgreSQL form of one Marsad SQL text. Its <c>$name</c> parameters become PostgreSQL's own numbered ones
/// (<c>$1</c>, <c>$2</c>… in order of first appearance, a name used twice keeping its number), bound by position, so Npgsql
/// sends the text as it is: with named parameters it parses the whole text on every execution to find and rewrite them,
/// which cost a PostgreSQL save as much client CPU as reading its results. One command cannot carry several statements
/// with numbered parameters, so a text of several statements keeps named ones (<c>@name</c>) and Npgsql splits it.
/// Forms are kept per text: Marsad's SQL is a few hundred constant strings.
/// </summary>
internal sealed class PgStatement
{
    private static readonly ConcurrentDictionary<string, PgStatement> Forms = new(StringComparer.Ordinal);

    // Texts built at run time (a filter's conditions) could be many; past this many, forms are made without being kept.
    private const int MaxKept = 2048;

    private PgStatement(string text, string[]? positional)
    {
        Text = text;
        Positional = positional;
    }

    /// <summary>The text Npgsql runs.</summary>
    public string Text { get; }

    /// <summary>The parameter names (without <c>$</c>) in the order of <c>$1</c>, <c>$2</c>…; null when the text is named.</summary>
    public string[]? Positional { get; }

    public static PgStatement Of(string sql)
    {
        if (Forms.TryGetValue(sql, out var form)) return form;
        form = Make(sql);
        if (Forms.Count < MaxKept) Forms.TryAdd(sql, form);
        return form;
    }

    /// <summary>
    /// Npgsql parameters for this form: by position when it is positional, else by name. <paramref name="valueOf"/> gives
    /// the value bound to a name (without <c>$</c>) as SQLite would bind it (<see cref="PgCommand.Bind"/>).
    /// </summary>
    public void Bind(NpgsqlParameterCollection target, IReadOnlyList<(string Name, object? Value)> values)
    {
        if (Positional is null)
        {
            target.Clear();
            foreach (var (name, value) in values) target.Add(new NpgsqlParameter(Bare(name), PgCommand.Bind(value)));
            return;
        }
        if (target.Count != Positional.Length || target.Count > 0 && target[0].ParameterName.Length > 0)
        {
            target.Clear();
            for (var i = 0; i < Positional.Length; i++) target.Add(new NpgsqlParameter());
        }
        for (var i = 0; i < Positional.Length; i++) target[i].Value = PgCommand.Bind(ValueOf(Positional[i], values));
    }

    private static object? ValueOf(string name, IReadOnlyList<(string Name, object? Value)> values)
    {
        foreach (var (candidate, value) in values)
            if (Bare(candidate).Equals(name, StringComparison.Ordinal)) return value;
        throw new InvalidOperationException($"The SQL names the parameter ${name}, which the command was not given.");
    }

    /// <summary>A parameter name without the sigil it was added with (<c>$name</c>, <c>@name</c>, <c>:name</c>).</summary>
    public static string Bare(string name) => name.Length > 0 && name[0] is '$' or '@' or ':' ? name[1..] : name;

    /// <summary>
    /// Scans <paramref name="sql"/> outside '…' strings, "…" identifiers, $$ bodies and -- comments: the <c>$name</c>
    /// parameters, and whether a second statement follows a semicolon.
    /// </summary>
    private static PgStatement Make(string sql)
    {
        if (!sql.Contains('$')) return new PgStatement(sql, []);
        var names = new List<string>();
        var numbered = new StringBuilder(sql.Length);
        var named = new StringBuilder(sql.Length);
        var statements = 1;
        var ended = false;
        for (var i = 0; i < sql.Length; i++)
        {
            var c = sql[i];
            if (ended && !char.IsWhiteSpace(c)) { statements++; ended = false; }
            if (c is '\'' or '"' || c == '$' && At(sql, i + 1) == '$' || c == '-' && At(sql, i + 1) == '-')
            {
                var end = c switch
                {
                    '$' => IndexOrEnd(sql, "$$", i + 2) + 2,
                    '-' => IndexOrEnd(sql, "\n", i + 2) + 1,
                    _ => IndexOrEnd(sql, c.ToString(), i + 1) + 1,
                };
                end = Math.Min(end, sql.Length);
                numbered.Append(sql, i, end - i);
                named.Append(sql, i, end - i);
                i = end - 1;
                continue;
            }
            if (c == '$' && (char.IsLetter(At(sql, i + 1)) || At(sql, i + 1) == '_'))
            {
                var start = i + 1;
                var stop = start;
                while (stop < sql.Length && (char.IsLetterOrDigit(sql[stop]) || sql[stop] == '_')) stop++;
                var name = sql[start..stop];
                var number = names.IndexOf(name);
                if (number < 0) { names.Add(name); number = names.Count - 1; }
                numbered.Append('$').Append(number + 1);
                named.Append('@').Append(name);
                i = stop - 1;
                continue;
            }
            if (c == ';') ended = true;
            numbered.Append(c);
            named.Append(c);
        }
        return statements == 1 ? new PgStatement(numbered.ToString(), [.. names]) : new PgStatement(named.ToString(), null);
    }

    private static char At(string text, int index) => index < text.Length ? text[index] : '\0';

    private static int IndexOrEnd(string text, string value, int from)
    {
        var index = text.IndexOf(value, from, StringComparison.Ordinal);
        return index < 0 ? text.Length : index;
    }
}
