namespace Marsad.Events.Lexicon;

/// <summary>
/// Says in a few instructions that a form is surely not among a lexicon's keys, before a dictionary lookup hashes
/// every letter of it: a bit per (length, first two letters, last two letters), set for each key. Most tokens of an article
/// start no pattern, so most lookups end here. A set bit only says "maybe": the dictionary decides.
/// </summary>
public sealed class FormFilter
{
    private const int Bits = 1 << 15;

    private readonly ulong[] _bits = new ulong[Bits / 64];

    public FormFilter(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            var bit = Bit(key);
            _bits[bit >> 6] |= 1UL << (bit & 63);
        }
    }

    public bool MayContain(string form)
    {
        var bit = Bit(form);
        return (_bits[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    // Arabic roots share first and last letters widely: the second and the second-to-last letter tell more words apart.
    private static int Bit(string form) =>
        form.Length < 2 ? form.Length : (int)(((uint)form.Length * 0x9E3779B1u ^ form[0] * 0x85EBCA6Bu ^ (uint)form[^1] * 0xC2B2AE35u
                                               ^ (uint)form[1] * 0x27D4EB2Fu ^ (uint)form[^2] * 0x165667B1u) >> 17);
}
