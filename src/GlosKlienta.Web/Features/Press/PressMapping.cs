using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GlosKlienta.Web.Features.Press;

public sealed class PressReleaseMapping : IEntityTypeConfiguration<PressRelease>
{
    public void Configure(EntityTypeBuilder<PressRelease> builder)
    {
        builder.HasIndex(x => x.Key).IsUnique();
        builder.Property(x => x.Title).HasMaxLength(PressRules.TitleMax);
        builder.Property(x => x.Body).HasMaxLength(PressRules.BodyMax);
        builder.Property(x => x.Topics).HasMaxLength(1000);
        builder.Property(x => x.CorrectionNote).HasMaxLength(PressRules.NoteMax);
        builder.Property(x => x.CreatedById).HasMaxLength(450);
        builder.Property(x => x.CreatedBy).HasMaxLength(200);
        builder.Property(x => x.DecidedBy).HasMaxLength(200);
        builder.Property(x => x.DecidedById).HasMaxLength(450);
        builder.Property(x => x.ReturnComment).HasMaxLength(PressRules.NoteMax);
        builder.HasMany(x => x.Versions).WithOne().HasForeignKey(v => v.PressReleaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Files).WithOne().HasForeignKey(f => f.PressReleaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PressReleaseVersionMapping : IEntityTypeConfiguration<PressReleaseVersion>
{
    public void Configure(EntityTypeBuilder<PressReleaseVersion> builder)
    {
        builder.HasIndex(x => new { x.PressReleaseId, x.Number }).IsUnique();
        builder.Property(x => x.Title).HasMaxLength(PressRules.TitleMax);
        builder.Property(x => x.Body).HasMaxLength(PressRules.BodyMax);
        builder.Property(x => x.Topics).HasMaxLength(1000);
        builder.Property(x => x.CorrectionNote).HasMaxLength(PressRules.NoteMax);
        builder.Property(x => x.Author).HasMaxLength(200);
        builder.Property(x => x.ApprovedBy).HasMaxLength(200);
        builder.Property(x => x.ApprovedById).HasMaxLength(450);
        builder.Property(x => x.Attachments).HasMaxLength(20_000);
        builder.Property(x => x.ContentHash).HasMaxLength(64);
    }
}

public sealed class PressFileMapping : IEntityTypeConfiguration<PressFile>
{
    public void Configure(EntityTypeBuilder<PressFile> builder)
    {
        builder.Property(x => x.FileName).HasMaxLength(Domain.Files.FileTypes.MaxNameLength);
        builder.Property(x => x.ContentType).HasMaxLength(120);
        builder.Property(x => x.Sha256).HasMaxLength(64);
        builder.Property(x => x.UploadedBy).HasMaxLength(200);
    }
}

public sealed class MediaContactMapping : IEntityTypeConfiguration<MediaContact>
{
    public void Configure(EntityTypeBuilder<MediaContact> builder)
    {
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.Outlet).HasMaxLength(200);
        builder.Property(x => x.Email).HasMaxLength(256);
        builder.Property(x => x.Phone).HasMaxLength(40);
        builder.Property(x => x.Purpose).HasMaxLength(1000);
        builder.Property(x => x.AddedBy).HasMaxLength(200);
    }
}

public sealed class PressConferenceMapping : IEntityTypeConfiguration<PressConference>
{
    public void Configure(EntityTypeBuilder<PressConference> builder)
    {
        builder.Property(x => x.Place).HasMaxLength(300);
        builder.Property(x => x.Topic).HasMaxLength(300);
        builder.Property(x => x.Notes).HasMaxLength(4000);
        builder.Property(x => x.CreatedBy).HasMaxLength(200);
        builder.HasMany(x => x.Invitations).WithOne().HasForeignKey(i => i.PressConferenceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(x => x.Files).WithOne().HasForeignKey(f => f.PressConferenceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Releases).WithMany().UsingEntity("PressConferenceReleases");
    }
}

public sealed class PressConferenceInvitationMapping : IEntityTypeConfiguration<PressConferenceInvitation>
{
    public void Configure(EntityTypeBuilder<PressConferenceInvitation> builder)
    {
        builder.Property(x => x.Outlet).HasMaxLength(200);
        builder.HasOne(x => x.MediaContact).WithMany().HasForeignKey(x => x.MediaContactId).OnDelete(DeleteBehavior.SetNull);
    }
}
