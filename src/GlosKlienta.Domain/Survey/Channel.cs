namespace GlosKlienta.Domain.Survey;

/// <summary>How a response reached the office. Stored with every response so channels can be compared.</summary>
public enum Channel
{
    Online = 1,
    Kiosk = 2,
    Paper = 3,
}

/// <summary>
/// The one set of codes and names of the channels. Codes (<c>online</c>, <c>kiosk</c>, <c>papier</c>) are
/// what files and addresses carry (raw data, the dashboard's filter, the F2 breakdown); names are what a
/// person reads on pages and in documents. The database stores the enum's number.
/// </summary>
public static class ChannelCodes
{
    public const string Online = "online";
    public const string Kiosk = "kiosk";
    public const string Paper = "papier";

    public static IReadOnlyList<Channel> All { get; } = [Channel.Online, Channel.Kiosk, Channel.Paper];

    public static string Code(Channel channel) => channel switch
    {
        Channel.Online => Online,
        Channel.Kiosk => Kiosk,
        Channel.Paper => Paper,
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };

    /// <summary>The channel of a code, or null for an unknown one.</summary>
    public static Channel? Parse(string? code) => code switch
    {
        Online => Channel.Online,
        Kiosk => Channel.Kiosk,
        Paper => Channel.Paper,
        _ => null,
    };

    public static string Name(Channel channel) => channel switch
    {
        Channel.Online => "formularz internetowy",
        Channel.Kiosk => "kiosk w urzędzie",
        Channel.Paper => "ankieta papierowa",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };
}
