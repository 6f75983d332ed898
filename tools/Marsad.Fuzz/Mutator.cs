namespace Marsad.Fuzz;

/// <summary>
/// Deterministic byte mutations in the spirit of AFL's havoc stage: flips, interesting bytes (NUL, 0xFF, UTF-8 lead and
/// continuation bytes, line breaks, markup and JSON punctuation), inserted, deleted, duplicated and spliced ranges
/// (duplication grows nesting and repetition), truncation. Same seed, same inputs.
/// </summary>
internal sealed class Mutator(IReadOnlyList<byte[]> seeds, int seed, int maxLength)
{
    private static readonly byte[] s_interesting = [0x00, 0xFF, 0x80, 0xBF, 0xC0, 0xC3, 0xD8, 0xD9, 0xE2, 0xEF, 0xF0, 0x0A, 0x0D, 0x1F, 0x8B,
        (byte)'<', (byte)'>', (byte)'/', (byte)'"', (byte)'{', (byte)'}', (byte)'[', (byte)'\\', (byte)'.', 0xD8, 0x8C, (byte)' ', (byte)'0', (byte)'9'];

    private readonly Random _random = new(seed);

    public byte[] Next()
    {
        var input = new List<byte>(seeds[_random.Next(seeds.Count)]);
        var rounds = 1 << _random.Next(1, 6);
        for (var r = 0; r < rounds; r++) Mutate(input);
        if (input.Count > maxLength) input.RemoveRange(maxLength, input.Count - maxLength);
        return [.. input];
    }

    private void Mutate(List<byte> input)
    {
        var at = input.Count == 0 ? 0 : _random.Next(input.Count);
        switch (_random.Next(8))
        {
            case 0 when input.Count > 0:
                input[at] ^= (byte)(1 << _random.Next(8));
                break;
            case 1 when input.Count > 0:
                input[at] = s_interesting[_random.Next(s_interesting.Length)];
                break;
            case 2:
                input.Insert(at, s_interesting[_random.Next(s_interesting.Length)]);
                break;
            case 3 when input.Count > 1:
                input.RemoveRange(at, Math.Min(input.Count - at, _random.Next(1, 16)));
                break;
            case 4 when input.Count > 1:
            {
                var length = Math.Min(input.Count - at, _random.Next(1, 64));
                var copies = _random.Next(1, 32);
                var piece = input.GetRange(at, length);
                for (var c = 0; c < copies && input.Count < maxLength; c++) input.InsertRange(at, piece);
                break;
            }
            case 5:
            {
                var other = seeds[_random.Next(seeds.Count)];
                if (other.Length == 0) break;
                var from = _random.Next(other.Length);
                input.InsertRange(at, other.Skip(from).Take(_random.Next(1, 128)));
                break;
            }
            case 6 when input.Count > 1:
                input.RemoveRange(at, input.Count - at);
                break;
            default:
                if (input.Count > 0) input[at] = (byte)_random.Next(256);
                break;
        }
    }
}
