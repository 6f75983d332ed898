using System.Globalization;
using Marsad.Events;

namespace Marsad.Views;

/// <summary>
/// The filters of <c>marsad events</c> and <c>GET /api/events</c> as given: PLOVER type, source actor and target (an
/// entity id, any name of it, or an ISO alpha-3 country), modality, outlet, and a date range (yyyy-mm-dd, yyyy-mm or
/// yyyy; the event's date, else its article's).
/// </summary>
public sealed record EventFilter(
    string? Type = null,
    string? Actor = null,
    string? Target = null,
    string? Modality = null,
    string? Outlet = null,
    string? From = null,
    string? To = null)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];

    public PloverType? ParsedType
    {
        get
        {
            if (string.IsNullOrEmpty(Type)) return null;
            if (!Enum.TryParse<PloverType>(Type, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || Type.All(char.IsAsciiDigit))
                throw ViewException.Invalid($"Unknown event type '{Type}': use one of {string.Join(", ", Enum.GetNames<PloverType>())}.");
            return parsed;
        }
    }

    public EventModality? ParsedModality
    {
        get
        {
            if (string.IsNullOrEmpty(Modality)) return null;
            if (!EventModalities.TryParse(Modality, out var parsed) || Modality.All(char.IsAsciiDigit))
                throw ViewException.Invalid($"Unknown modality '{Modality}': use asserted, reported, alleged, denied, planned or negated.");
            return parsed;
        }
    }

    /// <summary>Throws a <see cref="ViewException"/> naming the first filter that cannot be read.</summary>
    public void Check()
    {
        _ = ParsedType;
        _ = ParsedModality;
        CheckDate(From, "from");
        CheckDate(To, "to");
    }

    private static void CheckDate(string? value, string name)
    {
        if (string.IsNullOrEmpty(value)) return;
        if (!DateTime.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            throw ViewException.Invalid($"{name} '{value}' is not a date: write yyyy-mm-dd, yyyy-mm or yyyy.");
    }
}
