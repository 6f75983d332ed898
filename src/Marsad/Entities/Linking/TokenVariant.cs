using Marsad.Entities.Gazetteer;

namespace Marsad.Entities.Linking;

/// <summary>
/// One reading of a token's key (<see cref="ProcliticVariants"/>): the key with <see cref="Stripped"/> proclitic letters
/// taken off, and what the gazetteer knows of that word.
/// </summary>
internal readonly record struct TokenVariant(string Key, int Stripped, WordFacts Word)
{
    public void Deconstruct(out string key, out int stripped)
    {
        key = Key;
        stripped = Stripped;
    }
}
