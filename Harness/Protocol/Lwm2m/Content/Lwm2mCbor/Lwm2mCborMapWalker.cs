using System.Formats.Cbor;
using Harness.Protocol.Lwm2m.Content.Cbor;

namespace Harness.Protocol.Lwm2m.Content.Lwm2mCbor;

/// <summary>
/// Walks the nested maps: keys extend the path, maps nest, anything else is a value at the path so far.
/// Recursion stops at four ids, so a payload cannot nest this walker deeper than five frames.
/// </summary>
internal readonly struct Lwm2mCborMapWalker(List<WireLeaf> leaves, DecodeErrors errors)
{
    private const int KeysTrackedOnStack = 16;

    public void ReadMap(ref CborSpanReader reader, PathPrefix prefix)
    {
        reader.ReadStartMap();
        Span<PathPrefix> seen = stackalloc PathPrefix[KeysTrackedOnStack];
        HashSet<PathPrefix>? more = null;
        var count = 0;
        while (reader.PeekState() != CborReaderState.EndMap)
        {
            var keyOffset = reader.Offset;
            if (!TryReadKey(ref reader, prefix, keyOffset, out var key))
            {
                reader.SkipValue();
                continue;
            }

            if (IsDuplicate(seen, ref more, count, key))
            {
                errors.Add(Lwm2mCborRuleIds.KeyDuplicate, $"key {key} occurs twice in the map at {prefix.ToPath()}", keyOffset, Lwm2mCborClauses.Duplicates);
                reader.SkipValue();
                continue;
            }

            if (count < KeysTrackedOnStack)
            {
                seen[count] = key;
            }
            else
            {
                (more ??= []).Add(key);
            }

            count++;
            var path = prefix.Append(key);
            if (reader.PeekState() == CborReaderState.StartMap)
            {
                if (path.Length == 4)
                {
                    errors.Add(Lwm2mCborRuleIds.Depth, $"a map under resource instance {path.ToPath()}: nothing lies below a resource instance", reader.Offset, Lwm2mCborClauses.Structure);
                    reader.SkipValue();
                }
                else
                {
                    ReadMap(ref reader, path);
                }
            }
            else
            {
                ReadValue(ref reader, path);
            }
        }

        reader.ReadEndMap();
    }

    private static bool IsDuplicate(Span<PathPrefix> seen, ref HashSet<PathPrefix>? more, int count, PathPrefix key)
    {
        foreach (var earlier in seen[..Math.Min(count, KeysTrackedOnStack)])
        {
            if (earlier == key)
            {
                return true;
            }
        }

        return more?.Contains(key) == true;
    }

    private bool TryReadKey(ref CborSpanReader reader, PathPrefix prefix, int keyOffset, out PathPrefix key)
    {
        key = default;
        var state = reader.PeekState();
        if (state == CborReaderState.UnsignedInteger)
        {
            return TryAppend(prefix, ref key, reader.ReadUInt64(), keyOffset);
        }

        if (state != CborReaderState.StartArray)
        {
            errors.Add(Lwm2mCborRuleIds.KeyType, $"a key is {CborItems.Describe(state)}; keys are ids or arrays of ids", keyOffset, Lwm2mCborClauses.Keys);
            reader.SkipValue();
            return false;
        }

        reader.ReadStartArray();
        var ok = true;
        while (reader.PeekState() != CborReaderState.EndArray)
        {
            var elementState = reader.PeekState();
            if (elementState != CborReaderState.UnsignedInteger)
            {
                Report(ref ok, Lwm2mCborRuleIds.KeyType, $"a key array holds {CborItems.Describe(elementState)}; it holds ids only", keyOffset, Lwm2mCborClauses.Keys);
                reader.SkipValue();
            }
            else if (ok)
            {
                ok = TryAppend(prefix, ref key, reader.ReadUInt64(), keyOffset);
            }
            else
            {
                reader.SkipValue();
            }
        }

        reader.ReadEndArray();
        if (ok && key.Length == 0)
        {
            Report(ref ok, Lwm2mCborRuleIds.KeyEmpty, $"an empty key array in the map at {prefix.ToPath()}", keyOffset, Lwm2mCborClauses.Keys);
        }

        return ok;
    }

    private bool TryAppend(PathPrefix prefix, ref PathPrefix key, ulong id, int keyOffset)
    {
        if (id > Lwm2mId.Max)
        {
            errors.Add(Lwm2mCborRuleIds.KeyRange, $"key id {id} is outside 0..{Lwm2mId.Max}", keyOffset, Lwm2mCborClauses.Ids);
            return false;
        }

        if (prefix.Length + key.Length == 4)
        {
            errors.Add(Lwm2mCborRuleIds.Depth, $"key {id} below {prefix.Append(key).ToPath()} goes deeper than a resource instance", keyOffset, Lwm2mCborClauses.Structure);
            return false;
        }

        key = key.Append((int)id);
        return true;
    }

    private void Report(ref bool ok, string rule, string message, int offset, string clause)
    {
        if (ok)
        {
            errors.Add(rule, message, offset, clause);
        }

        ok = false;
    }

    private void ReadValue(ref CborSpanReader reader, PathPrefix path)
    {
        var offset = reader.Offset;
        var state = reader.PeekState();
        WireValue? value = null;
        switch (state)
        {
            case CborReaderState.UnsignedInteger or CborReaderState.NegativeInteger
                or CborReaderState.HalfPrecisionFloat or CborReaderState.SinglePrecisionFloat or CborReaderState.DoublePrecisionFloat:
                value = CborItems.ReadNumber(ref reader);
                if (value is null)
                {
                    errors.Add(ContentRuleIds.ValueRange, $"{path.ToPath()}: an integer below -2^63", offset, Lwm2mCborClauses.Values);
                }

                break;
            case CborReaderState.TextString or CborReaderState.StartIndefiniteLengthTextString:
                if (reader.TryReadUtf8(out var utf8))
                {
                    value = WireValue.FromText(System.Text.Encoding.UTF8.GetString(utf8.Span));
                }
                else
                {
                    errors.Add(CborRuleIds.InvalidUtf8, $"{path.ToPath()}: the text is not valid UTF-8", offset, CborFailure.Utf8Clause);
                }

                break;
            case CborReaderState.ByteString or CborReaderState.StartIndefiniteLengthByteString:
                value = WireValue.FromBytes(reader.ReadByteString());
                break;
            case CborReaderState.Boolean:
                value = WireValue.FromBoolean(reader.ReadBoolean());
                break;
            case CborReaderState.Null:
                reader.ReadNull();
                errors.Add(Lwm2mCborRuleIds.NullValue, $"{path.ToPath()}: null is no value of any LwM2M data type", offset, Lwm2mCborClauses.Values);
                break;
            default:
                errors.Add(Lwm2mCborRuleIds.ValueType, $"{path.ToPath()}: {CborItems.Describe(state)} encodes no LwM2M data type", offset, Lwm2mCborClauses.Values);
                reader.SkipValue();
                break;
        }

        if (value is { } v)
        {
            leaves.Add(new WireLeaf(path.ToPath(), v, offset));
        }
    }
}
