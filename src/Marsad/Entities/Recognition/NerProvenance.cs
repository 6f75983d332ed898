using System.Globalization;
using System.Security.Cryptography;
using Marsad.LanguageData;

namespace Marsad.Entities.Recognition;

/// <summary>
/// Where a trained NER model came from, stored inside the model file: the SHA-256 of its training data and of the
/// language data its lexicon was built from (data lines only, so header edits need no retraining), the word-cluster
/// table's fingerprint, the training options, the commit and the micro F1 it scored on the test split.
/// A test compares the shipped model's record with the shipped data, so data edited without retraining fails the build.
/// </summary>
public sealed record NerProvenance(
    string TrainingDataSha256,
    string LexiconSha256,
    ulong ClustersFingerprint,
    string Options,
    string Commit,
    double? TestMicroF1)
{
    /// <summary>The embedded files the recognizer's lexicon is built from when training (Resources/Entities).</summary>
    public static readonly string[] LexiconSources =
        ["countries.tsv", "places.tsv", "organizations.tsv", "people.tsv", "recognizer-names.txt", "given-names.txt", "triggers.txt"];

    /// <summary>SHA-256 of the data lines of <see cref="LexiconSources"/> as embedded in this build.</summary>
    public static string EmbeddedLexiconSha256() => LanguageFile.DataSha256("Entities", LexiconSources);

    public static string FileSha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    internal string Serialize() => string.Join('\n',
        $"training_data_sha256={TrainingDataSha256}",
        $"lexicon_sha256={LexiconSha256}",
        $"clusters_fingerprint={ClustersFingerprint.ToString(CultureInfo.InvariantCulture)}",
        $"options={Options}",
        $"commit={Commit}",
        $"test_micro_f1={(TestMicroF1 is { } f1 ? f1.ToString("F4", CultureInfo.InvariantCulture) : "")}");

    internal static NerProvenance? Parse(string text)
    {
        if (text.Length == 0) return null;
        var fields = text.Split('\n').Select(l => l.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        return new NerProvenance(
            fields.GetValueOrDefault("training_data_sha256", ""),
            fields.GetValueOrDefault("lexicon_sha256", ""),
            ulong.TryParse(fields.GetValueOrDefault("clusters_fingerprint"), CultureInfo.InvariantCulture, out var fp) ? fp : 0,
            fields.GetValueOrDefault("options", ""),
            fields.GetValueOrDefault("commit", ""),
            double.TryParse(fields.GetValueOrDefault("test_micro_f1"), CultureInfo.InvariantCulture, out var f1) ? f1 : null);
    }
}
