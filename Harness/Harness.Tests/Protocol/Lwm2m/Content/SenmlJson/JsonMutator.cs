using System.Text;

namespace Harness.Tests.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>
/// Broken-on-purpose JSON payloads: byte flips, cuts, insertions and splices, plus mutations that know JSON
/// and SenML (a quote dropped, a value of another type, a field renamed, a record doubled, a name's digits
/// changed, deep nesting, a must-understand field), and now and then plain random bytes.
/// </summary>
internal static class JsonMutator
{
    private static readonly byte[][] Tokens =
    [
        "null"u8.ToArray(), "true"u8.ToArray(), "\"x\""u8.ToArray(), "{}"u8.ToArray(), "[]"u8.ToArray(), "1e400"u8.ToArray(),
        "-0"u8.ToArray(), "12.5"u8.ToArray(), "\"\\ud800\""u8.ToArray(), "18446744073709551616"u8.ToArray(), "-9223372036854775809"u8.ToArray(),
        "\"65535:65535\""u8.ToArray(), "\"AQID\""u8.ToArray(), "\"/3/0/9\""u8.ToArray(), "\"\""u8.ToArray(), "0"u8.ToArray(),
    ];

    private static readonly string[] Labels = ["v", "vs", "vb", "vd", "vlo", "n", "bn", "bt", "t", "bv", "bver", "s", "ut", "u", "sv", "ov", "e", "x_"];

    private static readonly byte[] Significant = "\"{}[],:\\-+.eE0123456789nt/ "u8.ToArray();

    public static byte[] Next(Random random, byte[] seed, byte[] other)
    {
        var bytes = new List<byte>(seed);
        int rounds = random.Next(1, 4);
        for (int round = 0; round < rounds; round++)
        {
            Mutate(random, bytes, other);
        }

        return [.. bytes];
    }

    private static void Mutate(Random random, List<byte> bytes, byte[] other)
    {
        int at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
        switch (random.Next(14))
        {
            case 0 when bytes.Count > 0:
                bytes[at] ^= (byte)(1 << random.Next(8));
                break;
            case 1 when bytes.Count > 0:
                bytes.RemoveRange(at, Math.Min(random.Next(1, 5), bytes.Count - at));
                break;
            case 2:
                bytes.Insert(at, random.Next(4) == 0 ? (byte)random.Next(256) : Significant[random.Next(Significant.Length)]);
                break;
            case 3:
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            case 4:
                int cut = other.Length == 0 ? 0 : random.Next(other.Length);
                bytes.RemoveRange(at, bytes.Count - at);
                bytes.AddRange(other.AsSpan(cut).ToArray());
                break;
            case 5:
                RemoveNth(random, bytes, (byte)'"');
                break;
            case 6:
                ReplaceValue(random, bytes);
                break;
            case 7:
                RenameField(random, bytes);
                break;
            case 8:
                DoubleRecord(random, bytes);
                break;
            case 9:
                ChangeDigit(random, bytes);
                break;
            case 10:
                int depth = random.Next(1, 40);
                bytes.InsertRange(0, Enumerable.Repeat((byte)'[', depth));
                bytes.AddRange(Enumerable.Repeat((byte)']', random.Next(depth + 1)));
                break;
            case 11:
                InsertAfter(random, bytes, (byte)'{', random.Next(2) == 0 ? "\"x_\":1,"u8.ToArray() : "\"bn\":\"/3/0/\","u8.ToArray());
                break;
            case 12:
                bytes.Clear();
                bytes.AddRange(Enumerable.Range(0, random.Next(64)).Select(_ => random.Next(3) == 0 ? (byte)random.Next(256) : Significant[random.Next(Significant.Length)]));
                break;
            default:
                bytes.InsertRange(at, Tokens[random.Next(Tokens.Length)]);
                break;
        }
    }

    private static void ReplaceValue(Random random, List<byte> bytes)
    {
        int colon = Nth(random, bytes, (byte)':');
        if (colon < 0)
        {
            return;
        }

        int end = colon + 1;
        while (end < bytes.Count && bytes[end] is not ((byte)',' or (byte)'}' or (byte)']'))
        {
            end++;
        }

        bytes.RemoveRange(colon + 1, end - colon - 1);
        bytes.InsertRange(colon + 1, Tokens[random.Next(Tokens.Length)]);
    }

    private static void RenameField(Random random, List<byte> bytes)
    {
        int colon = Nth(random, bytes, (byte)':');
        int quote = colon - 1;
        if (colon < 2 || bytes[quote] != (byte)'"')
        {
            return;
        }

        int open = bytes.LastIndexOf((byte)'"', quote - 1);
        if (open < 0)
        {
            return;
        }

        bytes.RemoveRange(open + 1, quote - open - 1);
        bytes.InsertRange(open + 1, Encoding.ASCII.GetBytes(Labels[random.Next(Labels.Length)]));
    }

    private static void DoubleRecord(Random random, List<byte> bytes)
    {
        int open = Nth(random, bytes, (byte)'{');
        int close = open < 0 ? -1 : bytes.IndexOf((byte)'}', open);
        if (close > open)
        {
            var record = bytes.GetRange(open, close - open + 1);
            record.Insert(0, (byte)',');
            bytes.InsertRange(close + 1, record);
        }
    }

    private static void ChangeDigit(Random random, List<byte> bytes)
    {
        var digits = Enumerable.Range(0, bytes.Count).Where(i => bytes[i] is >= (byte)'0' and <= (byte)'9').ToList();
        if (digits.Count > 0)
        {
            int at = digits[random.Next(digits.Count)];
            bytes.RemoveAt(at);
            bytes.InsertRange(at, Encoding.ASCII.GetBytes(random.Next(3) switch { 0 => "65535", 1 => "00", _ => random.Next(10).ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        }
    }

    private static void InsertAfter(Random random, List<byte> bytes, byte marker, byte[] insert)
    {
        int at = Nth(random, bytes, marker);
        if (at >= 0)
        {
            bytes.InsertRange(at + 1, insert);
        }
    }

    private static void RemoveNth(Random random, List<byte> bytes, byte marker)
    {
        int at = Nth(random, bytes, marker);
        if (at >= 0)
        {
            bytes.RemoveAt(at);
        }
    }

    /// <summary>The index of a randomly chosen occurrence of <paramref name="marker"/>, or -1.</summary>
    private static int Nth(Random random, List<byte> bytes, byte marker)
    {
        int count = bytes.Count(b => b == marker);
        if (count == 0)
        {
            return -1;
        }

        int wanted = random.Next(count);
        for (int i = 0; i < bytes.Count; i++)
        {
            if (bytes[i] == marker && wanted-- == 0)
            {
                return i;
            }
        }

        return -1;
    }
}
