namespace Harness.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>Label text of each SenML JSON field, and the lookup from a property name's UTF-8 bytes.</summary>
internal static class SenmlFieldNames
{
    public static SenmlField Identify(ReadOnlySpan<byte> name) => name.Length switch
    {
        1 => name[0] switch
        {
            (byte)'n' => SenmlField.Name,
            (byte)'v' => SenmlField.Value,
            (byte)'t' => SenmlField.Time,
            (byte)'u' => SenmlField.Unit,
            (byte)'s' => SenmlField.Sum,
            _ => SenmlField.Unknown,
        },
        2 => (name[0], name[1]) switch
        {
            ((byte)'b', (byte)'n') => SenmlField.BaseName,
            ((byte)'b', (byte)'t') => SenmlField.BaseTime,
            ((byte)'b', (byte)'u') => SenmlField.BaseUnit,
            ((byte)'b', (byte)'v') => SenmlField.BaseValue,
            ((byte)'b', (byte)'s') => SenmlField.BaseSum,
            ((byte)'v', (byte)'s') => SenmlField.StringValue,
            ((byte)'v', (byte)'b') => SenmlField.BooleanValue,
            ((byte)'v', (byte)'d') => SenmlField.DataValue,
            ((byte)'u', (byte)'t') => SenmlField.UpdateTime,
            _ => SenmlField.Unknown,
        },
        3 when name.SequenceEqual("vlo"u8) => SenmlField.ObjectLinkValue,
        4 when name.SequenceEqual("bver"u8) => SenmlField.BaseVersion,
        _ => SenmlField.Unknown,
    };

    public static string Label(SenmlField field) => field switch
    {
        SenmlField.BaseName => "bn",
        SenmlField.BaseTime => "bt",
        SenmlField.BaseUnit => "bu",
        SenmlField.BaseValue => "bv",
        SenmlField.BaseSum => "bs",
        SenmlField.BaseVersion => "bver",
        SenmlField.Name => "n",
        SenmlField.Unit => "u",
        SenmlField.Value => "v",
        SenmlField.StringValue => "vs",
        SenmlField.BooleanValue => "vb",
        SenmlField.DataValue => "vd",
        SenmlField.ObjectLinkValue => "vlo",
        SenmlField.Sum => "s",
        SenmlField.Time => "t",
        SenmlField.UpdateTime => "ut",
        _ => "?",
    };

    public static bool IsValue(SenmlField field) =>
        field is SenmlField.Value or SenmlField.StringValue or SenmlField.BooleanValue or SenmlField.DataValue or SenmlField.ObjectLinkValue;

    /// <summary>Fields a Fetch Record may carry (RFC 8790 §3.1): names, times, units and the version.</summary>
    public static bool IsFetchField(SenmlField field) =>
        field is SenmlField.BaseName or SenmlField.Name or SenmlField.Time or SenmlField.BaseTime
            or SenmlField.Unit or SenmlField.BaseUnit or SenmlField.BaseVersion;

    /// <summary>Fields a plain SenML path list (Read-Composite request, content 110) may carry: names only.</summary>
    public static bool IsPathListField(SenmlField field) =>
        field is SenmlField.BaseName or SenmlField.Name or SenmlField.BaseVersion;
}
