namespace Marsad.Documents;

/// <summary>
/// An article with the annotation layers the pipeline has added to it.
/// Each layer is set once by the annotator that produces it.
/// </summary>
public sealed class Document(Article article)
{
    private readonly Dictionary<Layer, object> _layers = [];

    public Article Article { get; } = article;

    public string Text => Article.Text;

    public bool Has(Layer layer) => _layers.ContainsKey(layer);

    public T Get<T>(Layer<T> layer) where T : class =>
        _layers.TryGetValue(layer, out var value)
            ? (T)value
            : throw new InvalidOperationException(
                $"Layer '{layer.Name}' has not been produced for article {Article.Id}. Add the annotator that produces it before the one that reads it.");

    public T? GetOrDefault<T>(Layer<T> layer) where T : class =>
        _layers.TryGetValue(layer, out var value) ? (T)value : null;

    public void Set<T>(Layer<T> layer, T value) where T : class => _layers[layer] = value;
}
