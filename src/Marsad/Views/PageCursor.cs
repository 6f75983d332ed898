namespace Marsad.Views;

/// <summary>
/// The cursor of a list of facts kept per article (events, quotes): the article id and the fact's id within it, written
/// <c>ARTICLE:ID</c>. It names the last item of a page; the next page starts after that item's place in the list's order,
/// so a page costs the same at any depth and items stored meanwhile do not shift the pages.
/// </summary>
public static class PageCursor
{
    public static string Format(string articleId, string localId) => articleId + ":" + localId;

    /// <summary>The article and local id of a cursor, or null for none; a malformed one is a <see cref="ViewException"/>.</summary>
    public static (string ArticleId, string LocalId)? Parse(string? after)
    {
        if (string.IsNullOrEmpty(after)) return null;
        var colon = after.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && colon < after.Length - 1) return (after[..colon], after[(colon + 1)..]);
        throw NotACursor(after);
    }

    public static ViewException NotACursor(string after) =>
        ViewException.Invalid($"'{after}' is not a page cursor: pass the 'next' value of the previous page.");
}
