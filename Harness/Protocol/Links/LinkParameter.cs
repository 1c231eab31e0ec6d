namespace Harness.Protocol.Links;

/// <summary>
/// One link-param (RFC 6690 §2): a name and an optional value. A null value is a flag such as
/// <c>obs</c>; <see cref="Quoted"/> records whether the value is (or is to be) written as a
/// quoted-string, since LwM2M peers differ in <c>ver=1.1</c> versus <c>ver="1.1"</c>.
/// </summary>
public readonly record struct LinkParameter(string Name, string? Value, bool Quoted = false)
{
    public bool IsFlag => Value is null;

    public static LinkParameter Flag(string name) => new(name, null);

    public static LinkParameter Token(string name, string value) => new(name, value);

    public static LinkParameter QuotedString(string name, string value) => new(name, value, true);

    public override string ToString() => LinkFormatWriter.Write(this);
}
