namespace Harness.Runtime.Peers;

/// <summary>An Expect call ran out of time: what was awaited, for how long, and what arrived instead.</summary>
public sealed class Lwm2mExpectationTimeoutException : TimeoutException
{
    public Lwm2mExpectationTimeoutException()
    {
        Awaited = string.Empty;
        ArrivedInstead = [];
    }

    public Lwm2mExpectationTimeoutException(string message)
        : base(message)
    {
        Awaited = message;
        ArrivedInstead = [];
    }

    public Lwm2mExpectationTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
        Awaited = message;
        ArrivedInstead = [];
    }

    public Lwm2mExpectationTimeoutException(string awaited, TimeSpan timeout, IReadOnlyList<string> arrivedInstead)
        : base(Compose(awaited, timeout, arrivedInstead))
    {
        Awaited = awaited;
        Timeout = timeout;
        ArrivedInstead = arrivedInstead ?? [];
    }

    public string Awaited { get; }

    public TimeSpan Timeout { get; }

    /// <summary>Each message that arrived and was not the awaited one, with why not.</summary>
    public IReadOnlyList<string> ArrivedInstead { get; }

    private static string Compose(string awaited, TimeSpan timeout, IReadOnlyList<string>? arrived)
    {
        string within = $"no {awaited} within {timeout.TotalSeconds:0.###} s";
        return arrived is not { Count: > 0 }
            ? within + "; nothing else arrived"
            : within + "; arrived instead:\n  " + string.Join("\n  ", arrived);
    }
}
