using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Harness.Tests.Architecture;

/// <summary>
/// Reads an assembly's metadata tables (assembly, type and member references) without loading it, so
/// a single call such as DateTime.UtcNow shows up as the member reference the compiler emitted for it.
/// </summary>
internal static class ForbiddenApiInspector
{
    public static IReadOnlyList<ArchitectureFinding> Inspect(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var findings = new List<ArchitectureFinding>();

        foreach (var handle in reader.AssemblyReferences)
        {
            string name = reader.GetString(reader.GetAssemblyReference(handle).Name);
            if (ForbiddenApis.Assemblies.TryGetValue(name, out string? reason))
            {
                findings.Add(new ArchitectureFinding("assembly reference", name, reason));
            }
        }

        foreach (var handle in reader.TypeReferences)
        {
            string name = TypeName(reader, handle);
            if (ForbiddenApis.ReasonForType(name) is { } reason)
            {
                findings.Add(new ArchitectureFinding("type reference", name, reason));
            }
        }

        foreach (var handle in reader.MemberReferences)
        {
            var member = reader.GetMemberReference(handle);
            string? type = DeclaringType(reader, member.Parent);
            string name = reader.GetString(member.Name);
            if (type is not null && ForbiddenApis.Members.TryGetValue((type, name), out string? reason))
            {
                findings.Add(new ArchitectureFinding("member reference", $"{type}::{name}", reason));
            }
        }

        return findings;
    }

    private static string? DeclaringType(MetadataReader reader, EntityHandle parent) => parent.Kind switch
    {
        HandleKind.TypeReference => TypeName(reader, (TypeReferenceHandle)parent),
        HandleKind.TypeSpecification => GenericTypeName(reader, (TypeSpecificationHandle)parent),
        _ => null,
    };

    /// <summary>Full name of a referenced type, with nested types joined by '+'.</summary>
    private static string TypeName(MetadataReader reader, TypeReferenceHandle handle)
    {
        var type = reader.GetTypeReference(handle);
        string name = reader.GetString(type.Name);
        if (type.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            return TypeName(reader, (TypeReferenceHandle)type.ResolutionScope) + "+" + name;
        }

        string ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    /// <summary>For a member of a generic instantiation, the open generic type it is declared on.</summary>
    private static string? GenericTypeName(MetadataReader reader, TypeSpecificationHandle handle)
    {
        var blob = reader.GetBlobReader(reader.GetTypeSpecification(handle).Signature);
        if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance)
        {
            return null;
        }

        blob.ReadSignatureTypeCode();
        var generic = blob.ReadTypeHandle();
        return generic.Kind == HandleKind.TypeReference ? TypeName(reader, (TypeReferenceHandle)generic) : null;
    }
}
