using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Harness.Testing.Suite;

/// <summary>
/// Passes the tests whose full name is in a set. NUnit's base filter also passes their suites (ancestors) and
/// their children, so a method's full name selects the parameterised cases nested under it.
/// </summary>
internal sealed class FullNameSetFilter(IEnumerable<string> fullNames) : TestFilter
{
    private readonly HashSet<string> names = new(fullNames, StringComparer.Ordinal);

    public override bool Match(ITest test)
    {
        ArgumentNullException.ThrowIfNull(test);
        return names.Contains(test.FullName);
    }

    public override TNode AddToXml(TNode parentNode, bool recursive)
    {
        ArgumentNullException.ThrowIfNull(parentNode);
        var or = parentNode.AddElement("or");
        foreach (var name in names.Order(StringComparer.Ordinal))
        {
            or.AddElement("test", name);
        }

        return or;
    }
}
