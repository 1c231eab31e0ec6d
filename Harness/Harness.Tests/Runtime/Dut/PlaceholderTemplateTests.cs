using Harness.Runtime.Dut;

namespace Harness.Tests.Runtime.Dut;

public class PlaceholderTemplateTests
{
    private static readonly IReadOnlyDictionary<string, string> Values = DutTestValues.Configuration().PlaceholderValues();

    [Test]
    public void Every_standard_placeholder_is_expanded()
    {
        string text = PlaceholderTemplate.Expand(
            "{serverUri} {bootstrapUri} {endpoint} {lifetime} {pskIdentity} {pskKey} {serverPort} {bootstrapPort}", Values, "test");

        Assert.That(text, Is.EqualTo("coap://127.0.0.1:5683 coap://127.0.0.1:5783 urn:dev:test-1 120 id-1 00112233 5683 5783"));
    }

    [Test]
    public void Harness_bin_is_the_folder_of_the_harness_binaries()
    {
        string text = PlaceholderTemplate.Expand("{harnessBin}", Values, "test");

        Assert.That(Path.GetFullPath(text), Is.EqualTo(Path.GetFullPath(AppContext.BaseDirectory.TrimEnd('/'))));
    }

    [Test]
    public void Extra_values_are_placeholders_and_doubled_braces_are_literal()
    {
        var values = (DutTestValues.Configuration() with { Extra = new Dictionary<string, string> { ["profile"] = "c3" } }).PlaceholderValues();

        Assert.That(PlaceholderTemplate.Expand("{{x}} {profile} }}", values, "test"), Is.EqualTo("{x} c3 }"));
    }

    [Test]
    public void An_unknown_placeholder_is_named_with_the_known_ones()
    {
        var error = Assert.Throws<DutConfigurationException>(() => PlaceholderTemplate.Expand("--server {severUri}", Values, "command template"));

        Assert.That(error!.Message, Does.Contain("unknown placeholder {severUri}")
            .And.Contain("command template")
            .And.Contain("{serverUri}")
            .And.Contain("{endpoint}")
            .And.Contain("{harnessBin}"));
    }

    [TestCase("{endpoint", "not closed")]
    [TestCase("a } b", "closes nothing")]
    public void Unbalanced_braces_are_configuration_errors(string template, string expected)
    {
        var error = Assert.Throws<DutConfigurationException>(() => PlaceholderTemplate.Expand(template, Values, "test"));

        Assert.That(error!.Message, Does.Contain(expected));
    }

    [Test]
    public void An_extra_value_cannot_shadow_a_standard_placeholder()
    {
        var configuration = DutTestValues.Configuration() with { Extra = new Dictionary<string, string> { ["endpoint"] = "x" } };

        Assert.That(() => configuration.PlaceholderValues(), Throws.TypeOf<DutConfigurationException>().With.Message.Contains("'endpoint'"));
    }

    [Test]
    public void Values_are_expanded_inside_words_so_blanks_and_quotes_stay_one_argument()
    {
        var values = DutTestValues.Configuration("dev 1; rm -rf \"x\"").PlaceholderValues();

        var command = DutCommandLine.FromTemplate("client --ep {endpoint} 'two words' \"say \\\"hi\\\"\" a\\ b --uri={serverUri}", values);

        Assert.That(command.FileName, Is.EqualTo("client"));
        Assert.That(command.Arguments, Is.EqualTo(new[] { "--ep", "dev 1; rm -rf \"x\"", "two words", "say \"hi\"", "a b", "--uri=coap://127.0.0.1:5683" }));
    }

    [TestCase("client 'open", "single quote")]
    [TestCase("client \"open", "double quote")]
    [TestCase("client trailing\\", "lone backslash")]
    [TestCase("   ", "empty")]
    public void Malformed_command_templates_are_configuration_errors(string template, string expected)
    {
        Assert.That(() => DutCommandLine.FromTemplate(template, Values), Throws.TypeOf<DutConfigurationException>().With.Message.Contains(expected));
    }

    [Test]
    public void A_command_line_prints_back_with_quotes_where_needed()
    {
        var command = new DutCommandLine("/bin/client", ["--ep", "dev 1", "it's"]);

        Assert.That(command.ToString(), Is.EqualTo("/bin/client --ep 'dev 1' 'it'\\''s'"));
    }
}
