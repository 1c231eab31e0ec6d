namespace Harness.Protocol.Lwm2m.Messages;

/// <summary>One Uri-Query item read as "name=value", or a bare "name" (a flag such as Q).</summary>
public readonly record struct QueryParameter(string Name, string? Value)
{
    public static QueryParameter Parse(string item)
    {
        ArgumentNullException.ThrowIfNull(item);
        int equals = item.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? new(item, null) : new(item[..equals], item[(equals + 1)..]);
    }

    public override string ToString() => Value is null ? Name : $"{Name}={Value}";
}
