namespace Harness.Protocol.Lwm2m.Content.Cbor;

/// <summary>
/// One spare working list per thread and element type, so a decode does not allocate its short-lived lists
/// anew each time. A list is handed back cleared (releasing what it referenced); very large ones are dropped.
/// </summary>
internal static class ScratchList<T>
{
    private const int LargestKept = 1024;

    [ThreadStatic]
    private static List<T>? t_spare;

    public static List<T> Rent()
    {
        var list = t_spare ?? new List<T>(16);
        t_spare = null;
        return list;
    }

    public static void Return(List<T> list)
    {
        if (list.Capacity <= LargestKept)
        {
            list.Clear();
            t_spare = list;
        }
    }
}
