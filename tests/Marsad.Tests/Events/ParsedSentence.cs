using Marsad.Events;
using Marsad.Events.Actors;
using Marsad.Events.Lexicon;

namespace Marsad.Tests.Events;

/// <summary>
/// A sentence as the events step reads it, for tests that call one argument pass alone: its tokens, actor phrases and
/// triggers, with a mark on each trigger's first token.
/// </summary>
internal sealed record ParsedSentence(EventText Text, IReadOnlyList<TriggerMatch> Triggers, bool[] IsTrigger)
{
    public static readonly EventLanguage Language = EventLanguage.Default;

    public static ParsedSentence Parse(string sentence)
    {
        var text = EventCoder.Default.Prepare(EventAnnotator.InputOf(EventTestPipeline.Analyze(sentence)));
        var triggers = new TriggerFinder(Language).Find(text);
        var isTrigger = new bool[text.Tokens.Count];
        foreach (var m in triggers) isTrigger[m.First] = true;
        return new ParsedSentence(text, triggers, isTrigger);
    }

    public int End => Text.Tokens.Count;

    public int IndexOf(string word) => Text.Tokens.First(t => t.Normalized == word).Index;

    public TriggerMatch Trigger(string word) => Triggers.First(m => Text.Tokens[m.First].Normalized == word);

    /// <summary>The actor phrase that reads exactly so.</summary>
    public ActorPhrase Phrase(string words) => Text.Actors.First(p => p.Text == words);

    /// <summary>An event draft of every trigger, in text order, as the resolver receives them.</summary>
    public IReadOnlyList<DraftEvent> Drafts() => [.. Triggers.Select(m => new DraftEvent(m))];

    /// <summary>The state one argument step reads and fills for the event whose trigger opens with the word, among drafts of all triggers.</summary>
    public Marsad.Events.Arguments.MentionArguments Mention(string word)
    {
        var drafts = Drafts();
        var draftAt = new Dictionary<int, DraftEvent>();
        foreach (var draft in drafts) draftAt.TryAdd(draft.Trigger.First, draft);
        var index = drafts.Select((d, i) => (d, i)).First(x => Text.Tokens[x.d.Trigger.First].Normalized == word).i;
        return new Marsad.Events.Arguments.MentionArguments(Text, drafts, index, IsTrigger, draftAt);
    }
}
