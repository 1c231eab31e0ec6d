using System.Reflection;
using Harness.Testing.Metadata;

namespace Harness.Testing.Traceability;

/// <summary>
/// Loads the requirement catalog (Fixtures/Requirements) from a folder or from the copy built into this assembly.
/// Every error of every file is collected and thrown at once as <see cref="CatalogException"/>, each as file:line: message.
/// </summary>
public static class RequirementCatalogLoader
{
    public const string DocumentsFile = "documents.csv";
    public const string RequirementsFile = "requirements.csv";
    public const string StaticConformanceFile = "scr-items.csv";
    public const string EtsTestCasesFile = "ets-test-cases.csv";
    public const string LinksFile = "links.csv";

    /// <summary>How the built-in catalog's files are named in errors.</summary>
    public const string BuiltInFolder = "Fixtures/Requirements";

    /// <summary>The categories a requirement may have: the LwM2M interfaces plus a few groupings of our own.</summary>
    public static IReadOnlyList<string> Categories { get; } = [.. Lwm2mInterfaces.All, "ContentFormat", "Gateway", "Enabler"];

    public static IReadOnlyList<string> FileNames { get; } = [DocumentsFile, RequirementsFile, StaticConformanceFile, EtsTestCasesFile, LinksFile];

    private const string ResourcePrefix = "Harness.Testing.Traceability.Catalog.";

    /// <summary>The catalog built into this assembly from Fixtures/Requirements at build time.</summary>
    public static RequirementCatalog LoadBuiltIn()
    {
        var assembly = typeof(RequirementCatalogLoader).Assembly;
        return Load(FileNames.ToDictionary(name => name, name => ReadResource(assembly, name), StringComparer.Ordinal), BuiltInFolder);
    }

    /// <summary>The catalog in <paramref name="folder"/>; a missing file is an error.</summary>
    public static RequirementCatalog LoadFolder(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var missing = FileNames.Where(name => !File.Exists(Path.Combine(folder, name)))
            .Select(name => new CatalogError(Path.Combine(folder, name), 0, "file not found")).ToList();
        if (missing.Count > 0)
        {
            throw new CatalogException(missing);
        }

        return Load(FileNames.ToDictionary(name => name, name => File.ReadAllText(Path.Combine(folder, name)), StringComparer.Ordinal), folder);
    }

    /// <summary>The catalog from file texts by file name; errors name the files as <paramref name="folder"/>/name.</summary>
    public static RequirementCatalog Load(IReadOnlyDictionary<string, string> files, string folder)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(folder);
        var errors = new List<CatalogError>();
        CatalogRows Read(string name, params string[] columns) =>
            CatalogRows.Read(folder == BuiltInFolder ? $"{folder}/{name}" : Path.Combine(folder, name), files.GetValueOrDefault(name) ?? "", columns, errors);

        var documents = ReadDocuments(Read(DocumentsFile, "key", "title", "version", "seeds"));
        var requirements = ReadRequirements(Read(RequirementsFile, "id", "document", "category", "observable", "observable_reason", "statement"), documents);
        var scrItems = ReadScrItems(Read(StaticConformanceFile, "id", "ts_version", "side", "status", "function", "clause"));
        var etsCases = ReadEtsCases(Read(EtsTestCasesFile, "id", "version", "side", "area", "title", "clause"));
        var catalog = new RequirementCatalog(documents, requirements, scrItems, etsCases, []);
        var links = ReadLinks(Read(LinksFile, "requirement", "kind", "target", "note"), catalog);
        if (errors.Count > 0)
        {
            throw new CatalogException([.. errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line)]);
        }

        return new RequirementCatalog(documents, requirements, scrItems, etsCases, links);
    }

    private static List<SourceDocument> ReadDocuments(CatalogRows rows)
    {
        var documents = new List<SourceDocument>();
        foreach (var row in rows.Rows)
        {
            var key = rows.Required(row, "key");
            var title = rows.Required(row, "title");
            var version = rows.Required(row, "version");
            if (key is null || title is null || version is null)
            {
                continue;
            }

            if (documents.Any(document => document.Key == key))
            {
                rows.Error(row, $"document {key} appears twice");
                continue;
            }

            var seeds = rows.Value(row, "seeds").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            documents.Add(new SourceDocument(key, title, version, seeds));
        }

        return documents;
    }

    private static List<Requirement> ReadRequirements(CatalogRows rows, List<SourceDocument> documents)
    {
        var requirements = new List<Requirement>();
        foreach (var row in rows.Rows)
        {
            var id = rows.Required(row, "id");
            var document = rows.Required(row, "document");
            var category = rows.Required(row, "category");
            var observable = rows.Required(row, "observable");
            var reason = rows.Required(row, "observable_reason");
            var statement = rows.Required(row, "statement");
            if (id is null || document is null || category is null || observable is null || reason is null || statement is null)
            {
                continue;
            }

            var valid = Check(rows, row, ConformanceIds.IsSeedRequirementId(id), $"\"{id}\" is not of a requirement id shape (e.g. LwM2M-REG-01, Sw-Mgmt-02)")
                & Check(rows, row, requirements.All(r => r.Id != id), $"requirement {id} appears twice")
                & Check(rows, row, documents.Any(d => d.Key == document), $"unknown document \"{document}\"; known: {string.Join(", ", documents.Select(d => d.Key))}")
                & Check(rows, row, Categories.Contains(category, StringComparer.Ordinal), $"unknown category \"{category}\"; expected one of {string.Join(", ", Categories)}");
            var observability = ParseObservability(observable);
            valid &= Check(rows, row, observability is not null, $"observable is \"{observable}\"; expected wire, not-observable or out-of-scope");
            if (valid && observability is { } value)
            {
                requirements.Add(new Requirement(id, document, category, value, reason, statement));
            }
        }

        return requirements;
    }

    private static List<StaticConformanceItem> ReadScrItems(CatalogRows rows)
    {
        var items = new List<StaticConformanceItem>();
        var keys = new HashSet<(string, string)>();
        foreach (var row in rows.Rows)
        {
            var id = rows.Required(row, "id");
            var version = rows.Required(row, "ts_version");
            var side = rows.Required(row, "side");
            var status = rows.Required(row, "status");
            var function = rows.Required(row, "function");
            if (id is null || version is null || side is null || status is null || function is null)
            {
                continue;
            }

            var valid = Check(rows, row, ConformanceIds.IsStaticConformanceId(id), $"\"{id}\" is not a static conformance id (e.g. LwM2M-CR-001-C-M)")
                & Check(rows, row, keys.Add((id, version)), $"SCR item {id} of TS {version} appears twice")
                & Check(rows, row, status is "M" or "O", $"status is \"{status}\"; expected M or O")
                & Check(rows, row, side is "client" or "server" or "bootstrap-server", $"side is \"{side}\"; expected client, server or bootstrap-server");
            if (valid)
            {
                items.Add(new StaticConformanceItem(id, version, side, status, function, rows.Value(row, "clause")));
            }
        }

        return items;
    }

    private static List<EtsTestCase> ReadEtsCases(CatalogRows rows)
    {
        var cases = new List<EtsTestCase>();
        foreach (var row in rows.Rows)
        {
            var id = rows.Required(row, "id");
            var version = rows.Required(row, "version");
            var title = rows.Required(row, "title");
            if (id is null || version is null || title is null)
            {
                continue;
            }

            var valid = Check(rows, row, ConformanceIds.IsEtsId(id), $"\"{id}\" is not of the form {ConformanceIds.EtsIdFormat}")
                & Check(rows, row, cases.All(c => c.Id != id), $"ETS test case {id} appears twice");
            if (valid)
            {
                cases.Add(new EtsTestCase(id, version, rows.Value(row, "side"), rows.Value(row, "area"), title, rows.Value(row, "clause")));
            }
        }

        return cases;
    }

    private static List<RequirementLink> ReadLinks(CatalogRows rows, RequirementCatalog catalog)
    {
        var links = new List<RequirementLink>();
        foreach (var row in rows.Rows)
        {
            var requirement = rows.Required(row, "requirement");
            var kindText = rows.Required(row, "kind");
            var target = rows.Required(row, "target");
            if (requirement is null || kindText is null || target is null)
            {
                continue;
            }

            LinkKind? kind = kindText switch { "ets" => LinkKind.Ets, "scr" => LinkKind.Scr, "clause" => LinkKind.Clause, _ => null };
            var valid = Check(rows, row, catalog.FindRequirement(requirement) is not null, $"unknown requirement \"{requirement}\"")
                & Check(rows, row, kind is not null, $"kind is \"{kindText}\"; expected ets, scr or clause")
                & Check(rows, row, kind != LinkKind.Ets || catalog.FindEtsTestCase(target) is not null, $"unknown ETS test case \"{target}\"")
                & Check(rows, row, kind != LinkKind.Scr || catalog.FindStaticConformanceItem(target).Count > 0, $"unknown SCR item \"{target}\"")
                && Check(rows, row, !links.Any(l => l.RequirementId == requirement && l.Kind == kind && l.Target == target), $"link {requirement} -> {target} appears twice");
            if (valid && kind is { } value)
            {
                links.Add(new RequirementLink(requirement, value, target, rows.Value(row, "note")));
            }
        }

        return links;
    }

    private static Observability? ParseObservability(string text) => text switch
    {
        "wire" => Observability.Wire,
        "not-observable" => Observability.NotObservable,
        "out-of-scope" => Observability.OutOfScope,
        _ => null,
    };

    private static bool Check(CatalogRows rows, CsvRow row, bool condition, string message)
    {
        if (!condition)
        {
            rows.Error(row, message);
        }

        return condition;
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new CatalogException([new CatalogError($"{BuiltInFolder}/{name}", 0, "not built into the assembly")]);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
