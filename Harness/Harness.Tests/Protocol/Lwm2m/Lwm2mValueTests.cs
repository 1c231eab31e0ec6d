using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Tests.Protocol.Lwm2m;

public class Lwm2mValueTests
{
    [Test]
    public void Each_factory_yields_its_data_type()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Lwm2mValue.String("x").DataType, Is.EqualTo(Lwm2mDataType.String));
            Assert.That(Lwm2mValue.Integer(-1).DataType, Is.EqualTo(Lwm2mDataType.Integer));
            Assert.That(Lwm2mValue.UnsignedInteger(ulong.MaxValue).DataType, Is.EqualTo(Lwm2mDataType.UnsignedInteger));
            Assert.That(Lwm2mValue.Float(1.5).DataType, Is.EqualTo(Lwm2mDataType.Float));
            Assert.That(Lwm2mValue.Boolean(true).DataType, Is.EqualTo(Lwm2mDataType.Boolean));
            Assert.That(Lwm2mValue.Opaque([1, 2]).DataType, Is.EqualTo(Lwm2mDataType.Opaque));
            Assert.That(Lwm2mValue.Time(0).DataType, Is.EqualTo(Lwm2mDataType.Time));
            Assert.That(Lwm2mValue.Objlnk(3, 0).DataType, Is.EqualTo(Lwm2mDataType.Objlnk));
            Assert.That(Lwm2mValue.Corelnk("</3/0>").DataType, Is.EqualTo(Lwm2mDataType.Corelnk));
        });
    }

    [Test]
    public void Values_compare_by_type_and_content()
    {
        var five = Lwm2mValue.Integer(5);
        var text = Lwm2mValue.String("a");
        Assert.That(five, Is.EqualTo(Lwm2mValue.Integer(2 + 3)));
        Assert.That(Lwm2mValue.Integer(5), Is.Not.EqualTo(Lwm2mValue.Integer(6)));
        Assert.That((Lwm2mValue)Lwm2mValue.Integer(5), Is.Not.EqualTo(Lwm2mValue.UnsignedInteger(5)));
        Assert.That((Lwm2mValue)Lwm2mValue.Integer(5), Is.Not.EqualTo(Lwm2mValue.Time(5)));
        Assert.That((Lwm2mValue)Lwm2mValue.String("</3>"), Is.Not.EqualTo(Lwm2mValue.Corelnk("</3>")));
        Assert.That(text.GetHashCode(), Is.EqualTo(Lwm2mValue.String(new string('a', 1)).GetHashCode()));
    }

    [Test]
    public void Opaque_values_compare_bytes_and_copy_their_input()
    {
        var buffer = new byte[] { 1, 2, 3 };
        var value = Lwm2mValue.Opaque(buffer);
        buffer[0] = 9;

        Assert.That(value, Is.EqualTo(Lwm2mValue.Opaque([1, 2, 3])));
        Assert.That(value.GetHashCode(), Is.EqualTo(Lwm2mValue.Opaque([1, 2, 3]).GetHashCode()));
        Assert.That(value, Is.Not.EqualTo(Lwm2mValue.Opaque([1, 2])));
        Assert.That(Lwm2mValue.Opaque([]), Is.EqualTo(Lwm2mValue.Opaque(ReadOnlySpan<byte>.Empty)));
        Assert.That(value.ToString(), Is.EqualTo("Opaque(0x010203, 3 bytes)"));
    }

    [Test]
    public void A_32_bit_float_equals_the_same_number_held_in_64_bits()
    {
        var single = FloatValue.FromSingle(1.5f);

        Assert.That(single, Is.EqualTo(Lwm2mValue.Float(1.5)));
        Assert.That(single.IsExactInSingle, Is.True);
        Assert.That(Lwm2mValue.Float(0.1).IsExactInSingle, Is.False);
        Assert.That(FloatValue.FromSingle(0.1f), Is.Not.EqualTo(Lwm2mValue.Float(0.1)));
        Assert.That(Lwm2mValue.Float(double.NaN), Is.EqualTo(Lwm2mValue.Float(0.0 / 0.0)));
        Assert.That(Lwm2mValue.Float(double.PositiveInfinity).IsExactInSingle, Is.True);
        Assert.That(Lwm2mValue.Float(1e300).IsExactInSingle, Is.False);
    }

    [Test]
    public void Time_converts_to_and_from_instants()
    {
        var time = Lwm2mValue.Time(1_700_000_000);

        Assert.That(time.ToDateTimeOffset(), Is.EqualTo(new DateTimeOffset(2023, 11, 14, 22, 13, 20, TimeSpan.Zero)));
        Assert.That(Lwm2mValue.Time(new DateTimeOffset(2023, 11, 14, 23, 13, 20, TimeSpan.FromHours(1))), Is.EqualTo(time));
        Assert.That(time.ToString(), Is.EqualTo("Time(1700000000 = 2023-11-14T22:13:20Z)"));
        Assert.That(Lwm2mValue.Time(-1).ToDateTimeOffset().Year, Is.EqualTo(1969));

        var far = Lwm2mValue.Time(long.MaxValue);
        Assert.That(far.IsRepresentableAsDateTimeOffset, Is.False);
        Assert.Throws<InvalidOperationException>(() => far.ToDateTimeOffset());
        Assert.That(far.ToString(), Is.EqualTo($"Time({long.MaxValue})"));
    }

    [Test]
    public void Object_links_know_the_null_link_and_parse_strictly()
    {
        Assert.That(ObjectLink.Null.IsNull, Is.True);
        Assert.That(new ObjectLink(65535, 65535), Is.EqualTo(ObjectLink.Null));
        Assert.That(new ObjectLink(3, 0).IsNull, Is.False);
        Assert.That(new ObjectLink(3, 65535).IsWellFormed, Is.False);
        Assert.That(new ObjectLink(3, 0).ToPath(), Is.EqualTo(new Lwm2mPath(3, 0)));
        Assert.Throws<InvalidOperationException>(() => ObjectLink.Null.ToPath());
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new ObjectLink(65536, 0));

        Assert.That(ObjectLink.TryParse("3:0", out var link), Is.True);
        Assert.That(link, Is.EqualTo(new ObjectLink(3, 0)));
        Assert.That(ObjectLink.TryParse("65535:65535", out link) && link.IsNull, Is.True);
        foreach (var bad in new[] { "", "3", "3:", ":0", "03:0", "3:-1", "3:0:1", "65536:0", " 3:0", "3 :0" })
        {
            Assert.That(ObjectLink.TryParse(bad, out _), Is.False, bad);
        }

        Assert.That(Lwm2mValue.Objlnk(ObjectLink.Null).ToString(), Is.EqualTo("Objlnk(null 65535:65535)"));
    }

    [Test]
    public void Diagnostic_text_names_the_type_and_escapes_control_characters()
    {
        Assert.That(Lwm2mValue.String("a\"b\n").ToString(), Is.EqualTo("String(\"a\\\"b\\n\")"));
        Assert.That(Lwm2mValue.Integer(-7).ToString(), Is.EqualTo("Integer(-7)"));
        Assert.That(Lwm2mValue.UnsignedInteger(7).ToString(), Is.EqualTo("UnsignedInteger(7)"));
        Assert.That(Lwm2mValue.Float(0.5).ToString(), Is.EqualTo("Float(0.5)"));
        Assert.That(Lwm2mValue.Boolean(false).ToString(), Is.EqualTo("Boolean(false)"));
        Assert.That(Lwm2mValue.Objlnk(3, 1).ToString(), Is.EqualTo("Objlnk(3:1)"));
        Assert.That(Lwm2mValue.Corelnk("</1>").ToString(), Is.EqualTo("Corelnk(\"</1>\")"));
        Assert.That(Lwm2mValue.Opaque(new byte[40]).ToString(), Does.EndWith("…, 40 bytes)"));
    }

    [TestCase(Lwm2mDataType.None, "")]
    [TestCase(Lwm2mDataType.UnsignedInteger, "Unsigned Integer")]
    [TestCase(Lwm2mDataType.Objlnk, "Objlnk")]
    [TestCase(Lwm2mDataType.Corelnk, "Corelnk")]
    public void Data_type_names_follow_the_specification(Lwm2mDataType type, string name)
    {
        Assert.That(type.ToName(), Is.EqualTo(name));
        Assert.That(Lwm2mDataTypeNames.TryParse(name, out var parsed) && parsed == type, Is.True);
    }

    [Test]
    public void Data_type_names_are_case_sensitive()
    {
        Assert.That(Lwm2mDataTypeNames.TryParse("string", out _), Is.False);
        Assert.That(Lwm2mDataTypeNames.TryParse("UnsignedInteger", out _), Is.False);
        Assert.That(Lwm2mDataTypeNames.All, Has.Count.EqualTo(10));
    }
}
