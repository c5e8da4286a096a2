using GlosKlienta.Web.Features.Audit;
using GlosKlienta.Web.Features.Reception;
using GlosKlienta.Web.Features.Register.Letters;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GlosKlienta.Web.Tests.Reception;

/// <summary>The audit actions of reception hours and letters read as Polish words in the log viewer.</summary>
public sealed class RegisterExtAuditLabelTests
{
    [Theory]
    [InlineData(ReceptionAudit.HoursChanged)]
    [InlineData(LetterAudit.Generated)]
    public void Label_IsPolishText(string action)
    {
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);

        var label = AuditActions.Label(factory.Create(typeof(SharedResource)), action);

        Assert.NotEqual(action, label);
        Assert.False(string.IsNullOrWhiteSpace(label));
    }
}
