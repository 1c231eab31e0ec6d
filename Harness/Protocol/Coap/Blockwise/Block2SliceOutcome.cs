namespace Harness.Protocol.Coap.Blockwise;

/// <summary>What the server answers to one GET/FETCH of a representation.</summary>
public enum Block2SliceOutcome
{
    /// <summary>The representation fits one response and no block was asked for: no Block2 option.</summary>
    Whole,

    /// <summary>One block of the representation, with a Block2 option.</summary>
    Block,

    /// <summary>The asked block starts beyond the representation: 4.02 Bad Option.</summary>
    OutOfRange,

    /// <summary>The Block2 option is not usable here (SZX 7 outside BERT): 4.00 Bad Request.</summary>
    BadRequest,
}
