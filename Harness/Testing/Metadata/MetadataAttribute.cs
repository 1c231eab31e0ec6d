using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Harness.Testing.Metadata;

/// <summary>
/// Base of the test-case metadata attributes: publishes the values as NUnit properties and marks
/// the test not runnable when a value is malformed, instead of throwing during discovery.
/// </summary>
public abstract class MetadataAttribute : Attribute, IApplyToTest
{
    /// <summary>Problems with the attribute's values; empty when they are well-formed.</summary>
    public abstract IReadOnlyList<string> Problems { get; }

    public void ApplyToTest(Test test)
    {
        ArgumentNullException.ThrowIfNull(test);
        if (Problems.Count > 0)
        {
            test.RunState = RunState.NotRunnable;
            test.Properties.Add(PropertyNames.SkipReason, string.Join("; ", Problems));
        }

        Publish(test.Properties);
    }

    /// <summary>Adds the attribute's values to the test's NUnit properties.</summary>
    protected abstract void Publish(IPropertyBag properties);
}
