using System.Buffers;
using System.Text;

namespace Marsad.Text.Normalization;

/// <summary>
/// Cleans Arabic news text for analysis and keeps a map back to the original.
/// Rules, in the order applied to each character:
/// <list type="number">
/// <item>Presentation forms (U+FB50–FDFF, U+FE70–FEFF) become their base letters by NFKC: ﻻ → لا, ﺑ → ب.</item>
/// <item>Removed: tatweel ـ after a letter (between numbers, as in «2013 ــ 2022», a run of it is a hyphen), harakat and tanween (U+064B–065F), superscript alef (U+0670), Quranic marks (U+06D6–06ED).</item>
/// <item>Removed: bidi controls (LRM, RLM, ALM, embeddings, isolates), zero-width characters, BOM, soft hyphen.</item>
/// <item>Arabic-Indic (٠–٩) and Persian (۰–۹) digits become ASCII; ٫ → '.', ٬ → ',', ٪ → '%'.</item>
/// <item>No-break and typographic spaces become a plain space; CR LF and lone CR become LF.</item>
/// </list>
/// Letter variants (أ/ا, ى/ي, ة/ه) are kept here for display; <see cref="MatchingKey"/> folds them.
/// Hand-written because Lucene's normalizer deletes characters in place and loses the offsets
/// that every annotation needs back into the article.
/// </summary>
public static class ArabicNormalizer
{
    // Classes of the characters below U+0700 (Latin and Arabic, nearly all of a news text) looked up once.
    private const int TableSize = 0x0700;
    private static readonly CharClass[] s_table = BuildTable();

    public static NormalizedText Normalize(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        // Output is no longer than input except where a presentation form expands (ﻻ → لا); Grow covers that.
        // The letters go to a pooled buffer, copied once into the result string; the offsets stay with the result.
        var text = ArrayPool<char>.Shared.Rent(Math.Max(16, original.Length));
        var starts = new int[Math.Max(16, original.Length)];
        var lengths = new byte[Math.Max(16, original.Length)];
        Dictionary<int, int>? longSpans = null;
        var length = 0;

        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            var cls = c < TableSize ? s_table[c] : Classify(c);
            if (cls == CharClass.Keep)
            {
                // Most characters: kept as they are. Written inline because this loop is the hot path of the text stage.
                if (length == starts.Length) Grow(ref text, ref starts, ref lengths);
                text[length] = c;
                starts[length] = i;
                lengths[length++] = 1;
                continue;
            }
            switch (cls)
            {
                case CharClass.AttachToPrevious:
                    // A tatweel between numbers («2013 ــ 2022») is a dash, its run one hyphen over the run's span.
                    if (c == Tatweel && i > 0 && original[i - 1] != Tatweel && DashBetweenNumbers(original, i, text, length))
                    {
                        Append('-', i, i + 1);
                        break;
                    }
                    // A diacritic or tatweel belongs to the letter before it: widen that letter's span.
                    if (length > 0) Widen(length - 1, i);
                    break;
                case CharClass.Drop:
                    break;
                case CharClass.Digit:
                    Append(ToAsciiDigit(c), i, i + 1);
                    break;
                case CharClass.Space:
                    Append(' ', i, i + 1);
                    break;
                case CharClass.CarriageReturn:
                    if (i + 1 < original.Length && original[i + 1] == '\n')
                    {
                        Append('\n', i, i + 2);
                        i++;
                    }
                    else Append('\n', i, i + 1);
                    break;
                case CharClass.PresentationForm:
                    var decomposed = c.ToString().Normalize(NormalizationForm.FormKC);
                    foreach (var d in decomposed)
                    {
                        var dcls = Classify(d);
                        if (dcls is CharClass.Keep) Append(d, i, i + 1);
                        else if (dcls is CharClass.Space) Append(' ', i, i + 1);
                        // Presentation forms of harakat (U+FE70…) decompose to a space plus the mark.
                        else if (dcls is CharClass.AttachToPrevious && length > 0) Widen(length - 1, i);
                    }
                    break;
                case CharClass.Punctuation:
                    Append(ToAsciiPunctuation(c), i, i + 1);
                    break;
            }
        }

        // The offset arrays may be longer than the text; NormalizedText reads only the first Text.Length entries.
        var result = new NormalizedText(original, new string(text, 0, length), starts, lengths, longSpans);
        ArrayPool<char>.Shared.Return(text);
        return result;

        void Append(char c, int start, int end)
        {
            if (length == starts.Length) Grow(ref text, ref starts, ref lengths);
            text[length] = c;
            starts[length] = start;
            lengths[length++] = (byte)(end - start);
        }

        // Extends the span of normalized character k over original character i, if its span ends right before i.
        void Widen(int k, int i)
        {
            var end = OriginalEnd(k);
            if (end != i) return;
            if (lengths[k] < byte.MaxValue - 1) lengths[k]++;
            else
            {
                lengths[k] = byte.MaxValue;
                (longSpans ??= [])[k] = i + 1;
            }
        }

        int OriginalEnd(int k) =>
            lengths[k] == byte.MaxValue && longSpans is not null && longSpans.TryGetValue(k, out var end) ? end : starts[k] + lengths[k];
    }

    /// <summary>Whether the tatweel run at <paramref name="at"/> stands between a digit written before it and one after it.</summary>
    private static bool DashBetweenNumbers(string original, int at, char[] text, int length)
    {
        var before = length - 1;
        while (before >= 0 && text[before] == ' ') before--;
        if (before < 0 || !char.IsAsciiDigit(text[before])) return false;
        var after = at;
        while (after < original.Length && original[after] is Tatweel or ' ') after++;
        return after < original.Length && char.IsDigit(original[after]);
    }

    private static void Grow(ref char[] text, ref int[] starts, ref byte[] lengths)
    {
        var size = Math.Max(16, starts.Length * 2);
        if (text.Length < size)
        {
            var larger = ArrayPool<char>.Shared.Rent(size);
            text.AsSpan().CopyTo(larger);
            ArrayPool<char>.Shared.Return(text);
            text = larger;
        }
        Array.Resize(ref starts, size);
        Array.Resize(ref lengths, size);
    }

    private static CharClass[] BuildTable()
    {
        var table = new CharClass[TableSize];
        for (var c = 0; c < TableSize; c++) table[c] = Classify((char)c);
        return table;
    }


    private const char Tatweel = '\u0640';

    private enum CharClass { Keep, AttachToPrevious, Drop, Digit, Space, CarriageReturn, PresentationForm, Punctuation }

    private static CharClass Classify(char c) => c switch
    {
        Tatweel => CharClass.AttachToPrevious,
        >= '\u064B' and <= '\u065F' => CharClass.AttachToPrevious,    // harakat, tanween, shadda, sukun
        '\u0670' => CharClass.AttachToPrevious,                       // superscript alef
        >= '\u06D6' and <= '\u06DC' => CharClass.AttachToPrevious,    // Quranic annotation marks
        >= '\u06DF' and <= '\u06E4' => CharClass.AttachToPrevious,
        '\u06E7' or '\u06E8' => CharClass.AttachToPrevious,
        >= '\u06EA' and <= '\u06ED' => CharClass.AttachToPrevious,
        '\u200E' or '\u200F' or '\u061C' => CharClass.Drop,           // LRM, RLM, ALM
        >= '\u202A' and <= '\u202E' => CharClass.Drop,                // embeddings and overrides
        >= '\u2066' and <= '\u2069' => CharClass.Drop,                // isolates
        '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' => CharClass.Drop,
        >= '\u0660' and <= '\u0669' => CharClass.Digit,
        >= '\u06F0' and <= '\u06F9' => CharClass.Digit,
        '\u00A0' or '\u202F' or '\u205F' or '\u3000' or '\u1680' => CharClass.Space,
        >= '\u2000' and <= '\u200A' => CharClass.Space,
        '\r' => CharClass.CarriageReturn,
        '\u066B' or '\u066C' or '\u066A' => CharClass.Punctuation,
        >= '\uFB50' and <= '\uFDFF' => CharClass.PresentationForm,
        >= '\uFE70' and <= '\uFEFE' => CharClass.PresentationForm,
        _ => CharClass.Keep,
    };

    private static char ToAsciiDigit(char c) =>
        c <= '\u0669' ? (char)('0' + (c - '\u0660')) : (char)('0' + (c - '\u06F0'));

    private static char ToAsciiPunctuation(char c) => c switch
    {
        '\u066B' => '.',
        '\u066C' => ',',
        _ => '%',
    };
}
