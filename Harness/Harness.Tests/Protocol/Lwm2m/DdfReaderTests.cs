using System.Text;
using Harness.Protocol.Lwm2m.Model;
using Harness.Protocol.Lwm2m.Model.Ddf;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Tests.Protocol.Lwm2m;

public class DdfReaderTests
{
    [Test]
    public void A_valid_document_yields_the_object_and_its_resources()
    {
        var definition = DdfReader.Parse(DdfSamples.Document(DdfSamples.ValidItem + DdfSamples.ExecutableItem), "tank.xml").Single();

        Assert.That(definition.Id, Is.EqualTo(42800));
        Assert.That(definition.Name, Is.EqualTo("Tank"));
        Assert.That(definition.Description, Is.EqualTo("A tank with a level."), "descriptions are kept on one line");
        Assert.That(definition.Version, Is.EqualTo(new VersionNumber(1, 1)));
        Assert.That(definition.Lwm2mVersion, Is.EqualTo(new VersionNumber(1, 1)));
        Assert.That(definition.Urn, Is.EqualTo("urn:oma:lwm2m:x:42800:1.1"));
        Assert.That(definition.IsMultiple, Is.True);
        Assert.That(definition.IsMandatory, Is.False);

        var level = definition.Resource(0);
        Assert.That(level.Operations, Is.EqualTo(ResourceOperations.ReadWrite));
        Assert.That(level.IsMultiple, Is.False);
        Assert.That(level.IsMandatory, Is.True);
        Assert.That(level.DataType, Is.EqualTo(Lwm2mDataType.Integer));
        Assert.That(level.Constraint, Is.EqualTo(ValueConstraint.Range(0, 100)));
        Assert.That(level.Units, Is.EqualTo("%"));
        Assert.That(level.Description, Is.EqualTo("How full the tank is."));
        Assert.That(definition.Resource(1).DataType, Is.EqualTo(Lwm2mDataType.None));
        Assert.That(definition.Resource(1).IsExecutable, Is.True);
    }

    [Test]
    public void Absent_versions_mean_1_0_as_in_the_earliest_files()
    {
        var header = """
                <ObjectID>42800</ObjectID>
                <ObjectURN>urn:oma:lwm2m:x:42800</ObjectURN>
                <MultipleInstances>Single</MultipleInstances>
                <Mandatory>Mandatory</Mandatory>
            """;
        var definition = DdfReader.Parse(DdfSamples.Document(DdfSamples.ValidItem, header), "old.xml").Single();

        Assert.That(definition.Version, Is.EqualTo(VersionNumber.Default));
        Assert.That(definition.Lwm2mVersion, Is.EqualTo(VersionNumber.Default));
    }

    [Test]
    public void A_missing_ObjectID_is_reported_at_the_Object_element()
    {
        var xml = DdfSamples.Document(DdfSamples.ValidItem, DdfSamples.DefaultHeader.Replace("<ObjectID>42800</ObjectID>", "", StringComparison.Ordinal));

        var error = SingleError(xml);

        Assert.That((error.Line, error.Column), Is.EqualTo(DdfSamples.PositionOf(xml, "<Object ")));
        Assert.That(error.Message, Does.Contain("no <ObjectID>").And.Contain("0..65534"));
        Assert.That(error.Source, Is.EqualTo("test.xml"));
    }

    [Test]
    public void A_bad_Type_is_reported_at_the_Type_element_with_the_accepted_names()
    {
        var xml = DdfSamples.Document(DdfSamples.ValidItem.Replace("<Type>Integer</Type>", "<Type>Int</Type>", StringComparison.Ordinal));

        var error = SingleError(xml);

        Assert.That((error.Line, error.Column), Is.EqualTo(DdfSamples.PositionOf(xml, "<Type>Int</Type>")));
        Assert.That(error.Message, Does.Contain("\"Int\"").And.Contain("Unsigned Integer").And.Contain("Corelnk"));
        Assert.That(error.ToString(), Is.EqualTo($"test.xml({error.Line},{error.Column}): {error.Message}"));
    }

    [TestCase("RWX")]
    [TestCase("rw")]
    [TestCase("RE")]
    public void Bad_Operations_are_reported_at_the_Operations_element(string operations)
    {
        var xml = DdfSamples.Document(DdfSamples.ValidItem.Replace("<Operations>RW</Operations>", $"<Operations>{operations}</Operations>", StringComparison.Ordinal));

        var error = SingleError(xml);

        Assert.That((error.Line, error.Column), Is.EqualTo(DdfSamples.PositionOf(xml, "<Operations>")));
        Assert.That(error.Message, Does.Contain("R, W, RW, E or empty"));
    }

    [Test]
    public void Broken_XML_is_reported_with_the_parser_position()
    {
        var xml = DdfSamples.Document(DdfSamples.ValidItem.Replace("</Name>", "</Nam>", StringComparison.Ordinal));

        var error = SingleError(xml);

        Assert.That(error.Message, Does.StartWith("Malformed XML"));
        Assert.That(error.Line, Is.EqualTo(DdfSamples.PositionOf(xml, "</Nam>").Line));
        Assert.That(error.Column, Is.GreaterThan(0));
        Assert.That(error.Message, Does.Not.Contain("Line "), "the position is carried once, by the error");
    }

    [Test]
    public void Every_fault_of_a_file_is_reported_at_once()
    {
        var broken = DdfSamples.ValidItem
            .Replace("<Type>Integer</Type>", "<Type>Number</Type>", StringComparison.Ordinal)
            .Replace("<Mandatory>Mandatory</Mandatory>", "<Mandatory>Yes</Mandatory>", StringComparison.Ordinal);
        var xml = DdfSamples.Document(broken + DdfSamples.ExecutableItem.Replace("<Operations>E</Operations>", "<Operations>X</Operations>", StringComparison.Ordinal));

        var exception = Assert.Throws<DdfFormatException>(() => DdfReader.Parse(xml, "test.xml"));

        Assert.That(exception.Errors, Has.Count.EqualTo(3));
        Assert.That(exception.Message.Split(Environment.NewLine), Has.Length.EqualTo(3));
    }

    [TestCase("<Item ID=\"0\">", "<Item ID=\"65535\">", "65535 is reserved")]
    [TestCase("<Item ID=\"0\">", "<Item ID=\"x\">", "decimal number")]
    [TestCase("<Item ID=\"0\">", "<Item>", "no ID attribute")]
    [TestCase("<Type>Integer</Type>", "<Type></Type>", "not executable")]
    [TestCase("<Type>Integer</Type>", "", "no <Type>")]
    [TestCase("<MultipleInstances>Single</MultipleInstances>", "<MultipleInstances>single</MultipleInstances>", "Multiple or Single")]
    [TestCase("<Name>Level</Name>", "<Name> </Name>", "<Name> is empty")]
    [TestCase("<Units>%</Units>", "<Units>%</Units><Units>%</Units>", "appears twice")]
    public void Item_faults_name_what_was_expected(string original, string replacement, string expected)
    {
        var xml = DdfSamples.Document(DdfSamples.ValidItem.Replace(original, replacement, StringComparison.Ordinal));

        Assert.That(SingleError(xml).Message, Does.Contain(expected));
    }

    [TestCase("<ObjectURN>urn:oma:lwm2m:x:42800:1.1</ObjectURN>", "<ObjectURN>urn:oma:lwm2m:x:42801:1.1</ObjectURN>", "names object 42801")]
    [TestCase("<ObjectURN>urn:oma:lwm2m:x:42800:1.1</ObjectURN>", "<ObjectURN>urn:oma:lwm2m:x:42800</ObjectURN>", "names version 1.0")]
    [TestCase("<ObjectURN>urn:oma:lwm2m:x:42800:1.1</ObjectURN>", "<ObjectURN>tank</ObjectURN>", "expected urn:oma:lwm2m:")]
    [TestCase("<ObjectVersion>1.1</ObjectVersion>", "<ObjectVersion>v1</ObjectVersion>", "major.minor")]
    [TestCase("<ObjectID>42800</ObjectID>", "<ObjectID>65535</ObjectID>", "65535 is reserved")]
    [TestCase("<Mandatory>Optional</Mandatory>", "<Mandatory>No</Mandatory>", "Mandatory or Optional")]
    public void Object_faults_name_what_was_expected(string original, string replacement, string expected)
    {
        var xml = DdfSamples.Document(DdfSamples.ValidItem, DdfSamples.DefaultHeader.Replace(original, replacement, StringComparison.Ordinal));

        Assert.That(SingleError(xml).Message, Does.Contain(expected));
    }

    [Test]
    public void Duplicate_resource_ids_are_refused()
    {
        var xml = DdfSamples.Document(DdfSamples.ValidItem + DdfSamples.ValidItem);

        Assert.That(SingleError(xml).Message, Does.Contain("defined twice"));
    }

    [Test]
    public void Wrong_root_and_empty_documents_are_refused()
    {
        Assert.That(SingleError("<Objects/>").Message, Does.Contain("expected <LWM2M>"));
        Assert.That(SingleError("<LWM2M/>").Message, Does.Contain("no <Object>"));
        Assert.That(SingleError(DdfSamples.Document("")).Message, Does.Contain("no <Item>"));
    }

    [Test]
    public void Document_type_declarations_are_refused_so_no_entity_is_ever_resolved()
    {
        var xml = "<?xml version=\"1.0\"?><!DOCTYPE LWM2M [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><LWM2M>&x;</LWM2M>";

        Assert.That(SingleError(xml).Message, Does.StartWith("Malformed XML"));
    }

    [Test]
    public void Streams_with_a_byte_order_mark_are_read()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(DdfSamples.Document(DdfSamples.ValidItem))).ToArray();
        using var stream = new MemoryStream(bytes);

        Assert.That(DdfReader.Read(stream, "bom.xml").Single().Id, Is.EqualTo(42800));
    }

    private static DdfError SingleError(string xml)
    {
        var exception = Assert.Throws<DdfFormatException>(() => DdfReader.Parse(xml, "test.xml"));
        Assert.That(exception.Errors, Has.Count.EqualTo(1), exception.Message);
        return exception.Errors[0];
    }
}
