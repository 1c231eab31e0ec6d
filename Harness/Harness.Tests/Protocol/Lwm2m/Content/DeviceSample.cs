using Harness.Protocol.Lwm2m.Nodes;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Tests.Protocol.Lwm2m.Content;

/// <summary>
/// A Device object instance (/3/0) with 15 resources, the values of the OMA TS examples' device.
/// Shared by codec tests and, linked as source, by the benchmarks.
/// </summary>
internal static class DeviceSample
{
    /// <summary>The Device object instance with 15 resources the benchmarks and vectors use.</summary>
    public static Lwm2mObjectInstance Instance() => new(0,
        new Lwm2mSingleResource(0, Lwm2mValue.String("Open Mobile Alliance")),
        new Lwm2mSingleResource(1, Lwm2mValue.String("Lightweight M2M Client")),
        new Lwm2mSingleResource(2, Lwm2mValue.String("345000123")),
        new Lwm2mSingleResource(3, Lwm2mValue.String("1.0")),
        Lwm2mMultipleResource.FromValues(6, Lwm2mValue.Integer(1), Lwm2mValue.Integer(5)),
        Lwm2mMultipleResource.FromValues(7, Lwm2mValue.Integer(3800), Lwm2mValue.Integer(5000)),
        Lwm2mMultipleResource.FromValues(8, Lwm2mValue.Integer(125), Lwm2mValue.Integer(900)),
        new Lwm2mSingleResource(9, Lwm2mValue.Integer(100)),
        new Lwm2mSingleResource(10, Lwm2mValue.Integer(15)),
        Lwm2mMultipleResource.FromValues(11, Lwm2mValue.Integer(0)),
        new Lwm2mSingleResource(13, Lwm2mValue.Time(1367491215)),
        new Lwm2mSingleResource(14, Lwm2mValue.String("+02:00")),
        new Lwm2mSingleResource(15, Lwm2mValue.String("Europe/Berlin")),
        new Lwm2mSingleResource(16, Lwm2mValue.String("U")),
        new Lwm2mSingleResource(17, Lwm2mValue.String("Smart meter")));
}
