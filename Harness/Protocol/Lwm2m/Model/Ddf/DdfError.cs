using System.Globalization;

namespace Harness.Protocol.Lwm2m.Model.Ddf;

/// <summary>
/// One fault in an object definition file: the file (or other source name), the 1-based line and column
/// (0 when unknown) and what was expected. Prints as <c>file(line,column): message</c>.
/// </summary>
public sealed record DdfError(string Source, int Line, int Column, string Message)
{
    public override string ToString() => Line > 0
        ? string.Create(CultureInfo.InvariantCulture, $"{Source}({Line},{Column}): {Message}")
        : $"{Source}: {Message}";
}
