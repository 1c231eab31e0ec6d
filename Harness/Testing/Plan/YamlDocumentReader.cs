using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Harness.Testing.Plan;

/// <summary>Parses one YAML document and binds it to a model type, collecting errors in the sink.</summary>
internal static class YamlDocumentReader
{
    public static T? Read<T>(string text, PlanErrorSink errors, PlanPositions positions)
        where T : class
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException exception)
        {
            errors.Add(exception.Start, $"not valid YAML: {exception.Message}");
            return null;
        }
        catch (InvalidOperationException exception)
        {
            // The scanner of some YamlDotNet versions fails this way on a few malformed inputs.
            errors.Add((1, 1), $"not valid YAML: {exception.Message}");
            return null;
        }

        if (stream.Documents.Count != 1)
        {
            errors.Add((1, 1), $"expected one YAML document, found {stream.Documents.Count}");
            return null;
        }

        var binder = new YamlModelBinder(errors, positions);
        return binder.TryBind(stream.Documents[0].RootNode, typeof(T), string.Empty, out var bound) ? bound as T : null;
    }
}
