using Harness.Protocol.Coap;

namespace Harness.Tests.Architecture;

/// <summary>Harness.Protocol stays pure: no sockets, clocks, threads, timers or NUnit in its compiled metadata.</summary>
public class ProtocolPurityTests
{
    [Test]
    public void Protocol_references_no_socket_clock_thread_timer_or_test_framework()
    {
        string path = typeof(CoapMessage).Assembly.Location;

        var findings = ForbiddenApiInspector.Inspect(path);

        Assert.That(findings, Is.Empty, () => "Harness.Protocol uses forbidden APIs:\n" + string.Join("\n", findings));
    }

    [Test]
    public void The_inspector_finds_each_forbidden_use_in_the_samples()
    {
        var findings = ForbiddenApiInspector.Inspect(typeof(ForbiddenApiSamples).Assembly.Location).Select(f => f.Name).ToList();

        Assert.That(findings, Is.SupersetOf(new[]
        {
            "System.DateTime::get_UtcNow",
            "System.Environment::get_TickCount64",
            "System.Diagnostics.Stopwatch",
            "System.TimeProvider",
            "System.Threading.Tasks.Task::Delay",
            "System.Threading.Thread",
            "System.Net.Sockets.Socket",
            "nunit.framework",
        }));
    }

    [Test]
    public void A_single_clock_read_is_enough_to_be_found()
    {
        // The Protocol assembly itself must not read the clock, while the samples do it exactly once.
        var protocol = ForbiddenApiInspector.Inspect(typeof(CoapMessage).Assembly.Location);
        var samples = ForbiddenApiInspector.Inspect(typeof(ForbiddenApiSamples).Assembly.Location);

        Assert.That(protocol.Where(f => f.Name == "System.DateTime::get_UtcNow"), Is.Empty);
        Assert.That(samples.Where(f => f.Name == "System.DateTime::get_UtcNow"), Has.Exactly(1).Items);
    }
}
