namespace Marsad.Tests.Ingest;

/// <summary>Arabic sentences written for these tests (not taken from any outlet).</summary>
internal static class ArabicSamples
{
    public const string Hospital = "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة الرياض، يضم مئتي سرير وقسماً للطوارئ.";

    public const string Maintenance = "قال المتحدث باسم البلدية إن أعمال الصيانة في الطريق الدائري ستنتهي قبل نهاية الشهر المقبل.";

    public const string Market = "شهدت أسواق الخضار في جدة ارتفاعاً ملحوظاً في أسعار الطماطم هذا الأسبوع؛ فهل تعود إلى مستواها قريباً؟";

    public const string Rain = "توقعت الأرصاد الجوية هطول أمطار غزيرة على المرتفعات الجنوبية ابتداءً من مساء الخميس.";

    public const string Library = "افتتحت الجامعة مكتبة رقمية تتيح للطلاب قراءة آلاف الكتب والمجلات العلمية مجاناً.";
}
