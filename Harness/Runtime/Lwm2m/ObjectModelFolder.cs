using Harness.Protocol.Lwm2m.Model;
using Harness.Protocol.Lwm2m.Model.Ddf;

namespace Harness.Runtime.Lwm2m;

/// <summary>
/// Loads object definition files (*.xml in the OMA registry format) from folders, for vendor objects or
/// corrected definitions supplied by the user.
/// </summary>
public static class ObjectModelFolder
{
    /// <summary>
    /// Reads every *.xml file of <paramref name="folder"/> (and its subfolders when
    /// <paramref name="recursive"/>), in ordinal name order. Faults of all files are gathered into one
    /// <see cref="DdfFormatException"/>, as is an object version defined by two files.
    /// </summary>
    public static IReadOnlyList<ObjectDefinition> Read(string folder, bool recursive = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Object definition folder {folder} does not exist");
        }

        var option = recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly;
        var files = Directory.EnumerateFiles(folder, "*.xml", option).Order(StringComparer.Ordinal);
        var definitions = new List<ObjectDefinition>();
        var origins = new Dictionary<(int, VersionNumber), string>();
        var errors = new List<DdfError>();
        foreach (var file in files)
        {
            try
            {
                using var stream = File.OpenRead(file);
                foreach (var definition in DdfReader.Read(stream, file))
                {
                    if (origins.TryGetValue((definition.Id, definition.Version), out var first))
                    {
                        errors.Add(new DdfError(file, 0, 0, $"Object {definition.Id} version {definition.Version} is already defined in {first}"));
                        continue;
                    }

                    origins.Add((definition.Id, definition.Version), file);
                    definitions.Add(definition);
                }
            }
            catch (DdfFormatException e)
            {
                errors.AddRange(e.Errors);
            }
        }

        return errors.Count == 0 ? definitions : throw new DdfFormatException(errors);
    }

    /// <summary>
    /// The built-in definitions plus those of <paramref name="folders"/>; a later folder's definition
    /// replaces an earlier one (or a built-in one) of the same object id and version.
    /// </summary>
    public static ObjectModelRegistry LoadRegistry(params IEnumerable<string> folders)
    {
        ArgumentNullException.ThrowIfNull(folders);
        var registry = BuiltInObjectModel.Registry;
        foreach (var folder in folders)
        {
            registry = registry.With(Read(folder));
        }

        return registry;
    }
}
