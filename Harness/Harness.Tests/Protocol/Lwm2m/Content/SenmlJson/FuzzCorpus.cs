using CsCheck;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Tests.Support;

namespace Harness.Tests.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>Seeds for mutation: the golden vectors of a folder and encodings of generated trees (fixed seed).</summary>
internal static class FuzzCorpus
{
    public static List<FuzzSeed> Build(string vectorFolder, Func<Lwm2mContent, Lwm2mCodecContext, byte[]> encode)
    {
        var corpus = JsonContentVector.All(vectorFolder)
            .Select(v => new FuzzSeed(v.Bytes, new Lwm2mCodecContext(v.Path, v.Model, Lwm2mVersions.V11)))
            .ToList();
        FixedSeed.Sample(GeneratedContent.Object(), GeneratedContent.Seed, 150, obj =>
            {
                var context = Lwm2mCodecContext.For(new Lwm2mPath(obj.Id), Lwm2mVersions.V12);
                corpus.Add(new FuzzSeed(encode(Lwm2mContent.Single(context.RequestPath, obj), context), context));
            });
        FixedSeed.Sample(CompositeSamples.Composite, GeneratedContent.Seed, 100, content =>
            {
                var context = Lwm2mCodecContext.For(Lwm2mPath.Root, Lwm2mVersions.V12);
                corpus.Add(new FuzzSeed(encode(content, context), context));
            });
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
        FixedSeed.Sample(CompositeSamples.Paths, GeneratedContent.Seed, 300, paths => corpus.Add(new FuzzSeed(Harness.Protocol.Lwm2m.Content.SenmlJson.SenmlJsonCodec.EncodePaths(paths), context)));
        return corpus;
    }
}
