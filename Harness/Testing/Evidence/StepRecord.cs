namespace Harness.Testing.Evidence;

/// <summary>One ETS step as the test walked it: its number, description and when it began and ended (step 0 is the preamble).</summary>
/// <param name="Number">The ETS step number.</param>
/// <param name="Description">What the step does.</param>
/// <param name="Start">When the test entered the step.</param>
/// <param name="Stop">When the next step began or the test ended.</param>
public sealed record StepRecord(int Number, string Description, DateTimeOffset Start, DateTimeOffset Stop);
