namespace Harness.Testing.Traceability;

/// <summary>
/// The requirement catalog of Fixtures/Requirements: source documents, their requirements, the static conformance
/// items and ETS test cases, and the links between them. Ids compare ordinally (case matters: LWM2M-CR-001-C-M of
/// TS 1.0 and LwM2M-CR-001-C-M of TS 1.1 are different entries).
/// </summary>
public sealed class RequirementCatalog
{
    private readonly Dictionary<string, Requirement> requirements;
    private readonly ILookup<string, StaticConformanceItem> scrItems;
    private readonly Dictionary<string, EtsTestCase> etsCases;
    private readonly ILookup<string, RequirementLink> links;

    public RequirementCatalog(
        IReadOnlyList<SourceDocument> documents,
        IReadOnlyList<Requirement> requirements,
        IReadOnlyList<StaticConformanceItem> scrItems,
        IReadOnlyList<EtsTestCase> etsCases,
        IReadOnlyList<RequirementLink> links)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        ArgumentNullException.ThrowIfNull(scrItems);
        ArgumentNullException.ThrowIfNull(etsCases);
        ArgumentNullException.ThrowIfNull(links);
        Documents = documents ?? throw new ArgumentNullException(nameof(documents));
        Requirements = requirements;
        StaticConformanceItems = scrItems;
        EtsTestCases = etsCases;
        Links = links;
        this.requirements = requirements.DistinctBy(r => r.Id, StringComparer.Ordinal).ToDictionary(r => r.Id, StringComparer.Ordinal);
        this.scrItems = scrItems.ToLookup(item => item.Id, StringComparer.Ordinal);
        this.etsCases = etsCases.DistinctBy(e => e.Id, StringComparer.Ordinal).ToDictionary(e => e.Id, StringComparer.Ordinal);
        this.links = links.ToLookup(link => link.RequirementId, StringComparer.Ordinal);
    }

    public IReadOnlyList<SourceDocument> Documents { get; }

    /// <summary>The requirements of the source documents, in catalog order.</summary>
    public IReadOnlyList<Requirement> Requirements { get; }

    public IReadOnlyList<StaticConformanceItem> StaticConformanceItems { get; }

    public IReadOnlyList<EtsTestCase> EtsTestCases { get; }

    public IReadOnlyList<RequirementLink> Links { get; }

    public Requirement? FindRequirement(string id) => requirements.GetValueOrDefault(id);

    /// <summary>Every version of the static conformance item <paramref name="id"/> (none when unknown).</summary>
    public IReadOnlyList<StaticConformanceItem> FindStaticConformanceItem(string id) => [.. scrItems[id]];

    public EtsTestCase? FindEtsTestCase(string id) => etsCases.GetValueOrDefault(id);

    public SourceDocument? FindDocument(string key) => Documents.FirstOrDefault(document => document.Key == key);

    /// <summary>True when <paramref name="id"/> is a requirement of a source document or a static conformance item.</summary>
    public bool IsKnownRequirementId(string id) => requirements.ContainsKey(id) || scrItems.Contains(id);

    /// <summary>The links of requirement <paramref name="id"/>, in catalog order.</summary>
    public IReadOnlyList<RequirementLink> LinksOf(string id) => [.. links[id]];

    /// <summary>The links of requirement <paramref name="id"/> of one kind.</summary>
    public IReadOnlyList<string> LinkTargets(string id, LinkKind kind) => [.. links[id].Where(link => link.Kind == kind).Select(link => link.Target)];
}
