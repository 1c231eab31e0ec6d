using CsCheck;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content.SenmlJson;
using Harness.Tests.Support;

namespace Harness.Tests.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>Name resolution: base name + name as one path, and the per-pack shortcut agreeing with it.</summary>
public class SenmlNameParserTests
{
    [TestCase("/3/0/", "6/1", "/3/0/6/1")]
    [TestCase("/", "3/0/0", "/3/0/0")]
    [TestCase(null, "/1/0/1", "/1/0/1")]
    [TestCase("/3/0/0", null, "/3/0/0")]
    [TestCase("/2/3", "/0", "/2/3/0")]
    [TestCase("/3/0/1", "1/0", "/3/0/11/0")]
    public void Base_name_and_name_join_into_one_path(string? baseName, string? name, string expected)
    {
        Assert.That(SenmlNameParser.TryResolve(baseName, name, out var path, out _), Is.True);
        Assert.That(path, Is.EqualTo(Lwm2mPath.Parse(expected)));
    }

    [TestCase("/3/0/", "x", "'x' in an id")]
    [TestCase("/3/0/", "", "an empty id")]
    [TestCase("/3/0/", "09", "leading zero")]
    [TestCase("3/0/", "9", "no leading '/'")]
    [TestCase("/3/0/", "65535", "above 65534")]
    [TestCase("/3/0/", "1/2/3", "more than four ids")]
    [TestCase(null, null, "has no name")]
    public void Names_that_are_not_paths_say_why(string? baseName, string? name, string problem)
    {
        Assert.That(SenmlNameParser.TryResolve(baseName, name, out _, out string actual), Is.False);
        Assert.That(actual, Does.Contain(problem));
    }

    [Test]
    public void The_shortcut_below_a_parsed_base_name_gives_what_full_resolution_gives()
    {
        var baseNames = Gen.OneOf(Gen.Const("/"), Gen.Const("/3/"), Gen.Const("/3/0/"), Gen.Const("/3/0/11/"), Gen.Const("/65534/1/"), Gen.Const("/3/0"));
        var names = Gen.OneOf(Gen.Char['0', '9'], Gen.Const('/'), Gen.Const('x')).Array[0, 12].Select(chars => new string(chars));
        FixedSeed.Sample(Gen.Select(baseNames, names), GeneratedContent.Seed, 20_000, (baseName, name) =>
            {
                bool full = SenmlNameParser.TryResolve(baseName, name, out var expected, out _);
                if (SenmlNameParser.TryParsePrefix(baseName, out var prefix) && SenmlNameParser.TryAppend(prefix, name, out var shortcut))
                {
                    Assert.That((full, shortcut), Is.EqualTo((true, expected)), $"{baseName} + {name}");
                }
            });
    }
}
