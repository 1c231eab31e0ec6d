namespace Harness.Protocol.Templates;

/// <summary>What a template field says about its part of a message.</summary>
public enum TemplateFieldKind
{
    /// <summary>Anything matches; a built message gets the default or a captured value.</summary>
    Any,

    /// <summary>Only this value matches, and a built message carries it.</summary>
    Fixed,

    /// <summary>Anything matches and is recorded under a name; if the name is already bound, it must equal that value.</summary>
    Capture,
}
