namespace Harness.Protocol.Lwm2m.Messages;

/// <summary>One Execute argument: a digit 0..9 and an optional quoted value (OMA TS Core §6.3.5: 0='v',1).</summary>
public readonly record struct ExecuteArgument(int Digit, string? Value)
{
    public override string ToString() => Value is null ? $"{Digit}" : $"{Digit}='{Value}'";

    /// <summary>Reads "0='a',1" into arguments; null with <paramref name="error"/> set for anything else.</summary>
    public static IReadOnlyList<ExecuteArgument>? ParseList(string text, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        var arguments = new List<ExecuteArgument>();
        int i = 0;
        error = null;
        while (i < text.Length)
        {
            if (text[i] is < '0' or > '9')
            {
                error = $"byte {i}: expected a digit 0-9, got '{text[i]}'";
                return null;
            }

            int digit = text[i++] - '0';
            string? value = null;
            if (i < text.Length && text[i] == '=')
            {
                int close = i + 1 < text.Length && text[i + 1] == '\'' ? text.IndexOf('\'', i + 2) : -1;
                if (close < 0)
                {
                    error = $"byte {i}: a value is written ='...' with both quotes";
                    return null;
                }

                value = text[(i + 2)..close];
                i = close + 1;
            }

            arguments.Add(new ExecuteArgument(digit, value));
            if (i < text.Length && text[i++] != ',')
            {
                error = $"byte {i - 1}: expected ',' between arguments";
                return null;
            }
        }

        return arguments;
    }
}
