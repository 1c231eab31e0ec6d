using System.Reflection;
using NUnit.Framework;
using NUnit.Framework.Interfaces;

namespace Harness.Testing.Metadata;

/// <summary>Collects test-case metadata by reflection: the method's attributes plus those of its fixture and base classes.</summary>
public static class TestCaseMetadataReader
{
    /// <summary>Every NUnit test method of the public fixtures in <paramref name="assembly"/>, ordered by id.</summary>
    public static IReadOnlyList<TestCaseMetadata> ReadAll(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return [.. assembly.GetExportedTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false })
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
                .Where(IsTestMethod)
                .Select(method => Read(type, method)))
            .OrderBy(metadata => metadata.Id, StringComparer.Ordinal)];
    }

    /// <summary>The metadata of <paramref name="method"/> as declared on <paramref name="fixture"/>.</summary>
    public static TestCaseMetadata Read(Type fixture, MethodInfo method)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        ArgumentNullException.ThrowIfNull(method);
        var attributes = method.GetCustomAttributes(inherit: true)
            .Concat(fixture.GetCustomAttributes(inherit: true))
            .ToList();
        var metadata = attributes.OfType<MetadataAttribute>().ToList();
        var versions = metadata.OfType<Lwm2mVersionsAttribute>().FirstOrDefault();

        return new TestCaseMetadata($"{fixture.FullName}.{method.Name}")
        {
            EtsIds = Distinct(metadata.OfType<EtsAttribute>().SelectMany(attribute => attribute.Ids)),
            RequirementIds = Distinct(metadata.OfType<RequirementAttribute>().SelectMany(attribute => attribute.Ids)),
            SpecClauses = Distinct(metadata.OfType<SpecClauseAttribute>().Select(attribute => attribute.Clause)),
            Versions = versions?.Range ?? VersionRange.Any,
            RequiredIcs = Distinct(metadata.OfType<RequiresIcsAttribute>().SelectMany(attribute => attribute.Items)),
            Interface = metadata.OfType<InterfaceAttribute>().FirstOrDefault()?.Name,
            Tags = Distinct(attributes.OfType<CategoryAttribute>().Select(attribute => attribute.Name)),
            Problems = Distinct(metadata.SelectMany(attribute => attribute.Problems)),
        };
    }

    private static bool IsTestMethod(MethodInfo method) =>
        method.GetCustomAttributes(inherit: true).Any(attribute => attribute is ISimpleTestBuilder or ITestBuilder);

    // The method's attributes come first, so a method-level value leads the fixture's.
    private static string[] Distinct(IEnumerable<string> values) => [.. values.Distinct(StringComparer.Ordinal)];
}
