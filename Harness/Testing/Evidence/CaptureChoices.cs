namespace Harness.Testing.Evidence;

/// <summary>Reads a <see cref="CaptureChoice"/> from its text form: auto, live, tap or off.</summary>
public static class CaptureChoices
{
    /// <summary>The accepted values, for messages and help.</summary>
    public const string Allowed = "auto, live, tap, off";

    /// <summary>The choice <paramref name="text"/> names (case-insensitive; empty means auto), or null when it names none.</summary>
    public static CaptureChoice? Parse(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        null or "" or "AUTO" => CaptureChoice.Auto,
        "LIVE" => CaptureChoice.Live,
        "TAP" => CaptureChoice.Tap,
        "OFF" => CaptureChoice.Off,
        _ => null,
    };
}
