namespace Marsad.Ingest;

/// <summary>
/// How an all-numeric date in a source's metadata (<c>05/07/2015</c>) is read: day first (Arabic news and most of the
/// world), month first (US feeds), or year first. A date whose first number has four digits is always year first.
/// </summary>
public enum DateOrder
{
    Dmy,
    Mdy,
    Ymd,
}
