using Marsad.Storage.PostgreSql;

namespace Marsad.Tests.Storage;

/// <summary>
/// The PostgreSQL form of Marsad's SQL (<see cref="PgStatement"/>): <c>$name</c> parameters numbered so Npgsql sends the
/// text without parsing it, quoted text left alone, and a text of several statements kept with named parameters.
/// </summary>
public sealed class PgStatementTests
{
    [Fact]
    public void ParametersAreNumberedInOrderOfFirstUseAndARepeatedNameKeepsItsNumber()
    {
        var statement = PgStatement.Of("SELECT count(*) FROM entity_mentions WHERE article_id = $article AND (entity_id = $id OR $id IS NULL) AND article_id <> $other");

        Assert.Equal("SELECT count(*) FROM entity_mentions WHERE article_id = $1 AND (entity_id = $2 OR $2 IS NULL) AND article_id <> $3", statement.Text);
        Assert.Equal(["article", "id", "other"], statement.Positional!);
    }

    [Fact]
    public void DollarsInsideStringsIdentifiersBodiesAndCommentsAreNotParameters()
    {
        var statement = PgStatement.Of("""
            SELECT json_extract(doc, '$.name') AS "$col", $$ $body $$ FROM t -- $comment
            WHERE name = $name
            """);

        Assert.Equal("""
            SELECT json_extract(doc, '$.name') AS "$col", $$ $body $$ FROM t -- $comment
            WHERE name = $1
            """, statement.Text);
        Assert.Equal(["name"], statement.Positional!);
    }

    [Fact]
    public void ATextOfSeveralStatementsKeepsNamedParameters()
    {
        var statement = PgStatement.Of("DELETE FROM quotes WHERE article_id = $article; DELETE FROM events WHERE article_id = $article;");

        Assert.Equal("DELETE FROM quotes WHERE article_id = @article; DELETE FROM events WHERE article_id = @article;", statement.Text);
        Assert.Null(statement.Positional!);
    }

    [Fact]
    public void ATrailingSemicolonIsStillOneStatement()
    {
        var statement = PgStatement.Of("UPDATE story_state SET value = $value WHERE key = $key;\n");

        Assert.Equal("UPDATE story_state SET value = $1 WHERE key = $2;\n", statement.Text);
        Assert.Equal(["value", "key"], statement.Positional!);
    }
}
