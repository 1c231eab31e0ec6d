using Harness.Protocol.Lwm2m.Values;

namespace Harness.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>
/// Turns a record's value field into a typed value: checked against the data type the object model gives
/// (LwM2M Core §7.4.4 maps each type to one field), or inferred from the field when the model has none.
/// </summary>
internal static class SenmlValueTyper
{
    private const double TwoTo63 = 9223372036854775808.0;
    private const double TwoTo64 = 18446744073709551616.0;

    /// <summary>The value as <paramref name="type"/>, or null after reporting why it is not one.</summary>
    public static Lwm2mValue? Type(SenmlRecord record, SenmlNumber number, Lwm2mDataType type, Lwm2mPath path, SenmlDialect dialect, SenmlErrorSink sink)
    {
        var expected = dialect.KindFor(type);
        if (expected == SenmlValueKind.None)
        {
            Report(sink, dialect, SenmlMeaningRule.ValueField, $"Record {record.Index}: resource {path} is executable and carries no value", record.ValueOffset);
            return null;
        }

        if (record.ValueKind != expected)
        {
            Report(sink, dialect, SenmlMeaningRule.ValueField, $"Record {record.Index}: resource {path} is {type.ToName()}, carried in \"{dialect.Label(expected)}\", not in \"{dialect.Label(record.ValueKind)}\"", record.ValueOffset);
            return null;
        }

        return type switch
        {
            Lwm2mDataType.Integer => ToInt64(record, number, path, dialect, sink) is { } integer ? Lwm2mValue.Integer(integer) : null,
            Lwm2mDataType.Time => ToInt64(record, number, path, dialect, sink) is { } seconds ? Lwm2mValue.Time(seconds) : null,
            Lwm2mDataType.UnsignedInteger => ToUInt64(record, number, path, dialect, sink) is { } unsigned ? Lwm2mValue.UnsignedInteger(unsigned) : null,
            Lwm2mDataType.Float => Lwm2mValue.Float(number.Double),
            Lwm2mDataType.Boolean => Lwm2mValue.Boolean(record.Boolean),
            Lwm2mDataType.String => Lwm2mValue.String(record.Text ?? string.Empty),
            Lwm2mDataType.Corelnk => Lwm2mValue.Corelnk(record.Text ?? string.Empty),
            Lwm2mDataType.Opaque => ToOpaque(record, path, dialect, sink),
            _ => ToObjlnk(record, path, dialect, sink),
        };
    }

    /// <summary>The value typed by its field alone, for resources the object model does not define.</summary>
    public static Lwm2mValue? Infer(SenmlRecord record, SenmlNumber number, Lwm2mPath path, SenmlDialect dialect, SenmlErrorSink sink) => record.ValueKind switch
    {
        SenmlValueKind.Number => number.Form switch
        {
            SenmlNumberForm.Int64 => Lwm2mValue.Integer(number.Int64),
            SenmlNumberForm.UInt64 => Lwm2mValue.UnsignedInteger(number.UInt64),
            _ => Lwm2mValue.Float(number.Double),
        },
        SenmlValueKind.Boolean => Lwm2mValue.Boolean(record.Boolean),
        SenmlValueKind.Data => ToOpaque(record, path, dialect, sink),
        SenmlValueKind.ObjectLink => ToObjlnk(record, path, dialect, sink),
        _ => Lwm2mValue.String(record.Text ?? string.Empty),
    };

    private static long? ToInt64(SenmlRecord record, SenmlNumber number, Lwm2mPath path, SenmlDialect dialect, SenmlErrorSink sink)
    {
        switch (number.Form)
        {
            case SenmlNumberForm.Int64:
                return number.Int64;
            case SenmlNumberForm.Real when Math.Floor(number.Double) != number.Double:
                Report(sink, dialect, SenmlMeaningRule.NumberNotInteger, $"Record {record.Index}: resource {path} takes whole numbers, not {number}", record.ValueOffset);
                return null;
            case SenmlNumberForm.Real when number.Double >= -TwoTo63 && number.Double < TwoTo63:
                return (long)number.Double;
            default:
                Report(sink, dialect, SenmlMeaningRule.NumberRange, $"Record {record.Index}: {number} does not fit the signed 64 bits of resource {path}", record.ValueOffset);
                return null;
        }
    }

    private static ulong? ToUInt64(SenmlRecord record, SenmlNumber number, Lwm2mPath path, SenmlDialect dialect, SenmlErrorSink sink)
    {
        switch (number.Form)
        {
            case SenmlNumberForm.UInt64:
                return number.UInt64;
            case SenmlNumberForm.Int64 when number.Int64 >= 0:
                return (ulong)number.Int64;
            case SenmlNumberForm.Real when Math.Floor(number.Double) != number.Double:
                Report(sink, dialect, SenmlMeaningRule.NumberNotInteger, $"Record {record.Index}: resource {path} takes whole numbers, not {number}", record.ValueOffset);
                return null;
            case SenmlNumberForm.Real when number.Double >= 0 && number.Double < TwoTo64:
                return (ulong)number.Double;
            default:
                Report(sink, dialect, SenmlMeaningRule.NumberRange, $"Record {record.Index}: {number} does not fit the unsigned 64 bits of resource {path}", record.ValueOffset);
                return null;
        }
    }

    private static OpaqueValue? ToOpaque(SenmlRecord record, Lwm2mPath path, SenmlDialect dialect, SenmlErrorSink sink)
    {
        string text = record.Text ?? string.Empty;
        bool urlSafe = !dialect.IsOmaJson;
        if (!Base64Text.TryDecode(text, urlSafe, out byte[] bytes, out int invalidAt, out bool padded))
        {
            string alphabet = urlSafe ? "base64url" : "base64";
            Report(sink, dialect, SenmlMeaningRule.DataEncoding, $"Record {record.Index}: the bytes of {path} are not {alphabet} (character {invalidAt})", record.ValueOffset);
            return null;
        }

        if (padded && urlSafe)
        {
            sink.Should(dialect.Id(SenmlMeaningRule.DataPadding), $"Record {record.Index}: \"vd\" of {path} is padded with '='; SenML sends base64url without padding", record.ValueOffset, SenmlClauses.DataValue);
        }

        return Lwm2mValue.Opaque(bytes);
    }

    private static ObjlnkValue? ToObjlnk(SenmlRecord record, Lwm2mPath path, SenmlDialect dialect, SenmlErrorSink sink)
    {
        if (ObjectLink.TryParse(record.Text, out var link) && link.IsWellFormed)
        {
            return Lwm2mValue.Objlnk(link);
        }

        Report(sink, dialect, SenmlMeaningRule.ObjlnkFormat, $"Record {record.Index}: \"{record.Text}\" for {path} is not an object link \"objectId:instanceId\" in decimal", record.ValueOffset);
        return null;
    }

    private static void Report(SenmlErrorSink sink, SenmlDialect dialect, SenmlMeaningRule rule, string message, int offset) =>
        sink.Must(dialect.Id(rule), message, offset, rule == SenmlMeaningRule.DataEncoding && !dialect.IsOmaJson ? SenmlClauses.DataValue : dialect.Clause);
}
