namespace Harness.Runtime.Dut;

/// <summary>
/// Asks a lab operator questions on a console, each with a deadline, and records questions and answers as
/// evidence. A line typed while no question is open (after a timeout) is not taken as the answer to the next one.
/// Real use passes Console.In and Console.Out; tests pass their own reader and writer.
/// </summary>
public sealed class OperatorConsole : IDisposable
{
    private readonly TextReader input;
    private readonly TextWriter output;
    private readonly TimeProvider time;
    private readonly SemaphoreSlim asking = new(1, 1);
    private readonly Lock gate = new();
    private Task<string?>? pendingLine;
    private bool waiting;

    public OperatorConsole(TextReader input, TextWriter output, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        this.input = input;
        this.output = output;
        this.time = time ?? TimeProvider.System;
        Evidence = new DutEvidence(this.time);
    }

    /// <summary>Every question and answer, timestamped.</summary>
    public DutEvidence Evidence { get; }

    public TimeProvider TimeProvider => time;

    /// <summary>Asks a question answered by y/yes or n/no; anything else is asked again within the same deadline.</summary>
    public Task<OperatorAnswer> AskYesNoAsync(string question, TimeSpan deadline, CancellationToken cancellationToken = default) =>
        AskAsync(question, $"{question} [y/n]", OperatorReplies.IsYesOrNo, "Please answer y or n.", deadline, cancellationToken);

    /// <summary>Asks for free text; any line, even empty, is the answer.</summary>
    public Task<OperatorAnswer> AskTextAsync(string question, TimeSpan deadline, CancellationToken cancellationToken = default) =>
        AskAsync(question, question, OperatorReplies.IsAnything, string.Empty, deadline, cancellationToken);

    /// <summary>Asks for a number (invariant culture, e.g. 12.5); anything else is asked again within the same deadline.</summary>
    public Task<OperatorAnswer> AskNumberAsync(string question, TimeSpan deadline, CancellationToken cancellationToken = default) =>
        AskAsync(question, $"{question} (a number)", OperatorReplies.IsNumber, "Please type a number, for example 12.5.", deadline, cancellationToken);

    /// <summary>Shows an instruction and waits for Enter, which confirms it was carried out.</summary>
    public Task<OperatorAnswer> InstructAsync(string instruction, TimeSpan deadline, CancellationToken cancellationToken = default) =>
        AskAsync(instruction, $"{instruction}, then press Enter.", OperatorReplies.IsAnything, string.Empty, deadline, cancellationToken);

    public void Dispose() => asking.Dispose();

    private async Task<OperatorAnswer> AskAsync(string question, string prompt, Func<string, bool> valid, string retry, TimeSpan deadline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        await asking.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var askedAt = time.GetUtcNow();
            var end = askedAt + deadline;
            Show(prompt);
            while (true)
            {
                var (line, timedOut) = await NextLineAsync(end - time.GetUtcNow(), question, cancellationToken).ConfigureAwait(false);
                if (line is null)
                {
                    return NoAnswer(question, askedAt, timedOut ? $"no answer within {ExitDescription.Seconds(deadline)}" : "the operator console was closed");
                }

                string text = line.Trim();
                Evidence.Record(DutEvidenceKind.OperatorAnswer, $"'{text}' to '{question}'");
                if (valid(text))
                {
                    return new OperatorAnswer { Question = question, Status = OperatorAnswerStatus.Answered, Text = text, AskedAt = askedAt, AnsweredAt = time.GetUtcNow() };
                }

                Show(retry);
            }
        }
        finally
        {
            asking.Release();
        }
    }

    /// <summary>The next typed line, or null with whether the deadline passed (the read then stays pending) or the input ended.</summary>
    private async Task<(string? Line, bool TimedOut)> NextLineAsync(TimeSpan remaining, string question, CancellationToken cancellationToken)
    {
        Task<string?> read;
        lock (gate)
        {
            // Console.In blocks its reader thread; the read gets its own thread so the deadline can still win.
            pendingLine ??= Task.Factory.StartNew(() => input.ReadLineAsync(), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
            read = pendingLine;
            waiting = true;
        }

        try
        {
            string? line = await read.WaitAsync(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, time, cancellationToken).ConfigureAwait(false);
            lock (gate)
            {
                waiting = false;

                // At end of input the completed read stays, so later questions see the closed console at once.
                if (line is not null)
                {
                    pendingLine = null;
                }
            }

            return (line, false);
        }
        catch (TimeoutException) when (!read.IsCompleted)
        {
            Abandon(read);
            return (null, true);
        }
        catch (OperationCanceledException)
        {
            Abandon(read);
            Evidence.Record(DutEvidenceKind.OperatorAnswer, $"cancelled while waiting for an answer to '{question}'");
            throw;
        }
    }

    /// <summary>Nobody waits for <paramref name="read"/> any more: a line it brings before the next question is late and dropped.</summary>
    private void Abandon(Task<string?> read)
    {
        lock (gate)
        {
            waiting = false;
        }

        _ = read.ContinueWith(DropIfLate, CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
    }

    private void DropIfLate(Task<string?> read)
    {
        string? late;
        lock (gate)
        {
            if (waiting || pendingLine != read || read.Result is null)
            {
                return;
            }

            late = read.Result;
            pendingLine = null;
        }

        Evidence.Record(DutEvidenceKind.OperatorAnswer, $"'{late.Trim()}' typed while no question was open; ignored");
    }

    private OperatorAnswer NoAnswer(string question, DateTimeOffset askedAt, string reason)
    {
        Evidence.Record(DutEvidenceKind.OperatorAnswer, $"no answer to '{question}': {reason}");
        return new OperatorAnswer { Question = question, Status = OperatorAnswerStatus.NoAnswer, AskedAt = askedAt, Reason = reason };
    }

    private void Show(string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        Evidence.Record(DutEvidenceKind.OperatorPrompt, text);
        output.WriteLine(text);
        output.Flush();
    }
}
