using System.Text;
using GlosKlienta.Domain.Records;

namespace GlosKlienta.Domain.Tests.Records;

public sealed class CanonicalRecordTests
{
    private static string Text(string table, params (string Name, object? Value)[] columns) =>
        Encoding.UTF8.GetString(CanonicalRecord.Encode(table, columns.Select(c => KeyValuePair.Create(c.Name, c.Value))));

    [Fact]
    public void Encode_WritesColumnsInOrdinalOrder_WithTagsAndByteLengths()
    {
        var text = Text("AuditEntries", ("b", "żółw"), ("A", 42L), ("c", null), ("Flag", true));

        Assert.Equal("gk-record/1\ntable=AuditEntries\nA=i:2:42\nFlag=b:1:1\nb=s:7:żółw\n", text);
    }

    [Fact]
    public void Encode_LeavesANullOut_SoAColumnAddedLaterKeepsOlderRowsAsSealed_ButANulledValueStillShows()
    {
        var sealedBefore = Text("InfoMaterialVersions", ("Title", "Tekst łatwy do czytania"), ("Number", 1));

        Assert.Equal(sealedBefore, Text("InfoMaterialVersions", ("Title", "Tekst łatwy do czytania"), ("Number", 1), ("TitleUk", null)));
        Assert.NotEqual(sealedBefore, Text("InfoMaterialVersions", ("Title", null), ("Number", 1)));
    }

    [Fact]
    public void Encode_IsTheSame_WhateverOrderTheColumnsCome()
    {
        Assert.Equal(Text("T", ("x", 1), ("y", "a")), Text("T", ("y", "a"), ("x", 1)));
    }

    [Fact]
    public void Encode_IsUnambiguous_WhenATextHoldsWhatLooksLikeTheNextColumn()
    {
        Assert.NotEqual(Text("T", ("a", "1\nb=s:1:2"), ("c", null)), Text("T", ("a", "1"), ("b", "2"), ("c", null)));
    }

    [Fact]
    public void Encode_AnInstant_IsUtcToTheMicrosecond_WhateverItsOffsetOrSubMicrosecondTicks()
    {
        var utc = new DateTimeOffset(2026, 12, 6, 1, 2, 3, TimeSpan.Zero).AddTicks(1234567);
        var warsaw = utc.ToOffset(TimeSpan.FromHours(1));
        var asPostgresKeepsIt = new DateTimeOffset(utc.UtcTicks - 7, TimeSpan.Zero);

        Assert.Equal("2026-12-06T01:02:03.123456Z", CanonicalRecord.Instant(utc));
        Assert.Equal(Text("T", ("At", utc)), Text("T", ("At", warsaw)));
        Assert.Equal(Text("T", ("At", utc)), Text("T", ("At", asPostgresKeepsIt)));
        Assert.Equal(Text("T", ("At", utc)), Text("T", ("At", DateTime.SpecifyKind(utc.UtcDateTime, DateTimeKind.Unspecified))));
        Assert.NotEqual(Text("T", ("At", utc)), Text("T", ("At", utc.AddTicks(10))));
    }

    [Fact]
    public void Encode_NumbersDatesBytesAndGuids_HaveOneFormEach()
    {
        Assert.Equal(Text("T", ("v", 1.50m)), Text("T", ("v", 1.5m)));
        Assert.Equal(Text("T", ("v", 7)), Text("T", ("v", 7L)));
        Assert.Contains("v=d:10:2026-02-28\n", Text("T", ("v", new DateOnly(2026, 2, 28))), StringComparison.Ordinal);
        Assert.Contains("v=x:3:abc\n", Text("T", ("v", "abc"u8.ToArray())), StringComparison.Ordinal);
        Assert.Contains("v=g:36:0f8fad5b-d9cb-469f-a165-70867728950e\n", Text("T", ("v", Guid.Parse("0F8FAD5B-D9CB-469F-A165-70867728950E"))), StringComparison.Ordinal);
        Assert.NotEqual(Text("T", ("v", "")), Text("T", ("v", null)));
        Assert.NotEqual(Text("T", ("v", "1")), Text("T", ("v", 1)));
    }

    [Fact]
    public void Encode_AnUnknownType_IsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => Text("T", ("v", new Uri("https://lesko.pl"))));
        Assert.Contains("Column v", e.Message, StringComparison.Ordinal);
    }
}

public sealed class RecordChainTests
{
    private static List<ChainRow> Chain(params string[] contents)
    {
        var rows = new List<ChainRow>();
        var previous = RecordChain.Genesis;
        for (var i = 0; i < contents.Length; i++)
        {
            var canonical = Encoding.UTF8.GetBytes(contents[i]);
            var hash = RecordChain.Link(previous, canonical);
            rows.Add(new ChainRow((i + 10).ToString(System.Globalization.CultureInfo.InvariantCulture), i + 1, previous, hash, canonical));
            previous = hash;
        }
        return rows;
    }

    private static ChainVerifier Verify(IEnumerable<ChainRow> rows)
    {
        var verifier = new ChainVerifier("AuditEntries");
        foreach (var row in rows) if (!verifier.Next(row)) break;
        return verifier;
    }

    [Fact]
    public void Link_IsSha256OfPreviousNewlineAndContent()
    {
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("abc\nxyz"u8)), RecordChain.Link("abc", "xyz"u8));
    }

    [Fact]
    public void AnIntactChain_Verifies_AndItsHeadIsTheLastRow()
    {
        var rows = Chain("a", "b", "c");
        var verifier = Verify(rows);

        Assert.Null(verifier.Break);
        Assert.Equal(new ChainHead("AuditEntries", 3, rows[2].Hash!, "12"), verifier.Head);
    }

    [Fact]
    public void AnEmptyChain_HasTheGenesisHead()
    {
        Assert.Equal(new ChainHead("AuditEntries", 0, "", null), new ChainVerifier("AuditEntries").Head);
    }

    [Fact]
    public void ChangedContent_IsNamed()
    {
        var rows = Chain("a", "b", "c");
        rows[1] = rows[1] with { Canonical = "B"u8.ToArray() };

        var broken = Verify(rows).Break!;
        Assert.Equal((ChainBreakKind.ContentChanged, "11", 2L), (broken.Kind, broken.RowId, broken.Sequence));
    }

    [Fact]
    public void ARowRewrittenWithAFreshHash_BreaksTheNextRowsLink()
    {
        var rows = Chain("a", "b", "c");
        rows[1] = rows[1] with { Canonical = "B"u8.ToArray(), Hash = RecordChain.Link(rows[1].Previous!, "B"u8) };

        var broken = Verify(rows).Break!;
        Assert.Equal((ChainBreakKind.LinkBroken, "12"), (broken.Kind, broken.RowId));
    }

    [Fact]
    public void ADeletedMiddleRow_IsAGapBeforeTheNextRow()
    {
        var rows = Chain("a", "b", "c");
        rows.RemoveAt(1);

        var broken = Verify(rows).Break!;
        Assert.Equal((ChainBreakKind.RowMissing, "12", 3L), (broken.Kind, broken.RowId, broken.Sequence));
        Assert.Contains("nr 2", broken.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ARowWithoutSeal_IsNotInTheChain()
    {
        var rows = Chain("a");
        rows.Add(new ChainRow("99", null, null, null, "x"u8.ToArray()));

        Assert.Equal((ChainBreakKind.NotInChain, "99"), (Verify(rows).Break!.Kind, Verify(rows).Break!.RowId));
    }

    [Fact]
    public void Combined_DependsOnEveryHead_AndNotOnTheirOrder()
    {
        ChainHead[] heads = [new("A", 1, "aa", "1"), new("B", 2, "bb", "5")];

        Assert.Equal(RecordChain.Combined(heads), RecordChain.Combined(heads.Reverse()));
        Assert.NotEqual(RecordChain.Combined(heads), RecordChain.Combined([heads[0], heads[1] with { Sequence = 3 }]));
        Assert.Equal(16, RecordChain.Abbreviated(RecordChain.Combined(heads)).Length);
    }
}
