using System.Collections.Frozen;
using Marsad.Text.Normalization;

namespace Marsad.LanguageData;

/// <summary>
/// The question words of Resources/Text/questions.tsv in matching-key form, read once for the steps that share them:
/// Events drops an act a yes/no particle asks about, Quotes drops the verb of thinking in a question put to someone.
/// </summary>
internal sealed class QuestionWords
{
    private const string File = "questions.tsv";
    private static readonly Lazy<QuestionWords> s_default = new(() => new QuestionWords());

    public static QuestionWords Default => s_default.Value;

    /// <summary>The yes/no particles (kind polar): هل.</summary>
    public FrozenSet<string> Polar { get; }

    /// <summary>Every question word, polar and wh- (ما، لماذا، كيف…).</summary>
    public FrozenSet<string> All { get; }

    private QuestionWords()
    {
        var polar = new HashSet<string>(StringComparer.Ordinal);
        var all = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (number, line) in LanguageFile.DataLines("Text", File))
        {
            var fields = line.Split('\t');
            if (fields.Length != 2 || fields[1].Trim() is not ("polar" or "wh"))
                throw new InvalidDataException($"{File} line {number}: expected 'word<TAB>polar|wh'");
            var key = MatchingKey.Of(fields[0].Trim());
            all.Add(key);
            if (fields[1].Trim() == "polar") polar.Add(key);
        }
        Polar = polar.ToFrozenSet(StringComparer.Ordinal);
        All = all.ToFrozenSet(StringComparer.Ordinal);
    }
}
