using System.Globalization;
using CsCheck;
using System.Net;
using Harness.Runtime.Analysis.Reading;
using Harness.Runtime.Capture;
using Harness.Tests.Runtime.Analysis.Support;
using Harness.Tests.Support;

namespace Harness.Tests.Runtime.Analysis.Reading;

public class CaptureFileReaderTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 1, 2, 3, TimeSpan.Zero);
    private static readonly byte[] CoapGet = [0x40, 0x01, 0x12, 0x34, 0xB2, (byte)'r', (byte)'d'];

    private static byte[] Packet(int sourcePort = 40000, byte[]? payload = null) =>
        IpPacketBuilder.Udp(new IPEndPoint(IPAddress.Loopback, sourcePort), new IPEndPoint(IPAddress.Loopback, 5683), payload ?? CoapGet);

    [Test]
    public void Reads_back_what_PcapngWriter_wrote_with_link_types_times_comments_and_lengths()
    {
        var frames = new[]
        {
            new CapturedFrame(Start, PcapLinkType.Raw, Packet(), "step 1: register"),
            new CapturedFrame(Start.AddTicks(12_340), PcapLinkType.Ethernet, LinkFrames.Ethernet(Packet(40001)), "step 1: register"),
            new CapturedFrame(Start.AddSeconds(2), PcapLinkType.Raw, Packet(40002).AsMemory(0, 30), 35, null),
            new CapturedFrame(Start.AddSeconds(3), PcapLinkType.Raw, Packet(40003), "step 2: read /3/0"),
        };
        using var file = new MemoryStream();
        using (var writer = new PcapngWriter(file, "test", leaveOpen: true))
        {
            foreach (var frame in frames)
            {
                writer.Write(frame);
            }

            writer.WriteStatistics(PcapLinkType.Raw, new CaptureStatistics(4, 0), Start.AddSeconds(4));
        }

        file.Position = 0;
        using var reader = CaptureFileReader.Open(file);
        var read = reader.ReadFrames().ToList();

        Assert.That(reader.Format, Is.EqualTo(CaptureFileFormat.Pcapng));
        Assert.That(read, Has.Count.EqualTo(frames.Length));
        for (int i = 0; i < frames.Length; i++)
        {
            Assert.That(read[i].Time, Is.EqualTo(frames[i].Time), $"frame {i + 1} time");
            Assert.That(read[i].LinkType, Is.EqualTo(frames[i].LinkType), $"frame {i + 1} link type");
            Assert.That(read[i].Data.ToArray(), Is.EqualTo(frames[i].Data.ToArray()), $"frame {i + 1} bytes");
            Assert.That(read[i].OriginalLength, Is.EqualTo(frames[i].OriginalLength), $"frame {i + 1} original length");
            Assert.That(read[i].Comment, Is.EqualTo(frames[i].Comment), $"frame {i + 1} comment");
        }
    }

    [TestCase(false, false)]
    [TestCase(true, false)]
    [TestCase(false, true)]
    [TestCase(true, true)]
    public async Task Reads_pcap_in_both_byte_orders_and_resolutions_as_tshark_does(bool bigEndian, bool nanoseconds)
    {
        uint fraction = nanoseconds ? 123_456_789u : 123_456u;
        var bytes = new CaptureBytes().PcapHeader(bigEndian, nanoseconds, (int)PcapLinkType.Raw)
            .PcapRecord(1_700_000_000, fraction, Packet())
            .PcapRecord(1_700_000_001, 0, Packet(40001).AsSpan(0, 28), originalLength: 35);
        string path = bytes.Save();
        try
        {
            var frames = CaptureFileReader.ReadAll(path);
            var theirs = await Tshark.FieldsAsync(path, string.Empty, "frame.time_epoch", "frame.cap_len", "frame.len");

            Assert.That(frames, Has.Count.EqualTo(2));
            Assert.That(theirs, Has.Count.EqualTo(2));
            long expectedTicks = nanoseconds ? 1_234_567 : 1_234_560;
            Assert.That(frames[0].Time, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000).AddTicks(expectedTicks)));
            for (int i = 0; i < 2; i++)
            {
                Assert.That(EpochSeconds(frames[i].Time), Is.EqualTo(decimal.Parse(theirs[i][0], CultureInfo.InvariantCulture)).Within(0.0000001m), "time as tshark reads it");
                Assert.That(frames[i].Data.Length.ToString(CultureInfo.InvariantCulture), Is.EqualTo(theirs[i][1]));
                Assert.That(frames[i].OriginalLength.ToString(CultureInfo.InvariantCulture), Is.EqualTo(theirs[i][2]));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public async Task Reads_big_endian_pcapng_with_two_sections_resolutions_and_every_packet_block_as_tshark_does()
    {
        var bytes = new CaptureBytes()
            .SectionHeader(bigEndian: true)
            .InterfaceDescription((int)PcapLinkType.Raw, resolution: 9)
            .InterfaceDescription((int)PcapLinkType.Ethernet, resolution: 0x8A) // 2^-10 s
            .EnhancedPacket(0, 1_700_000_000_123_456_789UL, Packet(), "first section")
            .UnknownBlock(0x00000BAD, 10)
            .EnhancedPacket(1, 1_700_000_001UL * 1024 + 512, LinkFrames.Ethernet(Packet(40001)))
            .ObsoletePacket(1, 1_700_000_002UL * 1024, LinkFrames.Ethernet(Packet(40002)))
            .SectionHeader(bigEndian: false)
            .InterfaceDescription((int)PcapLinkType.LinuxSll)
            .SimplePacket(LinkFrames.LinuxSll(Packet(40003)))
            .EnhancedPacket(0, 1_700_000_003_000_001UL, LinkFrames.LinuxSll(Packet(40004)), "second section");
        string path = bytes.Save();
        try
        {
            var frames = CaptureFileReader.ReadAll(path);
            // tshark lists the unknown block as a record of its own; "udp" leaves the packets.
            var theirs = await Tshark.FieldsAsync(path, "udp", "frame.time_epoch", "frame.cap_len", "udp.srcport", "frame.comment");

            Assert.That(frames.Select(f => f.LinkType), Is.EqualTo(new[] { PcapLinkType.Raw, PcapLinkType.Ethernet, PcapLinkType.Ethernet, PcapLinkType.LinuxSll, PcapLinkType.LinuxSll }));
            Assert.That(frames.Select(f => f.Comment), Is.EqualTo(new[] { "first section", null, null, null, "second section" }));
            Assert.That(theirs, Has.Count.EqualTo(frames.Count), string.Join("\n", theirs.Select(row => string.Join(" | ", row))));
            for (int i = 0; i < frames.Count; i++)
            {
                Assert.That(frames[i].Data.Length.ToString(CultureInfo.InvariantCulture), Is.EqualTo(theirs[i][1]), $"frame {i + 1} length");
                Assert.That(theirs[i][2], Is.EqualTo((40000 + i).ToString(CultureInfo.InvariantCulture)), $"frame {i + 1} as tshark dissects it");
                if (i != 3) // a Simple Packet Block has no timestamp
                {
                    Assert.That(EpochSeconds(frames[i].Time), Is.EqualTo(decimal.Parse(theirs[i][0], CultureInfo.InvariantCulture)).Within(0.0000001m), $"frame {i + 1} time");
                }
            }

            Assert.That(frames[0].Time, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000).AddTicks(1_234_567)));
            Assert.That(frames[1].Time, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1_700_000_001).AddMilliseconds(500)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestCase("pcap")]
    [TestCase("nsecpcap")]
    [TestCase("pcapng")]
    public async Task Reads_files_editcap_converted_from_ours(string format)
    {
        string ours = Path.Combine(Path.GetTempPath(), $"ours-{Guid.NewGuid():N}.pcapng");
        string converted = Path.ChangeExtension(ours, "." + format);
        var frames = Enumerable.Range(0, 20)
            .Select(i => new CapturedFrame(Start.AddTicks(i * 1_234_560L), PcapLinkType.Raw, Packet(40000 + i), i < 10 ? "step 1" : "step 2"))
            .ToList();
        using (var writer = new PcapngWriter(File.Create(ours), "test"))
        {
            frames.ForEach(writer.Write);
        }

        try
        {
            await using var editcap = await ExternalProcess.RunAsync("editcap", ["-F", format, ours, converted], TimeSpan.FromSeconds(60), "Debian package wireshark-common");
            Assert.That(editcap.ExitCode, Is.Zero, editcap.StandardError);

            var read = CaptureFileReader.ReadAll(converted);

            Assert.That(read.Select(f => f.Time), Is.EqualTo(frames.Select(f => f.Time)));
            Assert.That(read.Select(f => f.Data.ToArray()), Is.EqualTo(frames.Select(f => f.Data.ToArray())));
            Assert.That(read.Select(f => f.Comment), Is.EqualTo(format == "pcapng" ? frames.Select(f => f.Comment) : frames.Select(_ => (string?)null)));
        }
        finally
        {
            File.Delete(ours);
            File.Delete(converted);
        }
    }

    [Test]
    public void A_truncated_pcapng_yields_the_frames_before_the_cut_then_names_the_offset_and_block()
    {
        using var file = new MemoryStream();
        using (var writer = new PcapngWriter(file, "test", leaveOpen: true))
        {
            for (int i = 0; i < 3; i++)
            {
                writer.Write(new CapturedFrame(Start.AddSeconds(i), PcapLinkType.Raw, Packet(40000 + i)));
            }
        }

        var bytes = file.ToArray();
        int lastBlock = LastBlockOffset(bytes);
        using var reader = CaptureFileReader.Open(new MemoryStream(bytes[..(bytes.Length - 10)]));
        var read = new List<CapturedFrame>();
        var error = Assert.Throws<CaptureFormatException>(() => read.AddRange(reader.ReadFrames()));

        Assert.That(read, Has.Count.EqualTo(2));
        Assert.That(error!.Offset, Is.EqualTo(lastBlock));
        Assert.That(error.Block, Does.StartWith("Enhanced Packet Block"));
        Assert.That(error.FramesRead, Is.EqualTo(2));
        Assert.That(error.Message, Does.Contain($"byte offset {lastBlock}").And.Contain("ends inside the block"));
    }

    [Test]
    public void A_pcapng_block_whose_trailing_length_disagrees_is_corrupt()
    {
        var bytes = new CaptureBytes().SectionHeader(false).InterfaceDescription(101).EnhancedPacket(0, 0, Packet()).ToArray();
        bytes[^1] ^= 0x10;
        using var reader = CaptureFileReader.Open(new MemoryStream(bytes));

        var error = Assert.Throws<CaptureFormatException>(() => reader.ReadFrames().ToList());

        Assert.That(error!.Problem, Does.Contain("trailing total length"));
        Assert.That(error.Block, Is.EqualTo("Enhanced Packet Block (block #3)"));
    }

    [Test]
    public void A_frame_naming_an_undescribed_interface_is_corrupt()
    {
        var bytes = new CaptureBytes().SectionHeader(false).InterfaceDescription(101).EnhancedPacket(1, 0, Packet()).ToArray();
        using var reader = CaptureFileReader.Open(new MemoryStream(bytes));

        var error = Assert.Throws<CaptureFormatException>(() => reader.ReadFrames().ToList());

        Assert.That(error!.Problem, Does.Contain("interface 1"));
    }

    [Test]
    public void A_truncated_pcap_record_names_the_record()
    {
        var bytes = new CaptureBytes().PcapHeader(false, false, 101).PcapRecord(1, 0, Packet()).PcapRecord(2, 0, Packet()).ToArray();
        using var reader = CaptureFileReader.Open(new MemoryStream(bytes[..^5]));
        var read = new List<CapturedFrame>();

        var error = Assert.Throws<CaptureFormatException>(() => read.AddRange(reader.ReadFrames()));

        Assert.That(read, Has.Count.EqualTo(1));
        Assert.That(error!.Block, Is.EqualTo("pcap record #2"));
        Assert.That(error.Offset, Is.EqualTo(24 + 16 + Packet().Length));
    }

    [Test]
    public void A_file_that_is_no_capture_is_refused_at_offset_0()
    {
        var error = Assert.Throws<CaptureFormatException>(() => CaptureFileReader.Open(new MemoryStream("hello, world"u8.ToArray())));

        Assert.That(error!.Offset, Is.Zero);
        Assert.That(error.Problem, Does.Contain("neither pcap's nor pcapng's"));
    }

    [Test]
    public void Frames_larger_than_a_chunk_and_many_small_ones_read_back_unchanged()
    {
        var gen = Gen.Byte.Array[1, 3000].List[1, 40];
        FixedSeed.Sample(gen, "capture round trip", 20, payloads =>
        {
            using var file = new MemoryStream();
            using (var writer = new PcapngWriter(file, "test", leaveOpen: true))
            {
                for (int i = 0; i < payloads.Count; i++)
                {
                    writer.Write(new CapturedFrame(Start.AddTicks(i * 10), PcapLinkType.Raw, payloads[i], payloads[i].Length, i % 3 == 0 ? $"c{i}" : null));
                }
            }

            file.Position = 0;
            using var reader = CaptureFileReader.Open(file);
            var read = reader.ReadFrames().ToList();
            Assert.That(read.Select(f => f.Data.ToArray()), Is.EqualTo(payloads));
            Assert.That(read.Select(f => f.Comment), Is.EqualTo(payloads.Select((_, i) => i % 3 == 0 ? $"c{i}" : null)));
        });

        var big = new byte[CaptureByteSource.ChunkSize + 1000];
        Random.Shared.NextBytes(big);
        var bytes = new CaptureBytes().PcapHeader(false, false, 101, snapshotLength: (uint)big.Length).PcapRecord(1, 0, Packet()).PcapRecord(2, 0, big).PcapRecord(3, 0, Packet()).ToArray();
        using var bigReader = CaptureFileReader.Open(new MemoryStream(bytes));
        var frames = bigReader.ReadFrames().ToList();
        Assert.That(frames[1].Data.ToArray(), Is.EqualTo(big));
        Assert.That(frames[2].Data.ToArray(), Is.EqualTo(Packet()));
    }

    private static decimal EpochSeconds(DateTimeOffset time) => (time.UtcTicks - DateTime.UnixEpoch.Ticks) / (decimal)TimeSpan.TicksPerSecond;

    private static int LastBlockOffset(byte[] pcapng)
    {
        int offset = 0;
        int last = 0;
        while (offset < pcapng.Length)
        {
            last = offset;
            offset += BitConverter.ToInt32(pcapng, offset + 4);
        }

        return last;
    }
}
