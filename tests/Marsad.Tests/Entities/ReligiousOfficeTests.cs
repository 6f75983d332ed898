using Marsad.Entities;
using Marsad.Entities.Linking;

namespace Marsad.Tests.Entities;

/// <summary>A state's religious offices (roles.tsv: grand mufti, Grand Imam of al-Azhar, religious affairs minister).</summary>
public sealed class ReligiousOfficeTests
{
    private static readonly DateTimeOffset March2021 = new(2021, 3, 4, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AMuftiOfAStateThenATitleAndANameIsOnePerson()
    {
        var found = EntityTestPipeline.Analyze("أعلن مفتي لبنان الشيخ عبد اللطيف دريان أن صلاة العيد ستقام في المساجد.", March2021);

        var mufti = Assert.Single(found.Entities, e => e.Type == EntityType.PER);
        Assert.Equal(["مفتي لبنان", "عبد اللطيف دريان"], mufti.Mentions.Select(m => m.Text));
        Assert.Equal(EntityRules.RoleApposition, mufti.Mentions[0].Rule);
        Assert.Equal(MentionKind.Role, mufti.Mentions[0].Kind);
    }

    [Fact]
    public void AMinisterOfEndowmentsNamedAfterAnHonorificIsThatMinister()
    {
        var found = EntityTestPipeline.Analyze("قال وزير الأوقاف الأردني الدكتور محمد الخلايلة إن المساجد ستفتح أبوابها.", March2021);

        var minister = Assert.Single(found.Entities, e => e.Type == EntityType.PER);
        Assert.Equal(["وزير الأوقاف الأردني", "محمد الخلايلة"], minister.Mentions.Select(m => m.Text));
    }

    [Theory]
    [InlineData("دعا مفتي الديار المصرية المواطنين إلى التبرع بالدم.", "مفتي الديار المصرية", "per:~office-grand-mufti-eg")]
    [InlineData("استقبل شيخ الأزهر وفدا من الطلاب الوافدين.", "شيخ الأزهر", "per:~office-grand-imam-al-azhar-eg")]
    [InlineData("التقى مفتي عام سلطنة عمان وفدا من العلماء.", "مفتي عام سلطنة عمان", "per:~office-grand-mufti-om")]
    public void AReligiousOfficeWithNoNameIsItsStatesUnnamedHolder(string text, string office, string id)
    {
        var found = EntityTestPipeline.Analyze(text, March2021);

        var holder = found.Entity(id);
        Assert.Equal([office], holder.Mentions.Select(m => m.Text));
        Assert.Equal(MentionKind.Role, holder.Mentions[0].Kind);
    }

    [Fact]
    public void AKnownHolderOfAnotherOfficeAfterATitleIsTheOfficesGuestNotItsHolder()
    {
        var found = EntityTestPipeline.Analyze("استقبل الرئيس المصري الشيخ تميم بن حمد في القاهرة.", March2021);

        Assert.DoesNotContain(found.Entity("per:tamim-bin-hamad").Mentions, m => m.Kind == MentionKind.Role);
        Assert.Equal("الرئيس المصري", Assert.Single(found.Entity("per:abdel-fattah-el-sisi").Mentions).Text);
    }
}
