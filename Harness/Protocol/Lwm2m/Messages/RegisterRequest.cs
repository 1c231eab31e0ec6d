using System.Globalization;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m.Model;

namespace Harness.Protocol.Lwm2m.Messages;

/// <summary>
/// Register: POST /rd?ep=..&amp;lt=..&amp;lwm2m=..&amp;b=..&amp;sms=..&amp;Q with the Objects and Object Instances
/// as link-format. Only the endpoint name defines it; everything else has a default: version 1.1, no
/// lifetime, binding or SMS number (the server then assumes 86400 s and U), not in queue mode, /1/0 and /3/0.
/// </summary>
public sealed record RegisterRequest(string Endpoint) : ILwm2mRequest
{
    public const string RegistrationPath = "rd";
    public const uint DefaultLifetime = 86400;

    public string Operation => "Register";

    /// <summary>The <c>lt</c> parameter in seconds; null leaves it out.</summary>
    public uint? Lifetime { get; init; }

    /// <summary>The <c>lwm2m</c> parameter; null leaves it out, which means 1.0.</summary>
    public VersionNumber? Version { get; init; } = Lwm2mVersions.V11;

    /// <summary>The <c>b</c> parameter without the 1.0 queue-mode letter; null leaves it out (U).</summary>
    public string? Binding { get; init; }

    public string? SmsNumber { get; init; }

    /// <summary>Sent as b=UQ for 1.0 and as the Q parameter from 1.1 on.</summary>
    public bool QueueMode { get; init; }

    public ObjectLinks ObjectLinks { get; init; } = ObjectLinks.Of("/1/0", "/3/0");

    public VersionNumber EffectiveVersion => Version ?? Lwm2mVersions.V10;

    public uint EffectiveLifetime => Lifetime ?? DefaultLifetime;

    public string EffectiveBinding => Binding ?? BindingModes.Udp;

    public CoapMessage ToCoapMessage()
    {
        var query = new List<string> { $"ep={Endpoint}" };
        if (Lifetime is { } lifetime)
        {
            query.Add(string.Create(CultureInfo.InvariantCulture, $"lt={lifetime}"));
        }

        if (Version is { } version)
        {
            query.Add($"lwm2m={version}");
        }

        bool legacyQueue = QueueMode && EffectiveVersion <= Lwm2mVersions.V10;
        if (Binding is not null || legacyQueue)
        {
            query.Add($"b={(legacyQueue ? BindingModes.WithQueueModeV10(EffectiveBinding) : Binding)}");
        }

        if (SmsNumber is not null)
        {
            query.Add($"sms={SmsNumber}");
        }

        if (QueueMode && !legacyQueue)
        {
            query.Add("Q");
        }

        return RequestBuilder.Build(CoapCode.Post, [RegistrationPath], query, ObjectLinks.ToPayload(), ContentFormat.LinkFormat);
    }

    /// <summary>
    /// Reads a Register and reports every error: wrong method or path, missing or empty ep, bad lt, an
    /// unknown or repeated parameter, a binding the version does not define, Q in 1.0, lwm2m missing when
    /// <paramref name="expectedVersion"/> is 1.1 or later, and a missing or malformed payload.
    /// </summary>
    public static Lwm2mParseResult<RegisterRequest> Parse(CoapMessage message, VersionNumber? expectedVersion = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        const string Clause = Lwm2mClauses.Register;
        var errors = new List<Lwm2mMessageError>();
        RequestBuilder.CheckMethodAndPath(message, CoapCode.Post, [RegistrationPath], Clause, errors);
        var query = new RegistrationQuery(message.UriQuery, ["ep", "lt", "lwm2m", "b", "sms", "Q"], Clause, errors);
        var endpoint = query.Text("ep", Clause, errors);
        if (!query.Has("ep"))
        {
            errors.Add(new("ep", "the Endpoint Client Name is missing", Clause));
        }
        else if (endpoint is { Length: 0 })
        {
            errors.Add(new("ep", "the Endpoint Client Name is empty", Clause));
        }

        var version = ReadVersion(query, expectedVersion, errors);
        var effective = version ?? expectedVersion ?? Lwm2mVersions.V10;
        var lifetime = query.Lifetime(Clause, errors);
        var binding = query.Binding(effective, Clause, errors);
        var sms = query.Text("sms", Clause, errors);
        bool queue = ReadQueueMode(query, binding, effective, errors);
        var links = RequestBuilder.ReadObjectLinks(message, required: true, Clause, errors);
        if (errors.Count > 0)
        {
            return Lwm2mParseResult<RegisterRequest>.Failure("Register", errors);
        }

        return Lwm2mParseResult<RegisterRequest>.Success("Register", new RegisterRequest(endpoint!)
        {
            Lifetime = lifetime,
            Version = version,
            Binding = effective <= Lwm2mVersions.V10 && binding is not null ? binding.Replace("Q", string.Empty, StringComparison.Ordinal) : binding,
            SmsNumber = sms,
            QueueMode = queue,
            ObjectLinks = links!,
        });
    }

    private static VersionNumber? ReadVersion(RegistrationQuery query, VersionNumber? expectedVersion, List<Lwm2mMessageError> errors)
    {
        var text = query.Text("lwm2m", Lwm2mClauses.Register, errors);
        if (text is null)
        {
            if (!query.Has("lwm2m") && expectedVersion is { } expected && expected >= Lwm2mVersions.V11)
            {
                errors.Add(new("lwm2m", $"the LwM2M version parameter is missing; it is mandatory from 1.1 on (expected lwm2m={expected})", Lwm2mClauses.Register));
            }

            return null;
        }

        if (VersionNumber.TryParse(text, out var version))
        {
            return version;
        }

        errors.Add(new("lwm2m", $"lwm2m=\"{text}\" is not a version like 1.1", Lwm2mClauses.Register));
        return null;
    }

    private static bool ReadQueueMode(RegistrationQuery query, string? binding, VersionNumber version, List<Lwm2mMessageError> errors)
    {
        if (!query.Has("Q"))
        {
            return version <= Lwm2mVersions.V10 && BindingModes.HasQueueModeV10(binding);
        }

        if (version <= Lwm2mVersions.V10)
        {
            errors.Add(new("Q", "the Q parameter does not exist in 1.0; queue mode is b=UQ there", Lwm2mClauses.Register));
        }

        if (query.Get("Q") is not null)
        {
            errors.Add(new("Q", $"Q is a flag without value, got Q={query.Get("Q")}", Lwm2mClauses.Register));
        }

        return true;
    }
}
