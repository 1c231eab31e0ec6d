using System.Globalization;

namespace Harness.Runtime.Dut;

/// <summary>What the operator said to one question, when, or why there is no answer.</summary>
public sealed record OperatorAnswer
{
    public required string Question { get; init; }

    public required OperatorAnswerStatus Status { get; init; }

    /// <summary>The line the operator typed, trimmed; null without an answer.</summary>
    public string? Text { get; init; }

    public required DateTimeOffset AskedAt { get; init; }

    public DateTimeOffset? AnsweredAt { get; init; }

    /// <summary>Why there is no answer ("no answer within 60 s", "the console was closed").</summary>
    public string? Reason { get; init; }

    public bool IsAnswered => Status == OperatorAnswerStatus.Answered;

    /// <summary>The answer to a yes/no question; null when there was none.</summary>
    public bool? Yes => Text is null || !IsAnswered ? null : OperatorReplies.IsYes(Text);

    /// <summary>The answer to a number question; null when there was none.</summary>
    public decimal? Number => IsAnswered && decimal.TryParse(Text, NumberStyles.Number, CultureInfo.InvariantCulture, out decimal value) ? value : null;

    public override string ToString() => IsAnswered ? $"'{Question}' answered '{Text}'" : $"'{Question}' not answered: {Reason}";
}
