namespace GlosKlienta.Web.Tests.Paper;

/// <summary>The paper tests' application (<see cref="AppTest"/>); the subclasses run the same tests on SQLite and PostgreSQL.</summary>
public abstract class PaperTestBase(DatabaseKind kind) : AppTest(kind)
{
}
