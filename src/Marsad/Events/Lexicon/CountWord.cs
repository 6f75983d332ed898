using Marsad.Text.Tokenization;

namespace Marsad.Events.Lexicon;

/// <summary>
/// A token that counts: a figure («12») or a number word of Resources/Time/numbers.tsv («ثلاثة», «عشرات», «مئات»).
/// The one test for a count, shared by the count before a group noun (<see cref="Actors.ActorPhraseFinder"/>) and the
/// count after a perfect that makes it passive (<see cref="PassiveVoice"/>); ordinals and fractions count nothing.
/// </summary>
public static class CountWord
{
    public static bool Is(Token token) =>
        token.Kind == TokenKind.Number
        || token.IsWord && Time.Lexicon.TimeLexicon.Default.Numbers.TryWord(token.Key, out var n)
           && n.Kind is "cardinal" or "ten" or "tens" or "hundred" or "thousand";
}
