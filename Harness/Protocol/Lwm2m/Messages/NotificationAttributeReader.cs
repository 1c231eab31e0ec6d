using System.Globalization;
using Harness.Protocol.Links;

namespace Harness.Protocol.Lwm2m.Messages;

/// <summary>Accumulates Write-Attributes query items into <see cref="NotificationAttributes"/>, collecting errors.</summary>
internal sealed class NotificationAttributeReader
{
    private readonly List<Lwm2mMessageError> errors = [];
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);
    private readonly HashSet<string> unset = new(StringComparer.Ordinal);
    private NotificationAttributes attributes = new();

    public void Read(QueryParameter parameter)
    {
        string name = parameter.Name;
        if (!seen.Add(name))
        {
            errors.Add(new(name, $"{name} is given more than once", Lwm2mClauses.WriteAttributes));
            return;
        }

        if (parameter.Value is null)
        {
            if (IsKnown(name))
            {
                unset.Add(name);
            }
            else
            {
                errors.Add(new(name, $"unknown attribute \"{name}\"", Lwm2mClauses.WriteAttributes));
            }

            return;
        }

        string value = parameter.Value;
        attributes = name switch
        {
            LwM2mLinkAttributes.MinimumPeriod => attributes with { MinimumPeriod = UInt(name, value) },
            LwM2mLinkAttributes.MaximumPeriod => attributes with { MaximumPeriod = UInt(name, value) },
            LwM2mLinkAttributes.GreaterThan => attributes with { GreaterThan = Number(name, value) },
            LwM2mLinkAttributes.LessThan => attributes with { LessThan = Number(name, value) },
            LwM2mLinkAttributes.Step => attributes with { Step = Number(name, value) },
            LwM2mLinkAttributes.MinimumEvaluationPeriod => attributes with { MinimumEvaluationPeriod = UInt(name, value) },
            LwM2mLinkAttributes.MaximumEvaluationPeriod => attributes with { MaximumEvaluationPeriod = UInt(name, value) },
            LwM2mLinkAttributes.Edge => attributes with { Edge = Bit(name, value) },
            LwM2mLinkAttributes.Confirmable => attributes with { Confirmable = Bit(name, value) },
            LwM2mLinkAttributes.MaximumHistoricalQueue => attributes with { MaximumHistoricalQueue = UInt(name, value) },
            _ => Unknown(name),
        };
    }

    public Lwm2mParseResult<NotificationAttributes> Result() => errors.Count > 0
        ? Lwm2mParseResult<NotificationAttributes>.Failure("Write-Attributes", errors)
        : Lwm2mParseResult<NotificationAttributes>.Success("Write-Attributes", attributes with { Unset = unset });

    private static bool IsKnown(string name) => name is LwM2mLinkAttributes.MinimumPeriod or LwM2mLinkAttributes.MaximumPeriod
        or LwM2mLinkAttributes.GreaterThan or LwM2mLinkAttributes.LessThan or LwM2mLinkAttributes.Step
        or LwM2mLinkAttributes.MinimumEvaluationPeriod or LwM2mLinkAttributes.MaximumEvaluationPeriod
        or LwM2mLinkAttributes.Edge or LwM2mLinkAttributes.Confirmable or LwM2mLinkAttributes.MaximumHistoricalQueue;

    private NotificationAttributes Unknown(string name)
    {
        errors.Add(new(name, $"unknown attribute \"{name}\"", Lwm2mClauses.WriteAttributes));
        return attributes;
    }

    private uint? UInt(string name, string value)
    {
        if (uint.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out uint result))
        {
            return result;
        }

        errors.Add(new(name, $"{name}=\"{value}\" is not a whole number of seconds or items", Lwm2mClauses.WriteAttributes));
        return null;
    }

    private double? Number(string name, string value)
    {
        if (double.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out double result) && double.IsFinite(result))
        {
            return result;
        }

        errors.Add(new(name, $"{name}=\"{value}\" is not a number", Lwm2mClauses.WriteAttributes));
        return null;
    }

    private bool? Bit(string name, string value)
    {
        if (value is "0" or "1")
        {
            return value == "1";
        }

        errors.Add(new(name, $"{name}=\"{value}\" must be 0 or 1", Lwm2mClauses.WriteAttributes));
        return null;
    }
}
