
namespace GlosKlienta.Web.Features.Office;

/// <summary>The office the system serves: one row, seeded on first start, changed as data.</summary>
public sealed class Office
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Locality { get; set; }
    public string? Website { get; set; }
    /// <summary>The office's Biuletyn Informacji Publicznej, linked from the home page.</summary>
    public string? BipUrl { get; set; }
    /// <summary>
    /// The address citizens open this system at from outside (checked by <see cref="Domain.Directory.PublicAddress"/>):
    /// QR codes and printed addresses use it; until it is set, boards, signs and posters are not printed.
    /// </summary>
    public string? PublicUrl { get; set; }
    /// <summary>The executive body's proper name, e.g. "Burmistrz Miasta i Gminy Lesko": letters and the register use it.</summary>
    public string? ExecutiveName { get; set; }
    /// <summary>The council's proper name, e.g. "Rada Miejska w Lesku" (competent by art. 229 pkt 3 KPA).</summary>
    public string? CouncilName { get; set; }
    /// <summary>The post that signs the council's replies, e.g. "Przewodniczący Rady Miejskiej w Lesku".</summary>
    public string? CouncilChairPost { get; set; }
    /// <summary>IANA time zone that decides what "today" is for dates and terms.</summary>
    public required string TimeZone { get; set; }
}

/// <summary>How <see cref="Office"/> is stored.</summary>
public sealed class OfficeConfiguration : IEntityTypeConfiguration<Office>
{
    public void Configure(EntityTypeBuilder<Office> builder)
    {
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.Locality).HasMaxLength(100);
        builder.Property(x => x.Website).HasMaxLength(200);
        builder.Property(x => x.BipUrl).HasMaxLength(200);
        builder.Property(x => x.PublicUrl).HasMaxLength(200);
        builder.Property(x => x.ExecutiveName).HasMaxLength(200);
        builder.Property(x => x.CouncilName).HasMaxLength(200);
        builder.Property(x => x.CouncilChairPost).HasMaxLength(200);
        builder.Property(x => x.TimeZone).HasMaxLength(64);
    }
}
