namespace Harness.Protocol.Lwm2m.Content.SenmlCbor;

/// <summary>SenML CBOR map labels (RFC 8428 §6, Table 6) and the LwM2M object-link label.</summary>
public static class SenmlLabels
{
    public const int BaseVersion = -1;
    public const int BaseName = -2;
    public const int BaseTime = -3;
    public const int BaseUnit = -4;
    public const int BaseValue = -5;
    public const int BaseSum = -6;
    public const int Name = 0;
    public const int Unit = 1;
    public const int Value = 2;
    public const int StringValue = 3;
    public const int BooleanValue = 4;
    public const int Sum = 5;
    public const int Time = 6;
    public const int UpdateTime = 7;
    public const int DataValue = 8;

    /// <summary>
    /// LwM2M's extension field for Objlnk values (OMA TS Core 1.1 §7.4.4/§7.4.5). It has no integer label:
    /// SenML CBOR carries it as the text key "vlo".
    /// </summary>
    public const string ObjectLink = "vlo";

    /// <summary>The JSON-style name of an integer label, for messages ("v (2)").</summary>
    public static string NameOf(int label) => label switch
    {
        BaseVersion => "bver (-1)",
        BaseName => "bn (-2)",
        BaseTime => "bt (-3)",
        BaseUnit => "bu (-4)",
        BaseValue => "bv (-5)",
        BaseSum => "bs (-6)",
        Name => "n (0)",
        Unit => "u (1)",
        Value => "v (2)",
        StringValue => "vs (3)",
        BooleanValue => "vb (4)",
        Sum => "s (5)",
        Time => "t (6)",
        UpdateTime => "ut (7)",
        DataValue => "vd (8)",
        _ => $"label {label}",
    };
}
