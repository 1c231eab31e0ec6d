using System.Security.Cryptography;
using System.Text;

namespace Harness.Testing.Reporting.Allure;

/// <summary>Stable identifiers of a test across runs, from its NUnit names.</summary>
public static class AllureIds
{
    /// <summary>Allure's history key: the NUnit full name with its arguments, so each parameter set has its own history.</summary>
    public static string HistoryId(string fullName) => Hash(fullName);

    /// <summary>The test case key: the test method (namespace.class.method) without arguments.</summary>
    public static string TestCaseId(string methodId) => Hash(methodId);

    private static string Hash(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 16);
    }
}
