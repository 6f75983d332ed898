namespace Marsad.Bench;

/// <summary>
/// One timed harness, run by name: <c>dotnet run -c Release --project bench/Marsad.Bench -- NAME [args]</c>.
/// Each prints a table of its figures. Found by reflection, so adding one means writing one class.
/// </summary>
public interface IBenchmark
{
    string Name { get; }

    string Description { get; }

    int Run(string[] args);
}
