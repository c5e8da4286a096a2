namespace GlosKlienta.Domain.Directory;

/// <summary>Why an address cannot be the office's public address.</summary>
public enum PublicAddressProblem
{
    /// <summary>Not an absolute http or https address.</summary>
    NotAnAddress,
    /// <summary>An address only this computer or this building can open (localhost, 127.0.0.1, ::1, a bare host name).</summary>
    NotPublic,
}

/// <summary>
/// The address citizens open from outside (issue 15): printed under every QR code and on boards and posters. It never
/// falls back to the host a member of staff happened to use, so a local or loopback address is refused.
/// </summary>
public static class PublicAddress
{
    /// <summary>The address as it is stored and printed ("https://ankieta.lesko.pl", no trailing slash), or the problem.</summary>
    public static (string? Address, PublicAddressProblem? Problem) Check(string? text)
    {
        var trimmed = (text ?? "").Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment) || !string.IsNullOrEmpty(uri.UserInfo))
            return (null, PublicAddressProblem.NotAnAddress);
        var host = uri.IdnHost;
        if (uri.IsLoopback || host is "0.0.0.0" or "[::]" || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
            || (uri.HostNameType == UriHostNameType.Dns && !host.Contains('.', StringComparison.Ordinal)))
            return (null, PublicAddressProblem.NotPublic);
        return (uri.GetLeftPart(UriPartial.Path).TrimEnd('/'), null);
    }
}
