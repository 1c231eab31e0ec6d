using Harness.Testing.Evidence;

namespace Harness.Tests.Testing.Evidence;

public sealed class EvidenceFolderTests
{
    [Test]
    public void A_test_name_becomes_a_safe_folder_name_with_a_hash()
    {
        var name = EvidenceFolder.NameFor("TestCases.Registration.Sample.Read(\"/3/0\", 2)");

        Assert.That(name, Does.Match(@"^TestCases\.Registration\.Sample\.Read___3_0___2_-[0-9a-f]{8}$"));
    }

    [Test]
    public void Long_names_that_agree_up_to_the_cut_still_get_their_own_folders()
    {
        var stem = new string('a', EvidenceFolder.MaxNameLength + 20);

        var first = EvidenceFolder.NameFor(stem + "1");
        var second = EvidenceFolder.NameFor(stem + "2");

        Assert.That(first, Has.Length.EqualTo(EvidenceFolder.MaxNameLength + 9));
        Assert.That(first, Is.Not.EqualTo(second));
        Assert.That(EvidenceFolder.NameFor(stem + "1"), Is.EqualTo(first), "stable between runs");
    }

    [TestCase("auto", CaptureChoice.Auto)]
    [TestCase("", CaptureChoice.Auto)]
    [TestCase(" Live ", CaptureChoice.Live)]
    [TestCase("TAP", CaptureChoice.Tap)]
    [TestCase("off", CaptureChoice.Off)]
    [TestCase("sometimes", null)]
    public void Capture_choices_read_from_text(string text, CaptureChoice? expected) =>
        Assert.That(CaptureChoices.Parse(text), Is.EqualTo(expected));
}
