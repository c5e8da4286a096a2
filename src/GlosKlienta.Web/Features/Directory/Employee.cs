
namespace GlosKlienta.Web.Features.Directory;

public sealed class Employee
{
    public int Id { get; set; }
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    /// <summary>An employee who left stays for the history; inactive ones appear nowhere current.</summary>
    public bool IsActive { get; set; } = true;
}

public sealed class EmployeeConfiguration : IEntityTypeConfiguration<Employee>
{
    public void Configure(EntityTypeBuilder<Employee> builder)
    {
        builder.Property(x => x.FirstName).HasMaxLength(100);
        builder.Property(x => x.LastName).HasMaxLength(100);
    }
}
