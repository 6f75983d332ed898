using Marsad.Documents;
using Marsad.Storage;

namespace Marsad.Pipeline;

/// <summary>
/// An annotator whose results are kept in the store in tables of its own, so queries across articles see them
/// (<c>marsad entities</c>, <c>marsad events</c>…). Its tables come from its own migration, listed in
/// <see cref="Storage.Migrations.SchemaMigrations.All"/>. <see cref="Save"/> runs inside the transaction that saves a
/// chunk of analysed articles and must replace whatever an earlier analysis of the same article saved.
/// </summary>
public interface IStoredStep
{
    void Save(Document document, StoreTransaction transaction);
}
