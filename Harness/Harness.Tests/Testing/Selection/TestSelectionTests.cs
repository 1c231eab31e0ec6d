using Harness.Protocol.Lwm2m.Model;
using Harness.Testing.Metadata;
using Harness.Testing.Plan;
using Harness.Testing.Selection;

namespace Harness.Tests.Testing.Selection;

public class TestSelectionTests
{
    private static readonly TestCaseMetadata Register = new("Cases.Registration.Register")
    {
        EtsIds = ["LightweightM2M-1.1-int-101"],
        Interface = "Registration",
        RequiredIcs = ["binding:udp"],
        Tags = ["smoke"],
    };

    private static readonly TestCaseMetadata RegisterOverTcp = new("Cases.Registration.RegisterOverTcp")
    {
        EtsIds = ["LightweightM2M-1.1-int-150"],
        Interface = "Registration",
        RequiredIcs = ["binding:tcp", "object:3"],
    };

    private static readonly TestCaseMetadata Send = new("Cases.InformationReporting.Send")
    {
        EtsIds = ["LightweightM2M-1.1-int-1401"],
        Interface = "InformationReporting",
        Versions = new VersionRange(new VersionNumber(1, 1), null),
    };

    private static readonly TestCaseMetadata Firmware = new("Cases.Objects.FirmwareUpdate")
    {
        EtsIds = ["LightweightM2M-1.1-int-401"],
        Interface = "Objects",
        RequiredIcs = ["LWM2M-FWU-001-C-O"],
        Tags = ["slow"],
    };

    private static readonly TestCaseMetadata ServerDiscover = new("Cases.ServerRole.Discover") { Interface = "ServerRole" };

    private static readonly TestCaseMetadata Broken = new("Cases.Broken") { Problems = ["[Ets] \"x\" is not of the form ..."] };

    private static readonly TestCaseMetadata[] All = [Register, RegisterOverTcp, Send, Firmware, ServerDiscover, Broken];

    private static TestPlan Plan(string version = "1.1", DutRole role = DutRole.Client, SelectionSettings? selection = null) => new()
    {
        Dut = new DutSettings
        {
            Role = role,
            Lwm2mVersion = VersionNumber.Parse(version),
            Endpoint = "ep",
            Adapter = new AdapterSettings { Kind = AdapterKind.Attach },
        },
        Ics = new IcsSettings { Bindings = [BindingName.Udp], Objects = [new IcsObject { Id = 3 }] },
        Selection = selection ?? new SelectionSettings(),
    };

    private static SelectionDecision DecisionFor(TestSelection selection, TestCaseMetadata testCase) =>
        selection.Decisions.Single(decision => decision.TestCase == testCase);

    [Test]
    public void Without_rules_everything_applicable_runs_and_the_rest_says_why_not()
    {
        var selection = TestSelection.Decide(Plan(), All);

        Assert.That(selection.ToRun, Is.EqualTo(new[] { Register, Send }));
        Assert.That(DecisionFor(selection, RegisterOverTcp).Outcome, Is.EqualTo(SelectionOutcome.NotApplicable));
        Assert.That(DecisionFor(selection, RegisterOverTcp).Reason, Is.EqualTo("ICS does not support binding tcp"));
        Assert.That(DecisionFor(selection, Firmware).Reason, Is.EqualTo("ICS does not list static conformance item LWM2M-FWU-001-C-O"));
        Assert.That(DecisionFor(selection, ServerDiscover).Reason, Is.EqualTo("written for a server DUT; the DUT is a client"));
        Assert.That(DecisionFor(selection, Broken).Outcome, Is.EqualTo(SelectionOutcome.NotRunnable));
    }

    [Test]
    public void A_test_outside_the_version_range_names_both_versions()
    {
        var decision = DecisionFor(TestSelection.Decide(Plan(version: "1.0"), All), Send);

        Assert.That(decision.Outcome, Is.EqualTo(SelectionOutcome.OutsideVersionRange));
        Assert.That(decision.Reason, Is.EqualTo("written for LwM2M 1.1 and later; the DUT implements 1.0"));
    }

    [Test]
    public void Include_rules_keep_only_matching_tests_and_exclusion_names_its_rule()
    {
        var rules = new SelectionSettings
        {
            Include = new SelectionRules { Ets = ["LightweightM2M-1.1-int-1*"], Tags = ["slow"] },
            Exclude = new SelectionRules { Interfaces = ["Regist*"] },
        };

        var selection = TestSelection.Decide(Plan(selection: rules), All);

        Assert.That(DecisionFor(selection, Register).Reason, Is.EqualTo("excluded by selection.exclude.interfaces \"Regist*\""));
        Assert.That(DecisionFor(selection, Send).Outcome, Is.EqualTo(SelectionOutcome.Run));
        Assert.That(DecisionFor(selection, Firmware).Outcome, Is.EqualTo(SelectionOutcome.NotApplicable), "included by tag, then judged by the ICS");
        Assert.That(DecisionFor(selection, ServerDiscover).Reason, Is.EqualTo("matches no rule of selection.include"));
    }

    [Test]
    public void A_server_dut_runs_only_server_role_tests()
    {
        var selection = TestSelection.Decide(Plan(role: DutRole.Server), All);

        Assert.That(selection.ToRun, Is.EqualTo(new[] { ServerDiscover }));
        Assert.That(DecisionFor(selection, Register).Reason, Is.EqualTo("written for a client DUT; the DUT is a server"));
    }

    [Test]
    public void The_listing_shows_every_test_with_its_reason_and_the_totals()
    {
        var listing = TestSelection.Decide(Plan(), All).Describe();

        Assert.That(listing, Does.Contain("Run                 Cases.Registration.Register [LightweightM2M-1.1-int-101]: selected"));
        Assert.That(listing, Does.Contain("NotApplicable       Cases.Registration.RegisterOverTcp [LightweightM2M-1.1-int-150]: ICS does not support binding tcp"));
        Assert.That(listing, Does.EndWith("2 Run, 3 NotApplicable, 1 NotRunnable"));
    }

    [TestCase("LightweightM2M-1.1-int-1*", "LightweightM2M-1.1-int-101", true)]
    [TestCase("LightweightM2M-1.1-int-1??", "LightweightM2M-1.1-int-1401", false)]
    [TestCase("LightweightM2M-1.?-int-101", "LightweightM2M-1.0-int-101", true)]
    [TestCase("LightweightM2M-1.1-int-101", "LightweightM2M-1.1-int-1010", false)]
    [TestCase("*", "anything", true)]
    public void Globs_match_whole_values(string pattern, string value, bool matches) =>
        Assert.That(GlobPattern.Matches(pattern, value), Is.EqualTo(matches));
}
