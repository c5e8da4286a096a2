namespace GlosKlienta.Domain.Survey;

/// <summary>How a response reached the office. Stored with every response so channels can be compared.</summary>
public enum Channel
{
    Online = 1,
    Kiosk = 2,
    Paper = 3,
}
