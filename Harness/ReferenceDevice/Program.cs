namespace Harness.ReferenceDevice;

/// <summary>Entry point of the reference device process.</summary>
public static class Program
{
    /// <summary>Runs the device until its console closes or it is told to stop.</summary>
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        Console.Error.WriteLine("reference device: not built yet");
        return 2;
    }
}
