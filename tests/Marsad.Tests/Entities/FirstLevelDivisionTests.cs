using Marsad.Entities;
using Marsad.Entities.Gazetteer;

namespace Marsad.Tests.Entities;

/// <summary>
/// places.tsv promises every first-level division of the states its header names complete: each state's divisions are
/// listed here with their number and where that number comes from, and the file must hold exactly those.
/// </summary>
public sealed class FirstLevelDivisionTests
{
    private static EntityGazetteer G => EntityGazetteer.Default;

    // Word: the division word the state's news uses (منطقة عسير، إمارة دبي، بلدية الريان، محافظة حولي، ولاية تونس).
    private sealed record State(string Iso, string Word, int Count, string[] Ids);

    private static readonly State[] Complete =
    [
        // Saudi Arabia: 13 regions (Law of the Provinces, 1992).
        new("SA", "منطقة", 13,
        [
            "loc:riyadh-region", "loc:mecca", "loc:medina", "loc:eastern-province",
            "loc:asir", "loc:jizan", "loc:najran", "loc:al-bahah",
            "loc:northern-borders", "loc:al-jawf-sa", "loc:hail", "loc:qassim",
            "loc:tabuk",
        ]),
        // United Arab Emirates: 7 emirates (Constitution, art. 1).
        new("AE", "إمارة", 7,
        [
            "loc:abu-dhabi-emirate", "loc:dubai", "loc:sharjah", "loc:ajman",
            "loc:umm-al-quwain", "loc:ras-al-khaimah", "loc:fujairah",
        ]),
        // Kuwait: 6 governorates (Mubarak Al-Kabeer the sixth, 1999).
        new("KW", "محافظة", 6,
        [
            "loc:capital-governorate-kw", "loc:hawalli", "loc:farwaniya", "loc:mubarak-al-kabeer",
            "loc:ahmadi", "loc:jahra",
        ]),
        // Qatar: 8 municipalities (Al-Shahaniya the eighth, 2014).
        new("QA", "بلدية", 8,
        [
            "loc:doha-municipality", "loc:al-rayyan", "loc:al-wakrah", "loc:al-khor",
            "loc:al-shamal", "loc:umm-salal", "loc:al-daayen", "loc:al-shahaniya",
        ]),
        // Bahrain: 4 governorates since the Central Governorate was abolished (2014).
        new("BH", "محافظة", 4,
        [
            "loc:capital-governorate-bh", "loc:muharraq", "loc:northern-governorate-bh", "loc:southern-governorate-bh",
        ]),
        // Oman: 11 governorates (Royal Decree 114/2011).
        new("OM", "محافظة", 11,
        [
            "loc:muscat-governorate", "loc:dhofar", "loc:musandam", "loc:al-buraimi",
            "loc:ad-dakhiliyah", "loc:north-batinah", "loc:south-batinah", "loc:north-sharqiyah",
            "loc:south-sharqiyah", "loc:ad-dhahirah", "loc:al-wusta-om",
        ]),
        // Yemen: 21 governorates and the Capital Secretariat (Socotra the 21st, 2013).
        new("YE", "محافظة", 22,
        [
            "loc:abyan", "loc:aden", "loc:al-bayda-ye", "loc:ad-dali",
            "loc:hodeidah", "loc:al-jawf-ye", "loc:al-mahra", "loc:al-mahwit",
            "loc:amanat-al-asimah", "loc:amran", "loc:dhamar", "loc:hadramawt",
            "loc:hajjah", "loc:ibb", "loc:lahij", "loc:marib",
            "loc:raymah", "loc:saada", "loc:sanaa-governorate", "loc:shabwa",
            "loc:socotra", "loc:taiz",
        ]),
        // Iraq: 18 governorates and Halabja, made the 19th by parliament in 2025.
        new("IQ", "محافظة", 19,
        [
            "loc:baghdad-governorate", "loc:basra", "loc:nineveh", "loc:erbil",
            "loc:sulaymaniyah", "loc:duhok", "loc:kirkuk", "loc:anbar",
            "loc:diyala", "loc:salah-al-din", "loc:babil", "loc:karbala",
            "loc:najaf", "loc:wasit", "loc:maysan", "loc:dhi-qar",
            "loc:al-muthanna", "loc:al-qadisiyyah", "loc:halabja",
        ]),
        // Syria: 14 governorates.
        new("SY", "محافظة", 14,
        [
            "loc:damascus-governorate", "loc:rif-dimashq", "loc:quneitra", "loc:daraa",
            "loc:suwayda", "loc:homs", "loc:tartus", "loc:latakia",
            "loc:hama", "loc:idlib", "loc:aleppo", "loc:raqqa",
            "loc:deir-ez-zor", "loc:hasakah",
        ]),
        // Jordan: 12 governorates (Madaba, Jerash, Ajloun and Aqaba since 1994).
        new("JO", "محافظة", 12,
        [
            "loc:amman-governorate", "loc:irbid", "loc:zarqa", "loc:balqa",
            "loc:madaba", "loc:mafraq", "loc:jerash", "loc:ajloun",
            "loc:karak", "loc:tafilah", "loc:maan", "loc:aqaba",
        ]),
        // Lebanon: 9 governorates (Akkar, Baalbek-Hermel 2003 and Keserwan-Jbeil 2017 laws).
        new("LB", "محافظة", 9,
        [
            "loc:beirut-governorate", "loc:mount-lebanon", "loc:north-governorate-lb", "loc:akkar",
            "loc:south-governorate-lb", "loc:nabatieh", "loc:beqaa", "loc:baalbek-hermel",
            "loc:keserwan-jbeil",
        ]),
        // Palestine: 16 governorates, 11 in the West Bank and 5 in Gaza (PCBS).
        new("PS", "محافظة", 16,
        [
            "loc:jenin", "loc:tubas", "loc:tulkarm", "loc:nablus",
            "loc:qalqilya", "loc:salfit", "loc:ramallah", "loc:jericho",
            "loc:jerusalem-governorate", "loc:bethlehem", "loc:hebron", "loc:north-gaza",
            "loc:gaza-governorate", "loc:deir-al-balah", "loc:khan-younis", "loc:rafah",
        ]),
        // Egypt: 27 governorates since Helwan and 6th of October were folded back (2011).
        new("EG", "محافظة", 27,
        [
            "loc:cairo-governorate", "loc:alexandria", "loc:port-said", "loc:suez",
            "loc:damietta", "loc:dakahlia", "loc:sharqia", "loc:qalyubia",
            "loc:kafr-el-sheikh", "loc:gharbia", "loc:monufia", "loc:beheira",
            "loc:ismailia", "loc:giza", "loc:beni-suef", "loc:faiyum",
            "loc:minya", "loc:asyut", "loc:sohag", "loc:qena",
            "loc:aswan", "loc:luxor", "loc:red-sea-governorate", "loc:new-valley",
            "loc:matrouh", "loc:north-sinai", "loc:south-sinai",
        ]),
        // Tunisia: 24 governorates (wilayas), Manouba the 24th (2000).
        new("TN", "ولاية", 24,
        [
            "loc:tunis-governorate", "loc:ariana", "loc:ben-arous", "loc:manouba",
            "loc:nabeul", "loc:zaghouan", "loc:bizerte", "loc:beja",
            "loc:jendouba", "loc:kef", "loc:siliana", "loc:sousse",
            "loc:monastir", "loc:mahdia", "loc:sfax", "loc:kairouan",
            "loc:kasserine", "loc:sidi-bouzid", "loc:gabes", "loc:medenine",
            "loc:tataouine", "loc:gafsa", "loc:tozeur", "loc:kebili",
        ]),
        // United States: 50 states; New York shares the city's row, California, Texas and Florida were listed before.
        new("US", "ولاية", 50,
        [
            "loc:new-york", "loc:california", "loc:texas", "loc:florida", "loc:us-washington-state", "loc:us-georgia",
            "loc:us-alabama", "loc:us-alaska", "loc:us-arizona", "loc:us-arkansas", "loc:us-colorado", "loc:us-connecticut",
            "loc:us-delaware", "loc:us-hawaii", "loc:us-idaho", "loc:us-illinois", "loc:us-indiana", "loc:us-iowa",
            "loc:us-kansas", "loc:us-kentucky", "loc:us-louisiana", "loc:us-maine", "loc:us-maryland", "loc:us-massachusetts",
            "loc:us-michigan", "loc:us-minnesota", "loc:us-mississippi", "loc:us-missouri", "loc:us-montana", "loc:us-nebraska",
            "loc:us-nevada", "loc:us-new-hampshire", "loc:us-new-jersey", "loc:us-new-mexico", "loc:us-north-carolina",
            "loc:us-north-dakota", "loc:us-ohio", "loc:us-oklahoma", "loc:us-oregon", "loc:us-pennsylvania",
            "loc:us-rhode-island", "loc:us-south-carolina", "loc:us-south-dakota", "loc:us-tennessee", "loc:us-utah",
            "loc:us-vermont", "loc:us-virginia", "loc:us-west-virginia", "loc:us-wisconsin", "loc:us-wyoming",
        ]),
        // Germany: 16 Länder (Basic Law, preamble); Hamburg shares the city's row, Berlin's state is written with its word.
        new("DE", "ولاية", 16,
        [
            "loc:de-bavaria", "loc:de-baden-wurttemberg", "loc:de-berlin-state", "loc:de-brandenburg", "loc:de-bremen",
            "loc:hamburg", "loc:de-hesse", "loc:de-lower-saxony", "loc:de-mecklenburg", "loc:de-nrw",
            "loc:de-rhineland-palatinate", "loc:de-saarland", "loc:de-saxony", "loc:de-saxony-anhalt",
            "loc:de-schleswig-holstein", "loc:de-thuringia",
        ]),
        // Canada: 10 provinces (the three northern territories are not provinces and not listed).
        new("CA", "مقاطعة", 10,
        [
            "loc:ca-ontario", "loc:ca-quebec", "loc:ca-british-columbia", "loc:ca-alberta", "loc:ca-manitoba",
            "loc:ca-saskatchewan", "loc:ca-nova-scotia", "loc:ca-new-brunswick", "loc:ca-newfoundland", "loc:ca-pei",
        ]),
        // Australia: 6 states (the two mainland territories are not states and not listed); Victoria, a given name, is
        // written with its division word.
        new("AU", "ولاية", 6,
        [
            "loc:au-new-south-wales", "loc:au-queensland", "loc:au-victoria", "loc:au-western-australia",
            "loc:au-south-australia", "loc:au-tasmania",
        ]),
    ];

    public static TheoryData<string> CompleteStates() => [.. Complete.Select(s => s.Iso)];

    [Theory]
    [MemberData(nameof(CompleteStates))]
    public void EveryFirstLevelDivisionOfACompleteStateIsAPlaceOfThatState(string iso)
    {
        var state = Complete.Single(s => s.Iso == iso);
        Assert.Equal(state.Count, state.Ids.Distinct().Count());
        var wrong = state.Ids.Where(id => G.Find(id) is not { Type: EntityType.LOC } e || e.Country != iso).ToList();
        Assert.True(wrong.Count == 0, $"Not a place of {iso} in places.tsv: {string.Join(", ", wrong)}");
    }

    [Theory]
    [MemberData(nameof(CompleteStates))]
    public void NoOtherPlaceOfACompleteStateIsNamedWithItsDivisionWord(string iso)
    {
        var state = Complete.Single(s => s.Iso == iso);
        var extra = G.Entities
            .Where(e => e.Country == iso && !state.Ids.Contains(e.Id))
            .Where(e => e.NamesAr.Any(n => n.TrimStart('?').StartsWith(state.Word + " ", StringComparison.Ordinal)))
            .Select(e => e.Id)
            .ToList();
        Assert.True(extra.Count == 0, $"Named like a division of {iso} but not counted: {string.Join(", ", extra)}");
    }

    // The division word is a place word: it finds the bare name, ?-marked ones too, and the mention is the name alone.
    [Theory]
    [InlineData("وصلت فرق الإنقاذ إلى محافظة حولي بعد العاصفة.", "loc:hawalli", "حولي")]
    [InlineData("هطلت أمطار غزيرة على منطقة عسير مساء أمس.", "loc:asir", "عسير")]
    [InlineData("افتتح المحافظ مستشفى جديدا في محافظة الأحمدي.", "loc:ahmadi", "الأحمدي")]
    [InlineData("أعلنت السلطات حظر التجول في منطقة الرياض كلها.", "loc:riyadh-region", "منطقة الرياض")]
    [InlineData("أغلقت العاصفة الثلجية الطرق السريعة في ولاية أوهايو.", "loc:us-ohio", "أوهايو")]
    [InlineData("صوت الناخبون في ولاية يوتا لصالح المرشح المستقل.", "loc:us-utah", "يوتا")]
    [InlineData("قضت محكمة في ولاية واشنطن بوقف القرار.", "loc:us-washington-state", "ولاية واشنطن")]
    public void ADivisionWordFindsTheDivisionByItsName(string text, string id, string mention) =>
        Assert.Equal([mention], EntityTestPipeline.Analyze(text).Entity(id).Mentions.Select(m => m.Text).ToArray());
}
