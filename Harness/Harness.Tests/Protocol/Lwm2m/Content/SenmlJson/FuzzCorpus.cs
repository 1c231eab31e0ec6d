using CsCheck;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;

namespace Harness.Tests.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>Seeds for mutation: the golden vectors of a folder and encodings of generated trees (fixed seed).</summary>
internal static class FuzzCorpus
{
    public static List<FuzzSeed> Build(string vectorFolder, Func<Lwm2mContent, Lwm2mCodecContext, byte[]> encode)
    {
        var corpus = JsonContentVector.All(vectorFolder)
            .Select(v => new FuzzSeed(v.Bytes, new Lwm2mCodecContext(v.Path, v.Model, Lwm2mVersions.V11)))
            .ToList();
        GeneratedContent.Object().Sample(
            obj =>
            {
                var context = Lwm2mCodecContext.For(new Lwm2mPath(obj.Id), Lwm2mVersions.V12);
                corpus.Add(new FuzzSeed(encode(Lwm2mContent.Single(context.RequestPath, obj), context), context));
            },
            iter: 150,
            threads: 1,
            seed: GeneratedContent.Seed);
        CompositeSamples.Composite.Sample(
            content =>
            {
                var context = Lwm2mCodecContext.For(Lwm2mPath.Root, Lwm2mVersions.V12);
                corpus.Add(new FuzzSeed(encode(content, context), context));
            },
            iter: 100,
            threads: 1,
            seed: GeneratedContent.Seed);
        return corpus;
    }

    /// <summary>Path lists: the path list and fetch vectors, and generated lists as the codecs write them.</summary>
    public static List<FuzzSeed> PathLists()
    {
        var context = Lwm2mCodecContext.For(Lwm2mPath.Root, Lwm2mVersions.V12);
        var corpus = JsonContentVector.All("SenmlJson")
            .Where(v => v.Decode is "paths" or "fetch")
            .Select(v => new FuzzSeed(v.Bytes, context))
            .ToList();
        CompositeSamples.Paths.Sample(paths => corpus.Add(new FuzzSeed(Harness.Protocol.Lwm2m.Content.SenmlJson.SenmlJsonCodec.EncodePaths(paths), context)), iter: 300, threads: 1, seed: GeneratedContent.Seed);
        return corpus;
    }
}
