using System.Globalization;
using Marsad.Time.Lexicon;

namespace Marsad.Time.Recognition;

/// <summary>Amounts, ordinals and days of the month in digits or words: what the other families count with.</summary>
internal sealed class NumberRules(TimeToken[] tokens, TimeLexicon lexicon) : TimeRuleFamily(tokens, lexicon)
{
    /// <summary>
    /// An amount: digits (24, 1.5) or cardinal words (ثلاثة، أحد عشر، خمسة وعشرين، ثلاثة آلاف).
    /// One and two alone are not read: Arabic says them with the unit (يوم واحد، يومين).
    /// </summary>
    internal bool Amount(int i, out decimal value, out int end, out int prefix)
    {
        value = 0; end = i; prefix = 0;
        if (i >= t.Length) return false;
        // «(45) يوماً»: news sets an amount in brackets; the brackets belong to it.
        if (IsPunct(i, "(") && i + 2 < t.Length && t[i + 1].IsNumber && t[i + 1].Key.Length <= 9 && IsPunct(i + 2, ")"))
        {
            value = decimal.Parse(t[i + 1].Key, CultureInfo.InvariantCulture);
            end = i + 3;
            return true;
        }
        // «لمدة (عشرة) أيام»: an amount in words in brackets too.
        if (IsPunct(i, "(") && i + 1 < t.Length && t[i + 1].IsWord && Amount(i + 1, out var inWords, out var wordsEnd, out var wordsPrefix)
            && wordsPrefix == 0 && IsPunct(wordsEnd, ")"))
        {
            value = inWords;
            end = wordsEnd + 1;
            return true;
        }
        if (t[i].IsNumber)
        {
            if (t[i].Key.Length > 9) return false;
            value = decimal.Parse(t[i].Key, CultureInfo.InvariantCulture);
            end = i + 1;
            // 1.5 but not 12.9.2022; «58,6 سنة» with a decimal comma, but not the thousands of «41,882» (three digits).
            if ((IsPunct(i + 1, ".") || IsPunct(i + 1, ",") && i + 2 < t.Length && t[i + 2].Key.Length <= 2)
                && Adjacent(i) && Adjacent(i + 1) && i + 2 < t.Length && t[i + 2].IsNumber
                && !(IsPunct(i + 3, t[i + 1].Key) && Adjacent(i + 2)))
            {
                value = decimal.Parse(t[i].Key + "." + t[i + 2].Key, CultureInfo.InvariantCulture);
                end = i + 3;
            }
            // «4 مليارات عام»، «3.45 مليار سنة»، «3 آلاف عام»: a scale word after the digits multiplies them.
            if (lx.Numbers.TryMatch(t, end, out var scale) && scale.PrefixLength == 0 && scale.Value.Kind is "thousand" or "scale")
            {
                value *= scale.Value.Value;
                end = scale.End;
            }
            return true;
        }
        if (!lx.Numbers.TryMatch(t, i, out var m)) return false;
        prefix = m.PrefixLength;
        var w = m.Value;
        switch (w.Kind)
        {
            case "cardinal":
                if (lx.Numbers.TryMatch(t, m.End, out var next) && next.PrefixLength == 0 && next.Value.Kind == "ten")
                {
                    value = w.Value + 10; end = next.End; return true;
                }
                if (TensWithWa(m.End, out var tens, out var tensEnd))
                {
                    value = w.Value + tens; end = tensEnd; return true;
                }
                if (lx.Numbers.TryMatch(t, m.End, out var thousands) && thousands.PrefixLength == 0 && thousands.Value.Kind == "thousand")
                {
                    value = w.Value * 1000; end = thousands.End; return true;
                }
                if (w.Value <= 2) return false;
                value = w.Value; end = m.End; return true;
            case "ten":
            case "tens":
            case "hundred":
            case "thousand":
                value = w.Value; end = m.End; return true;
            default:
                return false;
        }
    }

    internal bool TensWithWa(int i, out decimal tens, out int end)
    {
        tens = 0; end = i;
        var at = i;
        if (IsKey(at, Glue.Wa)) at++;
        if (!lx.Numbers.TryMatch(t, at, out var m) || m.Value.Kind is not ("tens" or "ordinal_tens")) return false;
        if (at == i && m.PrefixLength != 1) return false;
        tens = m.Value.Value; end = m.End;
        return true;
    }

    /// <summary>An ordinal for a day of the month or a clock hour: الثالث، الحادي عشر، الثانية عشرة، الحادي والعشرين.</summary>
    internal bool Ordinal(int i, out int value, out int end, out int prefix)
    {
        value = 0; end = i; prefix = 0;
        if (!lx.Numbers.TryMatch(t, i, out var m)) return false;
        prefix = m.PrefixLength;
        if (m.Value.Kind == "ordinal_tens")
        {
            value = (int)m.Value.Value; end = m.End; return true;
        }
        if (m.Value.Kind != "ordinal") return false;
        value = (int)m.Value.Value; end = m.End;
        if (lx.Numbers.TryMatch(t, end, out var ten) && ten.PrefixLength == 0 && ten.Value.Kind == "ten")
        {
            value += 10; end = ten.End;
        }
        else if (TensWithWa(end, out var tens, out var tensEnd) && tens >= 20)
        {
            value += (int)tens; end = tensEnd;
        }
        return true;
    }

    /// <summary>A day of the month in digits or as an ordinal («الثالث من يوليو»).</summary>
    internal bool DayOfMonth(int i, out int day, out int end, out int prefix)
    {
        day = 0; end = i; prefix = 0;
        if (IntAt(i) is { } n && t[i].Key.Length <= 2 && n is >= 1 and <= 31)
        {
            day = n; end = i + 1; return true;
        }
        return Ordinal(i, out day, out end, out prefix) && day is >= 1 and <= 31;
    }
}
