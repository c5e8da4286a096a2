
namespace GlosKlienta.Web.Features.Analysis;

/// <summary>A category of free-text remarks (question 8's comment, the final UWAGI), from the short list the office keeps.</summary>
public sealed class RemarkCategory
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int Order { get; set; }
    public bool IsActive { get; set; } = true;
}

public sealed class RemarkCategoryConfiguration : IEntityTypeConfiguration<RemarkCategory>
{
    public void Configure(EntityTypeBuilder<RemarkCategory> builder)
    {
        builder.Property(x => x.Name).HasMaxLength(100);
        builder.HasIndex(x => x.Name).IsUnique();
        // A starting list; the office changes it on the remarks screen.
        builder.HasData(
            new RemarkCategory { Id = 1, Name = "obsługa i uprzejmość", Order = 1 },
            new RemarkCategory { Id = 2, Name = "czas oczekiwania, kolejki", Order = 2 },
            new RemarkCategory { Id = 3, Name = "informacja i oznakowanie", Order = 3 },
            new RemarkCategory { Id = 4, Name = "godziny pracy urzędu", Order = 4 },
            new RemarkCategory { Id = 5, Name = "budynek i dostępność", Order = 5 },
            new RemarkCategory { Id = 6, Name = "sprawy elektroniczne i strona internetowa", Order = 6 },
            new RemarkCategory { Id = 7, Name = "pochwała", Order = 7 },
            new RemarkCategory { Id = 8, Name = "inne", Order = 8 });
    }
}
