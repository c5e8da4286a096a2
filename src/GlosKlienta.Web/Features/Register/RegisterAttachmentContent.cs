
namespace GlosKlienta.Web.Features.Register;

public sealed class RegisterAttachmentContent
{
    public int Id { get; set; }
    public required byte[] Bytes { get; set; }
}

public sealed class RegisterAttachmentContentConfiguration : IEntityTypeConfiguration<RegisterAttachmentContent>
{
    public void Configure(EntityTypeBuilder<RegisterAttachmentContent> builder)
    {
        var e = builder;
        e.Property(x => x.Id).ValueGeneratedNever();
    }
}
