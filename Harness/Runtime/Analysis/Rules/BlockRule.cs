using Harness.Protocol.Coap;

namespace Harness.Runtime.Analysis.Rules;

/// <summary>
/// WIRE-BLOCK: block-wise transfers (RFC 7959) numbered and sized as the RFC says.
/// <list type="bullet">
/// <item>Every block with M=1 carries exactly 2^(SZX+4) bytes, the last (M=0) at most that (§2.2): Violation.</item>
/// <item>A Block2 response uses the requested size or a smaller one (§2.4, MUST) and starts at the requested offset
/// (NUM·size of the request; NUM 0 when the request had no Block2): Violation.</item>
/// <item>A requester's Block2 request carries M=0 (§2.4, MUST): Violation.</item>
/// <item>Sequence, judged per transfer (flow and Uri-Path): a Block2 request that skips past the next offset, or a
/// Block1 request that is neither the next offset, a repeat nor a restart at 0, or a block size larger than the one
/// before it mid-transfer: Warning, since random access and size changes are allowed within limits the capture
/// cannot always see (§2.4, §2.5: the client SHOULD heed the server's size).</item>
/// </list>
/// BERT blocks (SZX 7, RFC 8323 §6) are multiples of 1024 bytes: only that is checked for them.
/// </summary>
public sealed class BlockRule : IWireRule
{
    public string Id => "WIRE-BLOCK";

    public string Clause => "RFC 7959 §2.2, §2.4, §2.5";

    public string Title => "Block1/Block2 numbering (0,1,2…), sizes (M=1 blocks are full, SZX not growing), responses at the requested block";

    public IEnumerable<WireFinding> Check(WireTimeline timeline, WireAnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(settings);
        var index = new WireExchangeIndex(timeline);
        var nextBlock2 = new Dictionary<(WireFlow Flow, string Path), BlockValue>();
        var lastBlock1 = new Dictionary<(WireFlow Flow, string Path), (BlockValue Block, int Length)>();
        var findings = new List<WireFinding>();
        foreach (var wire in timeline.Messages)
        {
            if (wire.Message is not { } message)
            {
                continue;
            }

            var judged = settings.IsJudged(wire.Source);
            if (message.IsRequest)
            {
                var transfer = (WireFlow.Of(wire), message.UriPath);
                if (judged && message.Block1 is { } block1)
                {
                    Size(wire, block1, "Block1", findings);
                    Block1Sequence(wire, block1, lastBlock1.TryGetValue(transfer, out var before) ? before : null, findings);
                }

                if (message.Block1 is { } sent)
                {
                    lastBlock1[transfer] = (sent, message.Payload.Length);
                }

                if (judged && message.Block2 is { } wanted)
                {
                    Block2Request(wire, wanted, nextBlock2.TryGetValue(transfer, out var next) ? next : null, findings);
                }
            }
            else if (message.IsResponse && message.Block2 is { } block2)
            {
                var request = index.RequestOf(wire, settings.Transmission.ExchangeLifetime);
                if (judged)
                {
                    Size(wire, block2, "Block2", findings);
                    if (request is not null)
                    {
                        Block2Response(wire, block2, request, findings);
                    }
                }

                if (request is not null)
                {
                    var transfer = (WireFlow.Of(request), request.Message!.UriPath);
                    if (block2.More && !block2.IsBert)
                    {
                        nextBlock2[transfer] = new BlockValue(block2.Number + 1, false, block2.SizeExponent);
                    }
                    else
                    {
                        nextBlock2.Remove(transfer);
                    }
                }
            }
        }

        return findings;
    }

    private void Size(WireMessage wire, BlockValue block, string option, List<WireFinding> findings)
    {
        var length = wire.Message!.Payload.Length;
        string? expected = null;
        if (block.IsBert)
        {
            expected = block.More && (length == 0 || length % 1024 != 0) ? "a non-empty multiple of 1024 bytes (BERT, M=1)" : null;
        }
        else if (block.More && length != block.Size)
        {
            expected = $"exactly {block.Size} bytes (M=1)";
        }
        else if (!block.More && length > block.Size)
        {
            expected = $"at most {block.Size} bytes (last block)";
        }

        if (expected is not null)
        {
            findings.Add(WireFindings.Create(
                this,
                WireFindingSeverity.Violation,
                $"{WireFindings.Frame(wire)} carries {option} {block} with a {length}-byte payload",
                [wire],
                expected: expected,
                actual: $"{length} bytes",
                clause: "RFC 7959 §2.2"));
        }
    }

    private void Block2Request(WireMessage wire, BlockValue wanted, BlockValue? next, List<WireFinding> findings)
    {
        if (wanted.More)
        {
            findings.Add(WireFindings.Create(this, WireFindingSeverity.Violation, $"{WireFindings.Frame(wire)} asks for Block2 {wanted} with M=1",
                [wire], expected: "M=0 in a Block2 request", actual: "M=1", clause: "RFC 7959 §2.4"));
        }

        if (next is not { } expected || wanted.Number == 0 || wanted.IsBert || expected.IsBert)
        {
            return;
        }

        if (wanted.Offset > expected.Offset)
        {
            findings.Add(WireFindings.Create(this, WireFindingSeverity.Warning,
                $"{WireFindings.Frame(wire)} asks for Block2 {wanted} (offset {wanted.Offset}), skipping the next block at offset {expected.Offset}",
                [wire], expected: $"Block2 offset {expected.Offset} ({expected.Number}/0/{expected.Size}) or earlier", actual: $"offset {wanted.Offset}", clause: "RFC 7959 §2.4"));
        }
        else if (wanted.SizeExponent > expected.SizeExponent)
        {
            findings.Add(WireFindings.Create(this, WireFindingSeverity.Warning,
                $"{WireFindings.Frame(wire)} asks for {wanted.Size}-byte blocks mid-transfer after {expected.Size}-byte ones",
                [wire], expected: $"block size at most {expected.Size}", actual: $"{wanted.Size}", clause: "RFC 7959 §2.4"));
        }
    }

    private void Block2Response(WireMessage wire, BlockValue sent, WireMessage request, List<WireFinding> findings)
    {
        if (request.Message!.Block2 is not { } asked)
        {
            if (sent.Number != 0)
            {
                findings.Add(WireFindings.Create(this, WireFindingSeverity.Violation,
                    $"{WireFindings.Frame(wire)} sends Block2 {sent} for {WireFindings.Frame(request)}, which asked for no particular block",
                    [wire, request], expected: "the first block (NUM 0)", actual: $"Block2 {sent}", clause: "RFC 7959 §2.4"));
            }

            return;
        }

        if (asked.IsBert || sent.IsBert)
        {
            return;
        }

        if (sent.SizeExponent > asked.SizeExponent)
        {
            findings.Add(WireFindings.Create(this, WireFindingSeverity.Violation,
                $"{WireFindings.Frame(wire)} answers {WireFindings.Frame(request)}'s Block2 {asked} with larger {sent.Size}-byte blocks",
                [wire, request], expected: $"block size at most {asked.Size}", actual: $"Block2 {sent}", clause: "RFC 7959 §2.4"));
        }
        else if (sent.Offset != asked.Offset)
        {
            findings.Add(WireFindings.Create(this, WireFindingSeverity.Violation,
                $"{WireFindings.Frame(wire)} sends Block2 {sent} (offset {sent.Offset}) for {WireFindings.Frame(request)}, which asked for offset {asked.Offset}",
                [wire, request], expected: $"the block at offset {asked.Offset}", actual: $"offset {sent.Offset}", clause: "RFC 7959 §2.4"));
        }
    }

    private void Block1Sequence(WireMessage wire, BlockValue block, (BlockValue Block, int Length)? before, List<WireFinding> findings)
    {
        if (before is not { } previous || block.IsBert || previous.Block.IsBert)
        {
            return;
        }

        var next = previous.Block.Offset + previous.Length;
        var fits = block.Number == 0 || block.Offset == previous.Block.Offset || block.Offset == next;
        if (!fits)
        {
            findings.Add(WireFindings.Create(this, WireFindingSeverity.Warning,
                $"{WireFindings.Frame(wire)} sends Block1 {block} (offset {block.Offset}) after a block ending at offset {next}",
                [wire], expected: $"Block1 at offset {next} (or a repeat, or a restart at 0)", actual: $"offset {block.Offset}", clause: "RFC 7959 §2.5"));
        }
        else if (block.Number != 0 && block.SizeExponent > previous.Block.SizeExponent)
        {
            findings.Add(WireFindings.Create(this, WireFindingSeverity.Warning,
                $"{WireFindings.Frame(wire)} grows the Block1 size mid-transfer to {block.Size} bytes after {previous.Block.Size}",
                [wire], expected: $"block size at most {previous.Block.Size}", actual: $"{block.Size}", clause: "RFC 7959 §2.5"));
        }
    }
}
