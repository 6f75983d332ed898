using Marsad.Ingest;
using Marsad.Tests.Support;
using Marsad.Text.Normalization;
using Marsad.Text.Tokenization;

namespace Marsad.Tests.Fuzz;

/// <summary>Every input the fuzzer (tools/Marsad.Fuzz) found crashing or hanging, kept as it was found.</summary>
public sealed class FuzzFindingsTests
{
    // Mutated gzip files whose Huffman tables made SharpZipLib's inflater throw IndexOutOfRangeException, which escaped
    // the reader and would have stopped a whole ingest.
    private const string GzipBadHuffmanTables = "H4sIAAAAAAAAA2WQ3UrBQBCF7/sUw4KgUNo8NDYIfRXrhWLAQqnFplC+g9AisSkx+3F2ZkIfiwgAAAAAAAADZZDdSsFAEIXv+xTDgqBQ2jw0Ngh9FeuFYsBCqcWmUL6D0CKxKTH7cXZmQh+LCAAAAAAAAANlkN1KwUAQhe/7FMOCoFDaPDQ2CH0V64ViwEKpxaZQvoPQIrEpMftxdmZCH4sIAAAAAAAAA2WQ3UrBQBCF7/sUw4KgUNo8NDYIfRXrhWLAH0KpxaZQvoPQIrEpMftxdmZCH4sIAAAAAAAAA2WQ3UrBQBCF7/sUw4KgUNo8NDYIfRXrhWLAQqnFplC+g9AisSkx+3F2ZkIfiw0IAAAAAAAAA2WQ3UrBQBCF7/sUw4KgUNo8NDYIfRXrhWLAQqnFplC+g9AisSkx+3F2ZkIfiwgAAAAAAAADZZDdSsFAEIXv+xTDgqBQ2jw0Ngh9FeuFYsBCqcWmUL6D0CKxKTH7cXZmQh+LCAAAAAAAAANlkN1KwUAQhe/7FMOCoFDaPDQ2CH0V64ViwEKpxaZQvoPQIrEpMftxdmZCH4sIAAAAAAAAA2WQ3UrBQBCF7/sUw4KgUNo8NDYIfRXrhWLAQqnFplC+g9AisSkx+3F2ZkIfiwgAAAAAAAADZZDdSsFAEIXv+xTDgqBQ2jw0Ngh9FeuFYsBCqcWmUL6D0CKxKTH7cXZmQh+LCAAAAAAAAANlkN1KwUAQhe/7FMOCoFDaPDQ2CH0V64ViwEKpxaZQvoPQIrEpMftxdmZCH4sIAKnFplC+g9AisSkx+3F2ZkIfiwgAqcWmUL6D0CKxKTH7cXZmQh+LCACpxaZQvoPQIrEpMftxdmZCH4sIAAAAAAAAA2WQ3UrBQBCF7/sUw4KgUNo8NDYIfRXrhWLAQqnFplC+g9AisSkx+3F2ZkIfiwgAAAAAAAADZZDdSsFAEIXv+xTDgqBQ2jw0Ngh9FeuFYsBCqcWmUL6D0CKxKTH7cXZmQh+LCAAAAAAAAANlkN1KwUAQhe/7FMOCoFDaPDQ2CH0V64ViwEKpxaZQvoPQvyKxKTH7cXZmQh+LCAAAAAAAAANlkN1KwUAQhe/7FMOCoFDaPDQ2CH0V64ViwEKpxaZQvoPQIrEpMftxdmZCH4sIAAAAAAAAA2WQ3UrBQBCF7/sUw4KgUNo8NDYIfRXrhWLAQqnFplC+g9AisSkx+3F2ZkIfiwgAAAAAAAADZZDdSsFAEIXv+xTDgqBQ2jw0Ngh9FeuFYsBCqcWmUL6D0CKxKTH7cXZmQh+LCAAAAAAAAANlkN1KwUAQhe/7FMOCoFDaPDQ2CH0V64ViwEKpxaZQvoPQIrEpMftxdmZCH4sIAAAAAAAAA2WQ3UrBQBCF7/sUw4KgUNo8NDYIfRXrhWLAQqnFplC+g9AisSkx+3F2ZkIfiwgAAAAAAAADZZDdSsFAEIXv+xTDgqBQ2jw0Ngh9FeuFYsBCqcWmUL6D0CKxKTH7cXZmQh+LCAAAAAAAAANlkN1KwUAQhe/7FMOCoFDaPDQ2CH0V64ViwEKpxaZQvoPQIrEpMftxdmZCH4sIAAAAAAAAA2WQ3UrBQBCF7/sUw4KgUNo8NDYIfRXrhWLAQqnFplC+g9AisSkx+3F2ZkIfiwgAAAAAAAADZZDdSsFAEIXv+xTDgqBQ2j00Ngh9FeuFYsBCqcWmUL6D0CKxKTH7cXZmQh+LCAAAAAAAAANlkN1KwUAQhe/7FMOCoFDaPDQ2CH0V64ViwEKpxaZQvoPQIrEpMftxdmZCH4sIAAAAAAAAA2WQ3UrBQBCF7/sUw4KgUNo8NDYIfRXrhWLAQqnFplC+g9AisSkx+3F2ZkIfiwgAAAAAAAADZZDdSsFAEIXv+xTDgqBQ2jw0Ngh9FeuFYsBCqcWmjL6D0CKxKTH7cXZmQh+LCAAAAAAAAANlkN1KwUAQhe/7FMOCoFDaPDQ2CH0V64ViwEKpxaZQvoPQIrEpMftxdmZCH4sIAAAAAAAAA2WQ3UrBQBCF7/sUw4KgUNo8NDYIfRXrhWLAQqnFplC+g9AisSkx+3F2ZkI1uFU9UR3VFDWaBkM/MFdkjPGF4NDx9GY4mNz51nO8tnPRdp2OZ56CQTD0rX+kZoKM2mp/VqescGQ=";
    private const string GzipBadTreeLengths = "H4sIAAAAAAAAA2WQ3UrDQBCF7/sUw4KgUNo0Ngh9FeuFIsBCocWmUAi5qKRrDL6D0CKxKTHG/kB9knPeRnaj3ngz7H77cXZmQjW4VT1RHdUURCnYMEaGjWlzhR0fUfVVS05RtgwouEB5Juct7wQvKmqEf6NSY/9vWbahFQqU4tWzxqY1mgZDPzBXZIzxhdLQ8fRmOJjc+dZzvLZz0XadjmeegkEw9K1/pGaCjNpif1anrHBkTI1cmOATGSqsxWbvUWAtTJlwUZNXbKiZUktXuLDuto0lPsxRXMftGm+OHDkyFMbZIseOcz4J50zrmIopMhzwLEz4YJDl5n+mqHrSV9hS/wQVgiXeUQnecEQp2DBGho1pc4UdH1H1VUtOUbYMKLhAeSbnLe8ELypqhH+jUmP/b1m2oRUKlOLVs8amyu/6/Flwf616EipTLztNca+iqBGORuNJ1PgGXQl2YZsBAAA=";

    // Mutated text with an NKo digit (U+07C8): the tokenizer's number scan took no character and looped forever.
    private const string TextWithNkoDigit = "INl9iMsHfYjYstin2DkN2e/Ystin2DkN2d/Ystin2DkN2d/Ystin2DkNOQ3Z39iy2KfYOQ3Z39iy2KfYOQ05Ddnf2LLYp9g5Ddnf2LLYp9g5DTkN2d/Ystin2DkN2d/Ystin2DkNOQ3Z39iy2KfYOQ3Z39iy2KfYOQ05Ddnf2LLYp9g5Ddnf2LLYp9g5DTkN2d/Ystin2DkN2d/Ystin2DkNOQ3Z39iy2KfYOQ3Z39iy2KfYOQ05Ddnf2LLYp9g5Ddnf2LLYp9g5DTkN2d/Ystin2DkN2d/Ysti32DkNOQ3Z39iy2KfYOQ3Z39iy2KfYOQ05Ddnf2LLYp9g5Ddnf2LLYp9g5DTkN2d/Ystin2DkN2d/Ystin2DkNOQ3Z39iy2KfYOQ3Z39iy2KfYOQ05Ddnf2LLYp9g5Ddnf2LLYp9g5DTkN2d/Ystin2DkN2d/Ystin2DkNOQ3Z39iy2KfYOQ3Z39iy2KfYOQ05Ddnf2LLYp9g5Ddnf2LLYp9g5DTkN2d/Ystin2DkN2d9bssCn2DkNOQ3Z39iy2KfYOQ3539iy2KfYOQ05Ddnf2LLYp9g5Ddnf2LLYp9g5DTkN2d/Ystin2DkN2d/YstjZ39iy2Ken2YTYpdir2YbZitmGIDQg2YXYp9ix2LMv2KLYsNin2LEgMjAyNCDYp9mB2KrYqtin2K0g2YXYs9iq2LTZgdmJINmB2Yog2KfZhNix2YrYOQ3Z39iy2KfYOQ05Ddnf2LLYp9g5Ddnf2LLY59g5DTkN2d/Ystin2DkN2d/Ystin2DkNOQnZ39iy2KfYOQ3Z39iy2KfYOQ05Ddnf2LLYp9g52d/Ystin2DkN2d/Ystin2DkNOQ3Z39iy2KfYOQ3Z39iy2KfYOQ05Ddnf2LLYp9g5Ddnf2LLYp9g5DTkN2d/Ystin2CA5Ddnf2LLYp9g5Ddnf2LLYp9g5DdnfiNiy";

    // A mutated page the driver stopped at its 2 s bound while the machine was loaded; it reads in well under a second alone.
    private const string HtmlOverTheBoundUnderLoad = "PGh0bWw+PGhlYWQ+PHRpdGxlPtiu2KjYsTwvdGl0bGU+PG1ldGEgcHJvcGVydHk9ImFydGljbGU6cHVibGlzaGVkX3RpbWUiIGNvbnRlbnQ9IjIwMjQtMDMtMDRUMTA6MDA6MDArMDM6MDAiPgo8bWV0YSBwcm9wZXJ0eT0ib2c6c2l0ZV9uYW1lIiBjb250ZW50PSLYp9mE2LrYryI+PC9oZWFkPjxib2R5PjxtYWluPjxhcnRpY2xlPjxoMT7YudmG2YjYp9mGPC9oMT48cD7Yo9i52YTZhtiqINin2YTZiNiy2KfYsdipIDxiPtin2YTZitmI2YU8L2I+INin2YHYqtiq2KfYrSDZhdiz2KrYtNmB2YkuPC9wPgo8ZGl2PjxkaXY+PHA+2YHZgtix2Kkg2KvYp9mG2YrYqTwvcD48L2Rpdj48L2Rpdj48c2NyaXB0PnZhciBhID0gIjxwPng8L3A+Ijs8L3NjcmlwdD48L2FydGljbGU+PC9tYWluPjwvYm9keT48L2h0bWw+";

    // A mutated page whose published_time is one long run of digits and dashes: the numeric-date rule read a number too
    // large for an int as a date part and threw, which stopped the whole page.
    private const string HtmlWithOverlongNumericDate = "PGh0bWw+PGhlYWQ+PHRpdGxlPtiu2KjYsTwvdGl0bGU+PG1ldGEgcHJvcGVydHk9ImFydGljbGU6cHVibGlzaGVkX3RpbWUiIGNvbnRlbnQ9IjIwMjQtMDMwMjIwMjQtMDMwMjIwMjQtMDMwMjIwMjQtMDMwMjIwMjQtMDMwMjIwMjQtMDMwMjIwMjQtMC0wMzAyMjAyNC0wMzAyMjAyNC0wMzAyMjAyNC0wMzAyMjAyNC0wMzAyMjAyNC0wMzAyMjAyNC0wLTAzMDIyMDI0LTAzMDIyMDI0LTAzMDIyMDI0LTAzMDIyMDI0LTAzMDIyMDI0LTAzMDIyMDI0LTAtMDMwMjIwMjQtMDMwMjIwMjQtMDMwMjIwMjQtMDMwMjIwMjQtMDMwMjIwMjQtMDMwMjIwMjQtMC0wMzAyMjAyNC0wMzAyMjAyNC0wMzAyMjAyNC0wMzAyMjAyNC0wMzAyMjAyNC0wMzAyMjAyNC0wLTAzMDIyMDI0LTAzMDIyMDI0LTAzMDIyMDI0LTAzMDIyMDI0LTAzMDIyMDI0LTAzMDIyMDI0LTAtMDMwMjIwMjQtMDMwMjIwMjQtMDMwMjIwMjQtMDMwMjIwMjQtMDMwMjIwMjQtMDMwMjIwMjQtMC0wMzAyMjAyNC0wMzAyMjAyNC0wMzAyMjAyNC0wMzAyMjAyNC0wMzAyMjAyNC0wMzAyMjAyNC0wLTAzMDIyMDI0LTAzMDIyMDI0LTAzMDIyMDI0LTAzMDIyMDI0LTAzMDIyMDI0LTAzMDIyMDI0LTAzMDIyMDI0LTAzMDIyMDI0LTAzMDIyMDI0LTAzMDIyMDI0LTAzMDIyMDI0LTAzMDIyMDI0LTAzMDIyMDI0LTAzMDIyMDI0LTAzMDIyMDI0LTAzMDIyMDI0LTAzMDIyMDI0LTAzMDIyMDI0LTAzMDIyMDI0LTAzMDIyMDI0LTAzMDIyMDI0LTAzMDIyMDI0LTAzMDJhZD48dGl0bGU+2K7YqNixPC90aXRsZT48bWV0YSBwcm9wZXJ0eT0iYXJ0aWNsZTpwdWJsaXNoZWRfdGltZSIgY29udGVudD0iMjAyNC0wMy0wNFQxMDowMDowMCswMzowMCI+CjQtMDMwMjQtMDMwMjQtMDMwMjQtMDMwMjQtMDMwMjQtMDMwMjQtMDMwMjQtMDMwmjQtMDMwMjQtMDMwMjQtMDMwMjQtMDMwMjQtMDMwMjQtMDMwMjQtMDMwMjQtMDMwMjQtMDMwVDQtMDMwMjQtMDQwMzAyNC0wMzAyNC0wMzAyNC0wMzAyNC0wNC0wMzAyNC0wMzAyNC0wMzAyNC0wNC0wMzAyNC0wMzAyNC0wMzAyNC0wMzAyNC0wMzAyNC0wNC0wMzAyNC0wMzAyNC0wMzAyNC0wMzAyNC0wMzAyNC0wNC0wMzAyNC0wMzAyNC0wMzAyNC0wMzAyNC0wMzAyNC0wNC0wMzAyNC0wMzAyNC0wMzAyNC0wMzAyNC0wMzAyNC0wMzAyNC0wMzAyNC0wMy0wNFQxMDowMDowMCswMzowMCI+CjxtZXRhIHByb3BlcnR5PSJvZzpzaXRlX25hbWUiIGNvbnRlbnQ9Itin2YTYutivIj48L2hlYWQ+PGJvZHk+PG1haW4+PGFydGljbGU+PGgxPti5ANmG2YjYp9mGPC9oMT48cD7Yo9i52YTZhtiqINin2YTZiNiy2KfYsdipIDxiPtin2YTZitmI2SA8Yj7Yp9mE2YrZiNkgPGI+2KfZhNmK2YjZIDxiPtin2YTZitmI2SA8Yj7Yp9mE2YrZiNkgPGI+2KfZhNmK2YjZIDxiPtin2YTZitmI2SA8Yj7Yp9mE2YrZiNkgPGI+2KfZhNmK2YjZIDxiPtin2YTZitmI2SA8Yj7Yp9mE2YrZiNkgPGI+2KfZhNmK2YjZIDxiPtin2YTZitmI2SA8Yj7Yp9mE2YrZiNkgPGI+2KfZhNmK2YjZIDxiPtin2YTZitmI2SA8Yj7Yp9mE2YrZiNkgPGI+2KfZhNmK2YjZIDxiPtin2YTZitmI2SA8Yj7Yp9mE2YrZiNkgPGI+2KfZhNmK2YjZIDxiPtin2YTZitmI2SA8Yj7Yp9mE2YrZiNkgPGI+2KfZhNmK2YjZIDxiPtin2YTZitmI2SA8Yj7Yp9mE2YrZiNmFPC9iPiDYp9mB2KrYqtin2K0g2YXYs9iq2LTZgdmJLjwvcD4KPGRpdj48ZOl2PjxwPtmB2YLYsdipINir2KfZhtmK2Kk8L3A+PC9kaXY+PC9kaXY+PHNjcmlwdD52YXIgYSA9ICI8cD54PC9wINir2KfZhtmK2Kk8L3A+PC9kaXY+PC9kaXY+PHNjcmlwdD52YXIgYSA9ICI8cD54PC9wINir2KfZhtmK2Kk8L3A+PC9kaXY+PC9kaXY+PHNjcmlwdD52YXIgYSA9ICI8cD54PC9wINir2KfZhtmK2Kk8L3A+PC9kaXY+PC9kaXY+PHNjcmlwdD52YXIgYSA9ICI8cD54PC9wINir2KfZhtmK2Kk8L3A+PC9kaXY+PC9kaXY+PHNjcmlwdD52YXIgYSA9ICI8cD54PC9wINir2KfZhtmK2Kk8L3A+PC9kaXY+PC9kaXY+PHNjcmlwdD52YXIgYSA9ICI8cD54PC9wINir2KfZhtmK2Kk8L3A+PC9kaXY+PC9kaXY+PHNjcmlwdD52YXIgYSA9ICI8cD54PC9wINir2KfZhtmK2Kk8L3A+PC9kaXY+PC9kaXY+PHNjcmlwdD52YXIgYSA9ICI8cD54PC9wINir2KfZhtmK2Kk8L3A+PC9kaXY+PC9kaXY+PHNjcmlwdD52YXIgYSA9ICI8cD54PC9wINir2KfZhtmK2Kk8L3A+PC9kaXY+PC9kaXY+PHNjcmlwdD52YXIgYSA9ICI8cD54PC9wINir2KfZhtmK2Kk8L3A+PC9kaXY+PC9kaXY+PHNjcmlwdD52YXIgYSA9ICI8cD54PC9wINir2KfZhtmK2Kk8L3A+PC9kaXY+PC9kaXY+PHNjcmlwdD52YXIgYSA9ICI8cD54PC9wINir2KfZhtmK2Kk8L3A+PC9kaXY+PC9kaXY+PHNjcmlwdD52YXIgYSA9ICI8cD54PC9wINir2KfZhtmK2Kk8L3A+PC9kaXY+PC9kaXY+PHNjcmlwdD52YXIgYSA9ICI8cD54PC9wINir2KfZhtmK2Kk8L3A+PC9kaXY+PC9kaXY+PHNjcmlwdD52YXIgYSA9ICI8cD54PC9whNmK2YjZhTwvYj4g2KfZgdiq2KrYp9itINmF2LPYqti02YHZiS48L3A+CjxkaSDYq9in2YbZitipPC9wPjwvZGl2PjwvZGl2PjxzY3JpcHQ+dmFyIGEgPSAiPHA+eDwvcCDYq9in2YbZitipPC9wPjwvZGl2PjwvZGl2PjxzY3JpcHQ+dmFyIGEgPSAiPHA+eDwvcCDYq9in2YbZitipPC9wPjwvZGl2PjwvZGl2PjxzY3JpcHQ+dmFyIGEgPSAiPHA+eDwvcCDYq9in2YbZitipPC9wPjwvZGl2PjwvZGl2PjxzY3JpcHQ+dmFyIGEgPSAiPHA+eDwvcCDYq9in2YbZitipPC9wPjwvZGl2PjwvZGl2PjxzY3JpcHQ+dmFyIGEgPSAiPHA+eDwvcD4iczwvPC9hcnRpY2xlPjwvbWFpbj48L2JvZHk+PC9odG1sPg==";

    [Fact]
    public void APageWhoseDateHoldsAnOverlongNumberReadsWithTheDateReported()
    {
        using var folder = new TempFolder();
        var path = folder.Write("found.html", Convert.FromBase64String(HtmlWithOverlongNumericDate));

        var items = ArticleReader.Read([path]).ToList();

        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.True(i.IsArticle != (i.Problem is not null)));
    }

    // Mutated text of ~290 «!»: the splitter absorbed terminators after a terminator past its 256-token bound.
    private const string TextWithARunOfExclamationMarks = "ICEhISAhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISE8ISEhISEhISEhISEhISEhISEhISEhISEhISEh";

    [Fact]
    public void TheFoundRunOfExclamationMarksStaysWithinTheSentenceBound()
    {
        var normalized = ArabicNormalizer.Normalize(System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(TextWithARunOfExclamationMarks)));

        var sentences = Marsad.Text.Sentences.SentenceSplitter.Split(normalized, Tokenizer.Tokenize(normalized));

        Assert.All(sentences, s => Assert.InRange(s.TokenCount, 1, Marsad.Text.Sentences.SentenceSplitter.MaxTokens));
    }

    [Fact]
    public async Task TheFoundSlowPageReads()
    {
        using var folder = new TempFolder();
        var path = folder.Write("found.html", Convert.FromBase64String(HtmlOverTheBoundUnderLoad));
        var items = await Task.Run(() => ArticleReader.Read([path]).ToList())
            .WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.True(i.IsArticle != (i.Problem is not null)));
    }

    [Theory]
    [InlineData(GzipBadHuffmanTables)]
    [InlineData(GzipBadTreeLengths)]
    public void AGzipWithInvalidHuffmanTablesIsAProblemNotACrash(string base64)
    {
        using var folder = new TempFolder();
        var path = folder.Write("found.jsonl.gz", Convert.FromBase64String(base64));

        var items = ArticleReader.Read([path]).ToList();

        var problem = items[^1].Problem!;
        Assert.Equal(IngestProblemCodes.Undecodable, problem.Code);
        Assert.Contains("the compressed data is invalid", problem.Message);
        Mojibake.AssertNone(items.Where(i => i.IsArticle).Select(i => i.Article!.Text));
    }

    [Fact]
    public async Task TheFoundTextWithAnNkoDigitTokenizes()
    {
        var text = new System.Text.UTF8Encoding(false, false).GetString(Convert.FromBase64String(TextWithNkoDigit));
        var tokens = await Task.Run(() => Tokenizer.Tokenize(ArabicNormalizer.Normalize(text)))
            .WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        Assert.Contains(tokens, t => t.Normalized == "\u07C8");
    }

    [Fact]
    public void DigitsOfOtherScriptsAreOneNumberToken()
    {
        var tokens = Tokenizer.Tokenize(ArabicNormalizer.Normalize("سنة \u07C8\u07C9 و\u096E"));
        Assert.Equal([("سنة", TokenKind.ArabicWord), ("\u07C8\u07C9", TokenKind.Number), ("و", TokenKind.ArabicWord), ("\u096E", TokenKind.Number)],
            tokens.Select(t => (t.Normalized, t.Kind)));
    }
}
