using System.Data.Common;
using Marsad.Storage;

namespace Marsad.Export;

/// <summary>
/// The text of the article whose rows are streaming, read once per article: exports read their rows in article order,
/// so only one text is held at a time, whatever the number of rows. Cuts a fact's sentence from it.
/// </summary>
internal sealed class ArticleTexts : IDisposable
{
    private readonly DbCommand _command;
    private readonly DbParameter _id;
    private string? _current;
    private string _text = "";

    public ArticleTexts(MarsadStore store)
    {
        _command = store.Connection.CreateCommand();
        _command.CommandText = "SELECT text FROM articles WHERE id = $id";
        _id = _command.Parameters.AddWithValue("$id", null);
    }

    /// <summary>The sentence <c>[start, end)</c> of the article, clamped to its text, with the clamped offsets.</summary>
    public (string Text, long Start, long End) Sentence(string articleId, int start, int end)
    {
        if (articleId != _current)
        {
            _id.Value = articleId;
            _text = (string)_command.ExecuteScalar()!;
            _current = articleId;
        }
        var from = Math.Clamp(start, 0, _text.Length);
        var to = Math.Clamp(end, from, _text.Length);
        return (_text[from..to], from, to);
    }

    public void Dispose() => _command.Dispose();
}
