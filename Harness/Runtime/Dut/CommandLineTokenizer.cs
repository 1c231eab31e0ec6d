using System.Text;

namespace Harness.Runtime.Dut;

/// <summary>
/// Splits a command template into arguments the way a POSIX shell groups words, without any of its expansions:
/// blanks separate, '…' is literal, "…" honours \" and \\, a backslash outside quotes escapes the next character.
/// </summary>
internal static class CommandLineTokenizer
{
    public static IReadOnlyList<string> Split(string commandLine)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        bool inToken = false;
        int i = 0;
        while (i < commandLine.Length)
        {
            char c = commandLine[i];
            if (char.IsWhiteSpace(c))
            {
                if (inToken)
                {
                    tokens.Add(current.ToString());
                    current.Clear();
                    inToken = false;
                }

                i++;
                continue;
            }

            inToken = true;
            i = c switch
            {
                '\'' => SingleQuoted(commandLine, i, current),
                '"' => DoubleQuoted(commandLine, i, current),
                '\\' => Escaped(commandLine, i, current),
                _ => Plain(c, i, current),
            };
        }

        if (inToken)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }

    private static int Plain(char c, int i, StringBuilder current)
    {
        current.Append(c);
        return i + 1;
    }

    private static int Escaped(string line, int i, StringBuilder current)
    {
        if (i + 1 >= line.Length)
        {
            throw new DutConfigurationException($"command template '{line}' ends with a lone backslash");
        }

        current.Append(line[i + 1]);
        return i + 2;
    }

    private static int SingleQuoted(string line, int open, StringBuilder current)
    {
        int close = line.IndexOf('\'', open + 1);
        if (close < 0)
        {
            throw new DutConfigurationException($"command template '{line}': the single quote at offset {open} is not closed");
        }

        current.Append(line, open + 1, close - open - 1);
        return close + 1;
    }

    private static int DoubleQuoted(string line, int open, StringBuilder current)
    {
        int i = open + 1;
        while (i < line.Length)
        {
            char c = line[i];
            if (c == '"')
            {
                return i + 1;
            }

            if (c == '\\' && i + 1 < line.Length && line[i + 1] is '"' or '\\')
            {
                current.Append(line[i + 1]);
                i += 2;
                continue;
            }

            current.Append(c);
            i++;
        }

        throw new DutConfigurationException($"command template '{line}': the double quote at offset {open} is not closed");
    }
}
