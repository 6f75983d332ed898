using System.Text;

namespace Marsad.Ingest;

/// <summary>
/// Keeps an HTML page's element nesting within <see cref="MaxDepth"/> before it is parsed: a page nested 300,000
/// &lt;div&gt; deep made the HTML parser and every tree walk after it cost minutes (each step is linear in the depth of
/// the open elements). A light tag scan counts open elements; tags that would open an element deeper than the limit, and
/// the tags closing them, are replaced by a space, so their text stays, in order, in the element at the limit.
/// Real pages nest a few dozen levels; browsers stop building depth at about 512.
/// Elements that close themselves (void elements, <c>/&gt;</c>) or that HTML closes implicitly (p, li, td…) are not
/// counted; comments and the raw text of script, style, textarea and title are skipped whole.
/// </summary>
internal static class HtmlDepthGuard
{
    public const int MaxDepth = 256;

    private static readonly HashSet<string> s_notCounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "html", "head", "body",
    };

    private static readonly string[] s_rawText = ["script", "style", "textarea", "title"];

    /// <summary>The page with over-deep tags replaced by spaces, and how many tags were dropped (0: the page itself).</summary>
    public static string Flatten(string html, out int dropped, out int deepest)
    {
        dropped = 0;
        deepest = 0;
        var open = new Stack<bool>();          // per open counted element: whether its tag was dropped
        var depth = 0;
        StringBuilder? result = null;
        var copied = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (html.AsSpan(i).StartsWith("<!--"))
            {
                var endComment = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = endComment < 0 ? html.Length : endComment + 3;
                continue;
            }
            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var nameStart = i + (closing ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-')) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }
            var end = html.IndexOf('>', nameEnd);
            if (end < 0) break;
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            var tagEnd = end + 1;
            if (!closing && RawText(name) is { } raw)
            {
                var rawEnd = html.IndexOf("</" + raw, tagEnd, StringComparison.OrdinalIgnoreCase);
                i = rawEnd < 0 ? html.Length : rawEnd;
                continue;
            }
            var counted = !s_notCounted.Contains(name.ToString()) && !(end > 0 && html[end - 1] == '/');
            var drop = false;
            if (counted && !closing)
            {
                depth++;
                deepest = Math.Max(deepest, depth);
                drop = depth > MaxDepth;
                open.Push(drop);
            }
            else if (counted && closing && open.Count > 0)
            {
                depth--;
                drop = open.Pop();
            }
            if (drop)
            {
                dropped++;
                result ??= new StringBuilder(html.Length);
                result.Append(html, copied, i - copied).Append(' ');
                copied = tagEnd;
            }
            i = tagEnd;
        }
        if (result is null) return html;
        return result.Append(html, copied, html.Length - copied).ToString();
    }

    private static string? RawText(ReadOnlySpan<char> name)
    {
        foreach (var raw in s_rawText)
            if (name.Equals(raw, StringComparison.OrdinalIgnoreCase)) return raw;
        return null;
    }
}
