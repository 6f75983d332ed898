namespace Marsad.Documents;

/// <summary>
/// A typed key for one annotation layer of a <see cref="Document"/> (sentences, tokens, mentions…).
/// Annotators declare the layers they require and produce by these keys, so the pipeline
/// can check their order when it is built rather than when it fails halfway through a batch.
/// </summary>
public abstract class Layer(string name)
{
    public string Name { get; } = name;

    public override string ToString() => Name;
}

public sealed class Layer<T>(string name) : Layer(name) where T : class;
