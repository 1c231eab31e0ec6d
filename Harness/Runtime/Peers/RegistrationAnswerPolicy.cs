namespace Harness.Runtime.Peers;

/// <summary>Who answers Register, Update and De-register at the fake server.</summary>
public enum RegistrationAnswerPolicy
{
    /// <summary>Lock-step: each waits until the test answers it through its handle.</summary>
    Manual,

    /// <summary>Answered at once (2.01 with a fresh location, 2.04, 2.02); still recorded for Expect calls.</summary>
    Automatic,
}
