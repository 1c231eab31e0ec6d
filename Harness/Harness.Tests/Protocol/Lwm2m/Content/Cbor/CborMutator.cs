namespace Harness.Tests.Protocol.Lwm2m.Content.Cbor;

/// <summary>
/// Breaks valid CBOR on purpose, knowing the encoding: wrong major types, indefinite-length markers, cut
/// items, lying length heads up to 2^64-1, stray tags and breaks, plus plain byte noise. Deterministic per seed.
/// </summary>
internal sealed class CborMutator(int seed)
{
    private static readonly byte[][] LyingHeads =
    [
        [0x9b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff],
        [0xbb, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff],
        [0x5a, 0xff, 0xff, 0xff, 0xff],
        [0x7a, 0x7f, 0xff, 0xff, 0xff],
        [0x9a, 0x00, 0x10, 0x00, 0x00],
        [0xb9, 0xff, 0xff],
        [0x1b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff],
        [0x3b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff],
    ];

    private static readonly byte[] Markers = [0x9f, 0xbf, 0x5f, 0x7f, 0xff, 0xf6, 0xf7, 0xc1, 0xc4, 0xd8, 0xf9, 0xfa, 0xfb, 0x1c, 0xf8];

    private readonly Random _random = new(seed);

    public byte[] RandomBytes(int maxLength)
    {
        var bytes = new byte[_random.Next(maxLength + 1)];
        _random.NextBytes(bytes);
        return bytes;
    }

    public byte[] Mutate(byte[] input)
    {
        var bytes = new List<byte>(input);
        var rounds = 1 + _random.Next(3);
        for (var i = 0; i < rounds; i++)
        {
            var at = bytes.Count == 0 ? 0 : _random.Next(bytes.Count);
            switch (_random.Next(9))
            {
                case 0 when bytes.Count > 0:
                    bytes[at] ^= (byte)(1 << _random.Next(8));
                    break;
                case 1 when bytes.Count > 0:
                    bytes[at] = (byte)((bytes[at] & 0x1f) | (_random.Next(8) << 5));
                    break;
                case 2:
                    bytes.Insert(at, Markers[_random.Next(Markers.Length)]);
                    break;
                case 3:
                    bytes.InsertRange(at, LyingHeads[_random.Next(LyingHeads.Length)]);
                    break;
                case 4 when bytes.Count > 0:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 5 when bytes.Count > 0:
                    bytes.RemoveAt(at);
                    break;
                case 6 when bytes.Count > 0:
                    bytes[at] = (byte)((bytes[at] & 0xe0) | (24 + _random.Next(8)));
                    break;
                case 7 when bytes.Count > 1:
                    var length = Math.Min(bytes.Count - at, 1 + _random.Next(8));
                    bytes.InsertRange(_random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                default:
                    bytes.Insert(at, (byte)_random.Next(256));
                    break;
            }
        }

        return [.. bytes];
    }

    public int Next(int maxExclusive) => _random.Next(maxExclusive);
}
