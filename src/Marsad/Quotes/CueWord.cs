namespace Marsad.Quotes;

/// <summary>How a cue word stands to its speaker.</summary>
public enum CueForm
{
    /// <summary>A finite verb (قال، وأضافت، يقول): the subject follows it, or stands before it in nominal order.</summary>
    Verb,
    /// <summary>A circumstantial participle (مضيفا، قائلا): its subject is the subject of the clause it hangs on.</summary>
    Participle,
    /// <summary>A verbal noun (قوله، القول): the speaker is named before it.</summary>
    Noun,
}

/// <summary>
/// A word of a cue lexicon: its form, whether it needs a complementiser or quotation mark to count, and for a verb that
/// relays another's words (نقل عن) the preposition after which the real speaker is named.
/// </summary>
public sealed record CueWord(string Lemma, CueForm Form, bool NeedsComplement, bool Feminine)
{
    public string? RelayPreposition { get; init; }

    /// <summary>The form is also the impersonal passive (يُذكر أن، يُعتقد أن: cues.tsv flag impersonal).</summary>
    public bool Impersonal { get; init; }

    /// <summary>The form is written like a common preposition (بيّن and بين «between»: cues.tsv flag preposition), so it is a
    /// cue only where a clause begins.</summary>
    public bool AlsoPreposition { get; init; }

    /// <summary>The form of the third person masculine singular (قال، يقول، مضيفا): its subject is one man or a masculine
    /// noun, as <see cref="Feminine"/> (قالت، تقول، مضيفة) says a woman or a feminine noun. Plural and dual forms are neither.</summary>
    public bool Masculine { get; init; }

    /// <summary>A plural form of the third person (قالوا، يقولون، مشيرين، مؤكدات): its subject is a group, never one person.</summary>
    public bool Plural { get; init; }

    /// <summary>An imperfect form of the verb (يقول، تؤكد، نشير): after a bare أن it is in the subjunctive, what is yet to be
    /// said, never a report of what was.</summary>
    public bool Imperfect { get; init; }
}
