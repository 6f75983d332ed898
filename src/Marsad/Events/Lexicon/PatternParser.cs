using Marsad.Text.Morphology;
using Marsad.Text.Normalization;

namespace Marsad.Events.Lexicon;

/// <summary>
/// Reads the pattern column of the event lexicons (see the header of Resources/Events/triggers.tsv): words separated by
/// spaces, | between alternatives, ~ for a gap, PAST/PRESENT for a verb whose person forms are generated here.
/// </summary>
public static class PatternParser
{
    public static IReadOnlyList<PatternWord> Parse(string pattern)
    {
        var words = new List<PatternWord>();
        var gap = 0;
        foreach (var part in pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part is "~" or "~~")
            {
                gap = part == "~" ? PatternWord.ShortGap : PatternWord.LongGap;
                continue;
            }
            // «(صاروخا|صواريخ)»: a context word, matched but left out of the match (PatternWord.Context).
            var context = part.Length > 2 && part[0] == '(' && part[^1] == ')';
            var text = context ? part[1..^1] : part;
            var verb = text.Contains('/');
            IReadOnlySet<string>? firstPersonOnly = null;
            var forms = verb ? VerbForms(text, out firstPersonOnly) : text.Split('|').Select(Key).ToHashSet(StringComparer.Ordinal);
            // «!طالب/يطالب»: the bare perfect is another word alone («طالب» student) but a verb after و/ف («وطالب»).
            var conjunctOnly = verb && text.StartsWith('!') ? MatchingKey.Of(text[1..text.IndexOf('/')].Split('|')[0]) : null;
            words.Add(new PatternWord(forms, verb, gap)
            {
                ConjunctOnly = conjunctOnly, FirstPersonOnly = firstPersonOnly, HamzaPerfect = verb ? HamzaPerfect(text) : null, HamzaBelowInitial = verb ? null : HamzaBelowInitial(text), Context = context,
            });
            gap = 0;
        }
        if (words.Count == 0 || words[0].GapBefore > 0) throw new FormatException($"Pattern '{pattern}' must start with a word.");
        var head = words.FindIndex(w => !w.Context);
        var last = words.FindLastIndex(w => !w.Context);
        if (head < 0 || words.Skip(head).Take(last - head + 1).Any(w => w.Context))
            throw new FormatException($"Pattern '{pattern}': context words in parentheses open or close a pattern around at least one word.");
        return words;
    }

    /// <summary>The key of a verb's bare perfect when it is written with a final hamza on alef (هنأ), else null.</summary>
    private static string? HamzaPerfect(string verb)
    {
        var past = verb[..verb.IndexOf('/')].TrimStart('!').Split('|')[0];
        return past.EndsWith('أ') ? MatchingKey.Of(past) : null;
    }

    /// <summary>
    /// The keys of a noun's alternatives written with إ first (إبعاد), or null when none is; a key another alternative
    /// spells with أ or ا too («(أن|إن)») accepts every spelling.
    /// </summary>
    private static HashSet<string>? HamzaBelowInitial(string noun)
    {
        var alternatives = noun.Split('|');
        var keys = alternatives.Where(w => w.StartsWith('إ')).Select(Key).ToHashSet(StringComparer.Ordinal);
        keys.ExceptWith(alternatives.Where(w => !w.StartsWith('إ')).Select(Key));
        return keys.Count == 0 ? null : keys;
    }

    /// <summary>A word of a data file in lookup form: its matching key, as written (an article stays: tokens are looked up both ways).</summary>
    public static string Key(string word) => MatchingKey.Of(word.Trim());

    /// <summary>
    /// Person forms of a verb (<see cref="VerbInflection"/>) from the perfect's first alternative and the present's first
    /// alternative, the others taken as written; with the forms only the first person's أ and ن prefixes make on the
    /// present, each if no other person or the perfect spells it too: «أعذب» (I torture, also the elative "sweetest")
    /// against «أطلق», which is also the perfect; «نطالب» (we demand) against «نشر», which is also the perfect.
    /// </summary>
    internal static HashSet<string> VerbForms(string word, out IReadOnlySet<string>? firstPersonOnly)
    {
        firstPersonOnly = null;
        var slash = word.IndexOf('/');
        var past = word[..slash].Split('|', StringSplitOptions.RemoveEmptyEntries);
        var present = word[(slash + 1)..].Split('|', StringSplitOptions.RemoveEmptyEntries);
        var forms = new HashSet<string>(StringComparer.Ordinal);
        if (past.Length > 0)
        {
            // «!طالب/يطالب»: the bare perfect, the first form, is left out (see Parse).
            var bare = !past[0].StartsWith('!');
            foreach (var form in VerbInflection.Perfect(past[0].TrimStart('!')).Skip(bare ? 0 : 1)) forms.Add(form.Form);
            foreach (var other in past.Skip(1)) forms.Add(MatchingKey.Of(other));
        }
        if (present.Length > 0)
        {
            var imperfect = VerbInflection.Imperfect(present[0]).ToList();
            foreach (var form in imperfect.Where(f => f.Person != VerbPerson.First)) forms.Add(form.Form);
            foreach (var other in present.Skip(1)) forms.Add(MatchingKey.Of(other));
            // Added last, so that a form some other person or the perfect spells too is no first person's alone.
            var own = imperfect.Where(f => f.Person == VerbPerson.First).Select(f => f.Form).Where(forms.Add).ToHashSet(StringComparer.Ordinal);
            if (own.Count > 0) firstPersonOnly = own;
        }
        return forms;
    }
}
