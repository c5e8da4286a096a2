using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using GlosKlienta.Web.Features.Directory;

namespace GlosKlienta.Web.Features.Register;

// Enums are stored by name: readable in the database and in exports, and stable when values are added.

public sealed class RegisterCaseMapping : IEntityTypeConfiguration<RegisterCase>
{
    public void Configure(EntityTypeBuilder<RegisterCase> builder)
    {
        var e = builder;
        // Gap-free numbering rests on this index: two registrations that pick the same number cannot both commit.
        e.HasIndex(x => new { x.Year, x.Number }).IsUnique();
        e.HasIndex(x => x.SubmissionKey).IsUnique();
        e.HasIndex(x => x.ReceivedOn);
        e.HasIndex(x => x.AssignedToId);
        e.HasIndex(x => x.ClosedOn);
        e.Property(x => x.RegisterNumber).HasMaxLength(40);
        e.Property(x => x.FileSymbol).HasMaxLength(40);
        e.Property(x => x.Channel).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.DeliveryReference).HasMaxLength(200);
        e.Property(x => x.RegisteredById).HasMaxLength(450);
        e.Property(x => x.RegisteredBy).HasMaxLength(256);
        e.Property(x => x.SenderName).HasMaxLength(200);
        e.Property(x => x.SenderAddress).HasMaxLength(400);
        e.Property(x => x.SenderEmail).HasMaxLength(254);
        e.Property(x => x.SenderKind).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.MemberName).HasMaxLength(200);
        e.Property(x => x.MemberAddress).HasMaxLength(400);
        e.Property(x => x.ResolutionNumber).HasMaxLength(100);
        e.Property(x => x.Subject).HasMaxLength(300);
        e.Property(x => x.Summary).HasMaxLength(20_000);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.KindReason).HasMaxLength(2000);
        e.Property(x => x.NotHandledReason).HasConversion<string>().HasMaxLength(60);
        e.Property(x => x.Concerns).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.ConcernsStaffUserId).HasMaxLength(450);
        e.Property(x => x.ConcernsStaffName).HasMaxLength(200);
        e.Property(x => x.ConcernsText).HasMaxLength(400);
        e.HasOne<OrganisationalUnit>().WithMany().HasForeignKey(x => x.ConcernsUnitId).OnDelete(DeleteBehavior.Restrict);
        e.Property(x => x.CompetentBody).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.CompetentBodyName).HasMaxLength(300);
        e.Property(x => x.CompetenceReason).HasMaxLength(1000);
        e.Property(x => x.AssignedToId).HasMaxLength(450);
        e.Property(x => x.AssignedTo).HasMaxLength(200);
        e.Property(x => x.TermKind).HasConversion<string>().HasMaxLength(30);
        e.Property(x => x.DelayReason).HasMaxLength(4000);
        e.Property(x => x.ForwardedTo).HasMaxLength(300);
        e.HasOne<RegisterCase>().WithMany().HasForeignKey(x => x.EarlierCaseId).OnDelete(DeleteBehavior.Restrict);
        e.Property(x => x.FileNote).HasMaxLength(4000);
        e.Property(x => x.ReplyBodyName).HasMaxLength(300);
        e.Property(x => x.ReplyContent).HasMaxLength(20_000);
        e.Property(x => x.FactualGrounds).HasMaxLength(10_000);
        e.Property(x => x.LegalGrounds).HasMaxLength(10_000);
        e.Property(x => x.SignerName).HasMaxLength(200);
        e.Property(x => x.SignerPost).HasMaxLength(200);
        e.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.ClosedById).HasMaxLength(450);
        e.Property(x => x.Remarks).HasMaxLength(4000);
        e.Property(x => x.PetitionThirdPartyName).HasMaxLength(200);
        e.Property(x => x.Version).IsConcurrencyToken();
        e.Ignore(x => x.IsAnonymous);
        e.Ignore(x => x.IsClosed);
        e.Ignore(x => x.EffectiveDueOn);
        e.HasMany(x => x.History).WithOne().HasForeignKey(h => h.RegisterCaseId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.Attachments).WithOne().HasForeignKey(a => a.RegisterCaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class RegisterCaseEventMapping : IEntityTypeConfiguration<RegisterCaseEvent>
{
    public void Configure(EntityTypeBuilder<RegisterCaseEvent> builder)
    {
        var e = builder;
        e.HasIndex(x => new { x.RegisterCaseId, x.At });
        e.Property(x => x.ActorId).HasMaxLength(450);
        e.Property(x => x.Actor).HasMaxLength(256);
        e.Property(x => x.Action).HasMaxLength(64);
        e.Property(x => x.OldValue).HasMaxLength(2000);
        e.Property(x => x.NewValue).HasMaxLength(2000);
        e.Property(x => x.Note).HasMaxLength(4000);
    }
}

public sealed class RegisterAttachmentMapping : IEntityTypeConfiguration<RegisterAttachment>
{
    public void Configure(EntityTypeBuilder<RegisterAttachment> builder)
    {
        var e = builder;
        e.Property(x => x.FileName).HasMaxLength(255);
        e.Property(x => x.MediaType).HasMaxLength(100);
        e.Property(x => x.Sha256).HasMaxLength(64);
        e.Property(x => x.AddedById).HasMaxLength(450);
        e.Property(x => x.AddedBy).HasMaxLength(256);
        e.HasOne(x => x.Content).WithOne().HasForeignKey<RegisterAttachmentContent>(c => c.Id).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class RegisterAttachmentContentMapping : IEntityTypeConfiguration<RegisterAttachmentContent>
{
    public void Configure(EntityTypeBuilder<RegisterAttachmentContent> builder)
    {
        var e = builder;
        e.Property(x => x.Id).ValueGeneratedNever();
    }
}
