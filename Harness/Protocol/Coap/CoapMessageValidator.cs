using System.Text.Unicode;

namespace Harness.Protocol.Coap;

/// <summary>
/// Judges a message model against the rules that can be seen in it (RULES.md): the message-layer and
/// option-definition rules that strict decoding also enforces (a model built in code may break them),
/// MUST-level usage rules strict decoding leaves alone, and SHOULD-level findings. Offsets are those
/// of the message's UDP encoding. Pure: same message, same findings.
/// </summary>
public static class CoapMessageValidator
{
    private static readonly int[] ReservedOptionNumbers = [0, 128, 132, 136, 140];

    /// <summary>Every finding, in encoding order; empty when the message breaks no rule.</summary>
    public static IReadOnlyList<CoapFormatError> Validate(CoapMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var findings = new List<CoapFormatError>();
        Add(findings, CoapMessageLayerRules.CodeClass(message.Code));
        Add(findings, CoapMessageLayerRules.TypeAndCode(message.Type, message.Code));
        Add(findings, CoapMessageLayerRules.EmptyToken(message.Code, message.Token.Length));
        if (message.Token.IsEmpty)
        {
            Add(findings, CoapMessageLayerRules.EmptyNotEmpty(message.Code, CoapUdpCodec.GetEncodedLength(message) - CoapUdpCodec.HeaderLength));
        }

        ValidateOptions(message, findings);
        ValidateDiagnosticPayload(message, findings);
        return findings;
    }

    /// <summary>Only the findings at <paramref name="level"/>.</summary>
    public static IReadOnlyList<CoapFormatError> Validate(CoapMessage message, RequirementLevel level) =>
        Validate(message).Where(f => f.Level == level).ToList();

    private static void ValidateOptions(CoapMessage message, List<CoapFormatError> findings)
    {
        int offset = CoapUdpCodec.HeaderLength + message.Token.Length;
        int previous = 0;
        bool first = true;
        foreach (var option in message.Options)
        {
            int length = option.Value.Length;
            Add(findings, CoapOptionReader.CheckDefinition(option.Number, !first && option.Number == previous, length, offset));
            ValidateValue(option, offset, findings);
            if (option.Number is OptionNumber.Block1 or OptionNumber.Block2 && length <= 3)
            {
                ValidateBlock(message, option, offset, findings);
            }

            offset += OptionHeader.Size(option.Number - previous, length) + length;
            previous = option.Number;
            first = false;
        }
    }

    private static void ValidateValue(CoapOption option, int offset, List<CoapFormatError> findings)
    {
        var span = option.Value.Span;
        if (Array.IndexOf(ReservedOptionNumbers, option.Number) >= 0)
        {
            findings.Add(new(CoapRuleIds.OptionNumberReserved, $"Option number {option.Number} is reserved in the option number registry", offset, "RFC 7252 §12.2", RequirementLevel.Should));
        }

        var format = OptionRegistry.Lookup(option.Number)?.Format;
        if (format == OptionFormat.UInt && span.Length > 0 && span[0] == 0)
        {
            findings.Add(new(CoapRuleIds.UIntLeadingZero, $"{option.Name} uint value 0x{Convert.ToHexStringLower(span)} has a leading zero byte; the fewest bytes should be used", offset, "RFC 7252 §3.2", RequirementLevel.Should));
        }
        else if (format == OptionFormat.String && !Utf8.IsValid(span))
        {
            findings.Add(new(CoapRuleIds.StringNotUtf8, $"{option.Name} string value is not valid UTF-8", offset, "RFC 7252 §3.2", RequirementLevel.Should));
        }
    }

    private static void ValidateBlock(CoapMessage message, CoapOption option, int offset, List<CoapFormatError> findings)
    {
        var block = BlockValue.FromUInt(option.GetUInt());
        string name = option.Name;
        if (block.SizeExponent == BlockValue.BertExponent)
        {
            findings.Add(new(CoapRuleIds.BlockSizeReserved, $"{name} SZX 7 is reserved over UDP (BERT exists only over reliable transports)", offset, "RFC 7959 §2.2"));
            return;
        }

        bool isBlock2 = option.Number == OptionNumber.Block2;
        if (isBlock2 && message.IsRequest && block.More)
        {
            findings.Add(new(CoapRuleIds.Block2RequestMore, $"Block2 {block} in a request has the M bit set; it must be zero there", offset, "RFC 7959 §2.2, §2.4"));
        }

        // Descriptive usage: Block1 in a request, Block2 in a response describe this message's payload.
        bool descriptive = isBlock2 ? message.IsResponse : message.IsRequest;
        if (descriptive && block.More && message.Payload.Length != block.Size)
        {
            findings.Add(new(CoapRuleIds.BlockPayloadSize, $"{name} {block} announces more blocks, so the payload must be {block.Size} bytes, not {message.Payload.Length}", offset, "RFC 7959 §2.3"));
        }
    }

    private static void ValidateDiagnosticPayload(CoapMessage message, List<CoapFormatError> findings)
    {
        bool error = message.Code.Class is 4 or 5;
        if (error && !message.Payload.IsEmpty && !message.Options.Contains(OptionNumber.ContentFormat) && !Utf8.IsValid(message.Payload.Span))
        {
            int payloadOffset = CoapUdpCodec.GetEncodedLength(message) - message.Payload.Length;
            findings.Add(new(CoapRuleIds.DiagnosticPayloadUtf8, $"Diagnostic payload of {message.Code.Describe()} is not valid UTF-8", payloadOffset, "RFC 7252 §5.5.2"));
        }
    }

    private static void Add(List<CoapFormatError> findings, CoapFormatError? finding)
    {
        if (finding is not null)
        {
            findings.Add(finding);
        }
    }
}
