using System.Text.RegularExpressions;
using Harness.Protocol.Lwm2m.Model;
using Harness.Protocol.Lwm2m.Values;
using Harness.Runtime.Lwm2m;
using Harness.Tests.Support;

namespace Harness.Tests.Protocol.Lwm2m;

public partial class BuiltInObjectModelTests
{
    private static readonly string[] ExpectedVersions =
    [
        "0:1.0", "0:1.1", "0:1.2", "1:1.0", "1:1.1", "1:1.2", "2:1.0", "2:1.1", "3:1.0", "3:1.1", "3:1.2",
        "4:1.0", "4:1.1", "4:1.2", "4:1.3", "5:1.0", "5:1.1", "5:1.2", "6:1.0", "7:1.0", "9:1.0",
        "10:1.0", "10:1.1", "11:1.0", "11:1.1", "13:1.0", "13:1.1", "16:1.0", "19:1.0",
        "20:1.0", "20:2.0", "20:2.1", "21:1.0", "21:1.1", "21:2.0",
    ];

    private static ObjectModelRegistry Registry => BuiltInObjectModel.Registry;

    [Test]
    public void Every_object_version_the_suite_models_is_built_in()
    {
        Assert.That(Registry.Definitions.Select(d => $"{d.Id}:{d.Version}"), Is.EqualTo(ExpectedVersions));
    }

    [Test]
    public void The_fixture_files_load_from_their_folder_and_match_the_embedded_copy()
    {
        var fromFolder = ObjectModelFolder.Read(RepositoryPaths.Fixture("Objects"));

        Assert.That(fromFolder.OrderBy(d => d.Id).ThenBy(d => d.Version), Is.EqualTo(Registry.Definitions));
    }

    [Test]
    public void Fixture_file_names_say_object_id_and_version()
    {
        var names = BuiltInObjectModel.FileNames.ToList();
        var expected = Registry.Definitions.Select(d => $"{d.Id}-{d.Version.Major}_{d.Version.Minor}.xml").Order(StringComparer.Ordinal);

        Assert.That(names, Is.EqualTo(expected));
    }

    [Test]
    public void Every_name_and_description_is_present_and_one_short_line()
    {
        var problems = new List<string>();
        foreach (var definition in Registry.Definitions)
        {
            Check(problems, definition.ToString(), definition.Description);
            foreach (var resource in definition.Resources)
            {
                Check(problems, $"{definition} resource {resource}", resource.Description);
            }
        }

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void Executable_resources_have_no_type_and_all_others_have_one()
    {
        var wrong = Registry.Definitions
            .SelectMany(d => d.Resources.Select(r => (Definition: d, Resource: r)))
            .Where(x => x.Resource.IsExecutable != (x.Resource.DataType == Lwm2mDataType.None))
            .Select(x => $"{x.Definition} {x.Resource}");

        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public void Every_range_we_wrote_is_machine_readable_except_integer_widths()
    {
        var unreadable = Registry.Definitions
            .SelectMany(d => d.Resources.Select(r => (Definition: d, Resource: r)))
            .Where(x => x.Resource.RangeEnumeration.Length > 0 && x.Resource.Constraint is null)
            .Where(x => !(x.Resource.DataType == Lwm2mDataType.Integer && x.Resource.RangeEnumeration.EndsWith("byte", StringComparison.Ordinal))
                && !(x.Resource.DataType == Lwm2mDataType.Integer && x.Resource.RangeEnumeration.EndsWith("bytes", StringComparison.Ordinal)))
            .Select(x => $"{x.Definition} {x.Resource}");

        Assert.That(unreadable, Is.Empty);
    }

    [Test]
    public void Latest_lookups_answer_with_the_highest_version_overall_or_for_an_LwM2M_version()
    {
        Assert.That(Registry.GetLatest(3).Version, Is.EqualTo(new VersionNumber(1, 2)));
        Assert.That(Registry.GetLatest(3).Urn, Is.EqualTo("urn:oma:lwm2m:oma:3:1.2"));
        Assert.That(Registry.TryGetLatest(3, VersionNumber.Default, out var forLwm2m10), Is.True);
        Assert.That(forLwm2m10!.Version, Is.EqualTo(VersionNumber.Default));
        Assert.That(Registry.TryGetLatest(1, new VersionNumber(1, 1), out var server), Is.True);
        Assert.That(server!.Version, Is.EqualTo(new VersionNumber(1, 1)));
        Assert.That(Registry.TryGetLatest(21, VersionNumber.Default, out _), Is.False, "OSCORE came with LwM2M 1.1");
        Assert.That(Registry.Get(20, VersionNumber.Default).IsMultiple, Is.False);
        Assert.That(Registry.Get(20, new VersionNumber(2, 0)).IsMultiple, Is.True);
    }

    [Test]
    public void Well_known_resources_have_their_specified_shape()
    {
        var device = Registry.GetLatest(3);

        Assert.That(device.Resource(4).ToString(), Is.EqualTo("4 Reboot: E, Single, Mandatory, no type"));
        Assert.That(device.Resource(9).ToString(), Is.EqualTo("9 Battery Level: R, Single, Optional, Integer, 0..100 %"));
        Assert.That(device.Resource(11).IsMultiple && device.Resource(11).IsMandatory, Is.True);
        Assert.That(Registry.GetLatest(0).Resource(0).Operations, Is.EqualTo(ResourceOperations.None));
        Assert.That(Registry.Get(1, new VersionNumber(1, 1)).Resource(13).Operations, Is.EqualTo(ResourceOperations.None));
        Assert.That(Registry.Get(1, new VersionNumber(1, 2)).Resource(13).Operations, Is.EqualTo(ResourceOperations.Read));
        Assert.That(Registry.Get(21, new VersionNumber(1, 1)).Resource(0).DataType, Is.EqualTo(Lwm2mDataType.String));
        Assert.That(Registry.Get(21, new VersionNumber(2, 0)).Resource(0).DataType, Is.EqualTo(Lwm2mDataType.Opaque));
    }

    private static void Check(List<string> problems, string what, string description)
    {
        if (string.IsNullOrWhiteSpace(description) || description.Length > 140 || description.Contains('\n', StringComparison.Ordinal))
        {
            problems.Add($"{what}: description \"{description}\" is not one short line");
        }

        if (!SentencePattern().IsMatch(description))
        {
            problems.Add($"{what}: description \"{description}\" should start with a capital and end with a full stop");
        }
    }

    [GeneratedRegex(@"^[A-Z].*\.$")]
    private static partial Regex SentencePattern();
}
