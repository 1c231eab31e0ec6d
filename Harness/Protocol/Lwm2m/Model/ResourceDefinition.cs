using System.Globalization;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Protocol.Lwm2m.Model;

/// <summary>One row of an object's resource table: what the resource is, who may do what with it, its type.</summary>
public sealed record ResourceDefinition
{
    private readonly int _id;
    private readonly string _name = "";
    private readonly string _rangeEnumeration = "";
    private readonly string _units = "";
    private readonly string _description = "";

    public required int Id
    {
        get => _id;
        init => _id = Lwm2mId.Check(value, nameof(Id));
    }

    public required string Name
    {
        get => _name;
        init
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value, nameof(Name));
            _name = value;
        }
    }

    public required ResourceOperations Operations { get; init; }

    /// <summary>True for a multiple-instance resource (addressed down to resource instances).</summary>
    public required bool IsMultiple { get; init; }

    public required bool IsMandatory { get; init; }

    /// <summary><see cref="Lwm2mDataType.None"/> for executable resources.</summary>
    public required Lwm2mDataType DataType { get; init; }

    /// <summary>The "Range or Enumeration" entry as written; see <see cref="Constraint"/> for its meaning.</summary>
    public string RangeEnumeration
    {
        get => _rangeEnumeration;
        init => _rangeEnumeration = value ?? "";
    }

    public string Units
    {
        get => _units;
        init => _units = value ?? "";
    }

    /// <summary>A one-line description.</summary>
    public string Description
    {
        get => _description;
        init => _description = value ?? "";
    }

    /// <summary>The machine-readable bounds in <see cref="RangeEnumeration"/>, or null when it states none.</summary>
    public ValueConstraint? Constraint => ValueConstraint.Parse(RangeEnumeration, DataType);

    public bool IsReadable => Operations.HasFlag(ResourceOperations.Read);

    public bool IsWritable => Operations.HasFlag(ResourceOperations.Write);

    public bool IsExecutable => Operations.HasFlag(ResourceOperations.Execute);

    /// <summary>E.g. <c>9 Battery Level: R, Single, Optional, Integer, 0..100 %</c>.</summary>
    public override string ToString()
    {
        var operations = Operations == ResourceOperations.None ? "none" : Operations.ToName();
        var type = DataType == Lwm2mDataType.None ? "no type" : DataType.ToName();
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"{Id} {Name}: {operations}, {(IsMultiple ? "Multiple" : "Single")}, {(IsMandatory ? "Mandatory" : "Optional")}, {type}");
        text += RangeEnumeration.Length > 0 ? ", " + RangeEnumeration : "";
        return Units.Length > 0 ? text + " " + Units : text;
    }
}
