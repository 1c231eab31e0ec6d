using Harness.Protocol.Lwm2m.Model;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Tests.Protocol.Lwm2m;

public class ValueConstraintTests
{
    [TestCase("0..255", Lwm2mDataType.Integer, "0..255")]
    [TestCase("0-255", Lwm2mDataType.Integer, "0..255")]
    [TestCase("0 - 23", Lwm2mDataType.UnsignedInteger, "0..23")]
    [TestCase("-110..-48", Lwm2mDataType.Integer, "-110..-48")]
    [TestCase("-90.5..90.5", Lwm2mDataType.Float, "-90.5..90.5")]
    [TestCase("0..255", Lwm2mDataType.String, "0..255 bytes")]
    [TestCase("0..255 bytes", Lwm2mDataType.String, "0..255 bytes")]
    [TestCase("0-255 bytes", Lwm2mDataType.Opaque, "0..255 bytes")]
    [TestCase("16,32,48", Lwm2mDataType.Opaque, "16,32,48 bytes")]
    [TestCase("6 bytes", Lwm2mDataType.Opaque, "6..6 bytes")]
    [TestCase("1 byte", Lwm2mDataType.Opaque, "1..1 bytes")]
    [TestCase("0, 1, 5", Lwm2mDataType.Integer, "0,1,5")]
    public void Readable_entries_parse_to_a_canonical_constraint(string text, Lwm2mDataType type, string canonical)
    {
        Assert.That(ValueConstraint.Parse(text, type)?.ToString(), Is.EqualTo(canonical));
    }

    [TestCase("", Lwm2mDataType.Integer)]
    [TestCase("255", Lwm2mDataType.Integer)]
    [TestCase("8-Bits", Lwm2mDataType.Integer)]
    [TestCase("16-bit", Lwm2mDataType.Integer)]
    [TestCase("2 bytes", Lwm2mDataType.Integer)]
    [TestCase("16-32-48 bytes", Lwm2mDataType.Opaque)]
    [TestCase("The possible values are those listed in the LwM2M Core Specification", Lwm2mDataType.String)]
    [TestCase("0..1", Lwm2mDataType.Boolean)]
    [TestCase("5..1", Lwm2mDataType.Integer)]
    public void Free_text_and_ambiguous_entries_give_no_constraint(string text, Lwm2mDataType type)
    {
        Assert.That(ValueConstraint.Parse(text, type), Is.Null);
    }

    [Test]
    public void Ranges_bound_numbers_of_every_numeric_type()
    {
        var range = ValueConstraint.Range(0, 100);

        Assert.That(range.Allows(Lwm2mValue.Integer(100)), Is.True);
        Assert.That(range.Allows(Lwm2mValue.Integer(101)), Is.False);
        Assert.That(range.Allows(Lwm2mValue.Integer(-1)), Is.False);
        Assert.That(range.Allows(Lwm2mValue.UnsignedInteger(ulong.MaxValue)), Is.False);
        Assert.That(range.Allows(Lwm2mValue.Float(99.5)), Is.True);
        Assert.That(range.Allows(Lwm2mValue.Float(double.NaN)), Is.False);
        Assert.That(range.Allows(Lwm2mValue.Time(50)), Is.True);
        Assert.That(range.Allows(Lwm2mValue.Boolean(true)), Is.True, "booleans are outside what a range speaks about");
        Assert.That(range.Allows(Lwm2mValue.String(new string('x', 500))), Is.True, "a value range says nothing about text");
    }

    [Test]
    public void Length_constraints_count_utf8_bytes()
    {
        var upTo4 = ValueConstraint.Parse("0..4 bytes", Lwm2mDataType.String)!;

        Assert.That(upTo4.Allows(Lwm2mValue.String("abcd")), Is.True);
        Assert.That(upTo4.Allows(Lwm2mValue.String("abcé")), Is.False, "é takes two bytes");
        Assert.That(upTo4.Allows(Lwm2mValue.Opaque(new byte[5])), Is.False);
        Assert.That(upTo4.Allows(Lwm2mValue.Integer(1_000)), Is.True, "a length says nothing about a number");
    }

    [Test]
    public void Enumerations_allow_only_listed_values()
    {
        var keys = ValueConstraint.Parse("16,32,48", Lwm2mDataType.Opaque)!;

        Assert.That(keys.Kind, Is.EqualTo(ValueConstraintKind.Enumeration));
        Assert.That(keys.Allows(Lwm2mValue.Opaque(new byte[32])), Is.True);
        Assert.That(keys.Allows(Lwm2mValue.Opaque(new byte[31])), Is.False);
        Assert.That(ValueConstraint.Enumeration([1, 3]).Allows(Lwm2mValue.Integer(2)), Is.False);
        Assert.Throws<ArgumentException>(() => ValueConstraint.Enumeration([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ValueConstraint.Range(2, 1));
    }

    [Test]
    public void Operation_codes_map_both_ways()
    {
        foreach (var code in ResourceOperationNames.All)
        {
            Assert.That(ResourceOperationNames.TryParse(code, out var operations), Is.True, code);
            Assert.That(operations.ToName(), Is.EqualTo(code));
        }

        Assert.That(ResourceOperationNames.TryParse("WR", out _), Is.False);
        Assert.Throws<ArgumentOutOfRangeException>(() => (ResourceOperations.Read | ResourceOperations.Execute).ToName());
    }
}
