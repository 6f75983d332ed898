using System.Text;
using Marsad.Ingest;

namespace Marsad.Tests.Ingest;

public sealed class SourceTextDecoderTests
{
    static SourceTextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    // Every character of these must exist in ISO-8859-6 too (no « », no Arabic-Indic digits).
    private const string Paragraph = ArabicSamples.Hospital + "\n" + ArabicSamples.Market + "\n" + ArabicSamples.Rain;

    public static TheoryData<string, string> Encodings => new()
    {
        { "windows-1256", "windows-1256" },
        { "iso-8859-6", "iso-8859-6" },
        { "utf-8", "utf-8" },
        { "utf-8+bom", "utf-8" },
        { "utf-16le+bom", "utf-16le" },
        { "utf-16le", "utf-16le" },
        { "utf-16be+bom", "utf-16be" },
        { "utf-16be", "utf-16be" },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void ArabicInEveryEncodingDecodesToTheSameText(string encoding, string detected)
    {
        var result = SourceTextDecoder.Decode(Bytes(Paragraph, encoding));
        Assert.Equal(detected, result.EncodingName);
        Assert.Equal(Paragraph, result.Text);
    }

    [Theory]
    [InlineData("windows-1256")]
    [InlineData("iso-8859-6")]
    public void ASingleSentenceIsEnoughToTellTheArabicCodePages(string encoding)
    {
        var result = SourceTextDecoder.Decode(Bytes(ArabicSamples.Maintenance, encoding));
        Assert.Equal(encoding, result.EncodingName);
        Assert.Equal(ArabicSamples.Maintenance, result.Text);
    }

    [Fact]
    public void Windows1256OnlyLettersRuleOutIso88596()
    {
        // ف ق ك are 0xDD–0xDF in Windows-1256, bytes ISO-8859-6 leaves unassigned.
        var bytes = Encoding.GetEncoding(1256).GetBytes("فقك");
        Assert.Equal([0xDD, 0xDE, 0xDF], bytes);
        Assert.Equal("windows-1256", SourceTextDecoder.Decode(bytes).EncodingName);
    }

    [Fact]
    public void NulBytesThatAreNotUtf16AreBinary()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x90, 0x13, 0x88, 0x7F, 0x42];
        var result = SourceTextDecoder.Decode(png);
        Assert.Equal(IngestProblemCodes.Binary, result.ProblemCode);
        Assert.Null(result.Text);
    }

    [Fact]
    public void ControlBytesWithoutNulsAreBinary()
    {
        var bytes = Encoding.UTF8.GetBytes(ArabicSamples.Rain).Concat(Enumerable.Repeat((byte)0x03, 20)).ToArray();
        Assert.Equal(IngestProblemCodes.Binary, SourceTextDecoder.Decode(bytes).ProblemCode);
    }

    [Fact]
    public void LatinOneTextIsUndecodableRatherThanMisreadAsArabic()
    {
        var latin1 = Encoding.Latin1.GetBytes("Le café crème à côté du théâtre était fermé.");
        var result = SourceTextDecoder.Decode(latin1);
        Assert.Equal(IngestProblemCodes.Undecodable, result.ProblemCode);
    }

    [Fact]
    public void BrokenUtf8AfterAUtf8BomIsUtf8WithTheBadBytesReported()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("مرحبا"), 0xC3, 0x28];
        var result = SourceTextDecoder.Decode(bytes);
        Assert.Equal(("utf-8", "مرحبا\uFFFD("), (result.EncodingName, result.Text));
        Assert.Equal([new DecodeIssue(IngestProblemCodes.InvalidUtf8, 1, 13, 1, "utf-8")], result.Issues);
    }

    [Fact]
    public void NoBytesIsEmpty() => Assert.Equal(IngestProblemCodes.Empty, SourceTextDecoder.Decode([]).ProblemCode);

    internal static byte[] Bytes(string text, string encoding)
    {
        byte[] Strict(int codePage) =>
            Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetBytes(text);
        return encoding switch
        {
            "windows-1256" => Strict(1256),
            "iso-8859-6" => Strict(28596),
            "utf-8" => new UTF8Encoding(false).GetBytes(text),
            "utf-8+bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
            "utf-16le+bom" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
            "utf-16le" => Encoding.Unicode.GetBytes(text),
            "utf-16be+bom" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
            "utf-16be" => Encoding.BigEndianUnicode.GetBytes(text),
            _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, null),
        };
    }
}
