namespace GlosKlienta.Web.Features.Review;

/// <summary>Addresses of the management review's pages, for links from the action register and the staff menu.</summary>
public static class ReviewPaths
{
    public const string Reviews = "/personel/przeglad";

    public static string Review(int id) => Reviews + "/" + id.ToString(CultureInfo.InvariantCulture);

    public static string File(int id, string format) => Review(id) + "?handler=File&format=" + format;
}
