using System.Security.Cryptography;
using System.Text;

namespace Harness.Testing.Evidence;

/// <summary>Where one test's evidence goes: a folder under the run's evidence root named after the test.</summary>
public static class EvidenceFolder
{
    /// <summary>The longest readable part of a folder name; the hash keeps names unique past it.</summary>
    public const int MaxNameLength = 100;

    /// <summary>File names inside the folder.</summary>
    public const string CaptureFile = "capture.pcapng";

    /// <inheritdoc cref="CaptureFile"/>
    public const string TimelineFile = "timeline.txt";

    /// <inheritdoc cref="CaptureFile"/>
    public const string DutLogFile = "dut.log";

    /// <summary>
    /// The folder name for <paramref name="testFullName"/>: its letters, digits, dots, dashes and underscores (others
    /// become '_'), cut to <see cref="MaxNameLength"/>, then '-' and 8 hex digits of its SHA-256 so that two names that
    /// read alike after cutting still differ.
    /// </summary>
    public static string NameFor(string testFullName)
    {
        ArgumentException.ThrowIfNullOrEmpty(testFullName);
        var safe = new StringBuilder(Math.Min(testFullName.Length, MaxNameLength));
        foreach (var c in testFullName.Take(MaxNameLength))
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(testFullName)))[..8];
        return $"{safe.ToString().Trim('.')}-{hash}";
    }

    /// <summary>The folder of <paramref name="testFullName"/> under <paramref name="root"/>, absolute.</summary>
    public static string PathFor(string root, string testFullName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        return Path.GetFullPath(Path.Combine(root, NameFor(testFullName)));
    }
}
