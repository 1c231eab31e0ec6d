using Harness.Protocol.Lwm2m;

namespace Harness.Tests.Protocol.Lwm2m;

public class Lwm2mPathParsingTests
{
    [TestCase("/", Lwm2mPathLevel.Root)]
    [TestCase("/3", Lwm2mPathLevel.Object)]
    [TestCase("/3/0", Lwm2mPathLevel.ObjectInstance)]
    [TestCase("/3/0/9", Lwm2mPathLevel.Resource)]
    [TestCase("/3/0/11/1", Lwm2mPathLevel.ResourceInstance)]
    [TestCase("/65534/65534/65534/65534", Lwm2mPathLevel.ResourceInstance)]
    [TestCase("/0/0/0/0", Lwm2mPathLevel.ResourceInstance)]
    public void Valid_paths_parse_and_print_back_unchanged(string text, Lwm2mPathLevel level)
    {
        var path = Lwm2mPath.Parse(text);

        Assert.That(path.Level, Is.EqualTo(level));
        Assert.That(path.Length, Is.EqualTo((int)level));
        Assert.That(path.ToString(), Is.EqualTo(text));
    }

    [Test]
    public void Ids_are_read_in_order()
    {
        var path = Lwm2mPath.Parse("/3/0/11/1");

        Assert.That(path.ObjectId, Is.EqualTo(3));
        Assert.That(path.ObjectInstanceId, Is.Zero);
        Assert.That(path.ResourceId, Is.EqualTo(11));
        Assert.That(path.ResourceInstanceId, Is.EqualTo(1));
        Assert.That(Lwm2mPath.Parse("/3").ObjectInstanceId, Is.Null);
    }

    [TestCase("", Lwm2mPathErrorKind.Empty, 0, -1)]
    [TestCase("3/0", Lwm2mPathErrorKind.MissingLeadingSlash, 0, -1)]
    [TestCase("//", Lwm2mPathErrorKind.EmptySegment, 1, 0)]
    [TestCase("/3//9", Lwm2mPathErrorKind.EmptySegment, 3, 1)]
    [TestCase("/3/0/", Lwm2mPathErrorKind.EmptySegment, 5, 2)]
    [TestCase("/3/a", Lwm2mPathErrorKind.NotDecimal, 3, 1)]
    [TestCase("/3/0/1x", Lwm2mPathErrorKind.NotDecimal, 6, 2)]
    [TestCase("/-1", Lwm2mPathErrorKind.NotDecimal, 1, 0)]
    [TestCase("/+3", Lwm2mPathErrorKind.NotDecimal, 1, 0)]
    [TestCase("/3/ 0", Lwm2mPathErrorKind.NotDecimal, 3, 1)]
    [TestCase("/٣", Lwm2mPathErrorKind.NotDecimal, 1, 0)]
    [TestCase("/03", Lwm2mPathErrorKind.LeadingZero, 1, 0)]
    [TestCase("/3/00", Lwm2mPathErrorKind.LeadingZero, 3, 1)]
    [TestCase("/65535", Lwm2mPathErrorKind.ReservedId, 1, 0)]
    [TestCase("/3/65535", Lwm2mPathErrorKind.ReservedId, 3, 1)]
    [TestCase("/3/0/65535", Lwm2mPathErrorKind.ReservedId, 5, 2)]
    [TestCase("/3/0/11/65535", Lwm2mPathErrorKind.ReservedId, 8, 3)]
    [TestCase("/65536", Lwm2mPathErrorKind.OutOfRange, 1, 0)]
    [TestCase("/3/99999999999999999999", Lwm2mPathErrorKind.OutOfRange, 3, 1)]
    [TestCase("/1/2/3/4/5", Lwm2mPathErrorKind.TooDeep, 8, 4)]
    public void Invalid_paths_say_what_is_wrong_and_where(string text, Lwm2mPathErrorKind kind, int offset, int segment)
    {
        Assert.That(Lwm2mPath.TryParse(text, out _, out var error), Is.False);
        Assert.That(error!.Kind, Is.EqualTo(kind));
        Assert.That(error.Offset, Is.EqualTo(offset));
        Assert.That(error.Segment, Is.EqualTo(segment));
        Assert.That(error.Message, Is.Not.Empty);

        var thrown = Assert.Throws<Lwm2mPathException>(() => Lwm2mPath.Parse(text));
        Assert.That(thrown.Error, Is.EqualTo(error));
    }

    [Test]
    public void The_reserved_id_cites_the_identifier_rule()
    {
        Assert.That(Lwm2mPath.TryParse("/3/65535", out _, out var error), Is.False);
        Assert.That(error!.Clause, Does.Contain("MAX_ID"));
        Assert.That(error.Message, Does.Contain("object instance id"));
        Assert.That(error.ToString(), Does.Contain("offset 3").And.Contain("segment 1"));
    }

    [Test]
    public void Uri_path_segments_parse_to_the_same_path_and_back()
    {
        var path = Lwm2mPath.FromUriPath(["3", "0", "11", "1"]);

        Assert.That(path, Is.EqualTo(Lwm2mPath.Parse("/3/0/11/1")));
        Assert.That(path.ToUriPath(), Is.EqualTo(new[] { "3", "0", "11", "1" }));
        Assert.That(Lwm2mPath.FromUriPath([]), Is.EqualTo(Lwm2mPath.Root));
        Assert.That(Lwm2mPath.Root.ToUriPath(), Is.Empty);
    }

    [Test]
    public void Uri_path_errors_point_into_the_joined_text()
    {
        Assert.That(Lwm2mPath.TryFromUriPath(["3", "0", "x9"], out _, out var error), Is.False);
        Assert.That(error!.Kind, Is.EqualTo(Lwm2mPathErrorKind.NotDecimal));
        Assert.That(error.Segment, Is.EqualTo(2));
        Assert.That(error.Offset, Is.EqualTo("/3/0/".Length));

        Assert.That(Lwm2mPath.TryFromUriPath([""], out _, out error), Is.False);
        Assert.That(error!.Kind, Is.EqualTo(Lwm2mPathErrorKind.EmptySegment));

        Assert.That(Lwm2mPath.TryFromUriPath(["1", "2", "3", "4", "5"], out _, out error), Is.False);
        Assert.That(error!.Kind, Is.EqualTo(Lwm2mPathErrorKind.TooDeep));
        Assert.That(error.Offset, Is.EqualTo("/1/2/3/4/".Length));

        Assert.Throws<Lwm2mPathException>(() => Lwm2mPath.FromUriPath(["65535"]));
    }

    [Test]
    public void Null_text_is_refused_without_throwing_from_TryParse()
    {
        Assert.That(Lwm2mPath.TryParse(null, out var path), Is.False);
        Assert.That(path, Is.EqualTo(Lwm2mPath.Root));
    }
}
