namespace Harness.Testing.Reporting;

/// <summary>
/// Writes report files so that a reader never sees half of one, even when the process is killed mid-write: the
/// content goes to a hidden temporary name in the same folder, then a rename puts it in place. The temporary name
/// (".name.GUID.tmp") matches none of the names report generators read.
/// </summary>
public static class AtomicFile
{
    public static void WriteAllText(string path, string text) => Replace(path, temporary => File.WriteAllText(temporary, text));

    public static void Copy(string source, string path) => Replace(path, temporary => File.Copy(source, temporary));

    private static void Replace(string path, Action<string> write)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            write(temporary);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
