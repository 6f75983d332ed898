using Marsad.Export;
using Marsad.Storage;
using Parquet;

namespace Marsad.Tests.Export;

public sealed class ParquetRowGroupTests
{
    /// <summary>A table of one row per (article, sentence) made up for this test: text, integer, number, flag.</summary>
    private sealed class Sentences : ITableExport
    {
        public string Name => "sentences";

        public string Description => "test rows";

        public IReadOnlyList<ExportColumn> Columns { get; } =
            [new("sentence", ExportType.Text), new("index", ExportType.Integer), new("score", ExportType.Number), new("quoted", ExportType.Boolean)];

        public IEnumerable<object?[]> Rows(MarsadStore store, ExportFilter filter) => throw new NotSupportedException();
    }

    private static object?[] Row(int i) =>
        [i % 7 == 0 ? null : $"قال الوزير في الجملة {i}", i % 5 == 0 ? null : (long)i, i % 3 == 0 ? null : i / 4.0, i % 11 == 0 ? null : i % 2 == 0];

    [Fact]
    public async Task RowsBeyondOneGroupAreSplitIntoBoundedGroupsAndReadBackEqual()
    {
        var rows = 2 * ParquetFormat.RowGroupSize + 3;
        using var output = new MemoryStream();

        var written = new ParquetFormat().Write(new Sentences(), Enumerable.Range(0, rows).Select(Row), output, new ExportOptions());

        Assert.Equal(rows, written);
        await using var reader = await ParquetReader.CreateAsync(new MemoryStream(output.ToArray()), cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(3, reader.RowGroupCount);
        var fields = reader.Schema.GetDataFields();
        var read = new List<object?[]>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var n = (int)group.RowCount;
            Assert.Equal(g < 2 ? ParquetFormat.RowGroupSize : 3, n);
            var text = new string?[n];
            var index = new long?[n];
            var score = new double?[n];
            var quoted = new bool?[n];
            await group.ReadAsync(fields[0], text.AsMemory()!, cancellationToken: TestContext.Current.CancellationToken);
            await group.ReadAsync(fields[1], index.AsMemory(), cancellationToken: TestContext.Current.CancellationToken);
            await group.ReadAsync(fields[2], score.AsMemory(), cancellationToken: TestContext.Current.CancellationToken);
            await group.ReadAsync(fields[3], quoted.AsMemory(), cancellationToken: TestContext.Current.CancellationToken);
            for (var r = 0; r < n; r++) read.Add([text[r], index[r], score[r], quoted[r]]);
        }
        Assert.Equal(Enumerable.Range(0, rows).Select(Row), read);
    }
}
