using System.Reflection;
using GlosKlienta.Web.Features.SurveyVersions;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GlosKlienta.Web.Tests.Audit;

/// <summary>Every action the application writes to the audit log reads as Polish words in the log viewer, not as a code.</summary>
public sealed class AuditLabelTests
{
    private static readonly Type[] Writers = [ typeof(AuditActions), typeof(PaperAudit), typeof(Versions), typeof(GlosKlienta.Web.Features.Register.RegisterActions), typeof(GlosKlienta.Web.Features.Analysis.F2Audit), typeof(GlosKlienta.Web.Features.RawData.RawDataAudit), typeof(GlosKlienta.Web.Features.Press.PressRules), typeof(GlosKlienta.Web.Features.InfoMaterials.InfoMaterialRules), typeof(GlosKlienta.Web.Features.Reception.ReceptionAudit), typeof(GlosKlienta.Web.Features.Directory.DirectoryActions), typeof(GlosKlienta.Web.Features.Register.Letters.LetterAudit), typeof(GlosKlienta.Web.Features.Directory.DirectoryStore)];

    public static TheoryData<string> ActionCodes()
    {
        var data = new TheoryData<string>();
        foreach (var type in Writers)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string)))
            {
                var value = (string)field.GetRawConstantValue()!;
                if (value.Contains('.', StringComparison.Ordinal)) data.Add(value);
            }
        }
        return data;
    }

    /// <summary>The kinds of record entries are about: every constant named after a subject.</summary>
    public static TheoryData<string> SubjectTypes()
    {
        var data = new TheoryData<string>();
        foreach (var field in Writers.SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
                     .Where(f => f.IsLiteral && f.FieldType == typeof(string) && f.Name.Contains("Subject", StringComparison.Ordinal)))
            data.Add((string)field.GetRawConstantValue()!);
        return data;
    }

    [Theory]
    [MemberData(nameof(SubjectTypes))]
    public void Label_ForEveryKindOfRecord_IsPolishText(string subjectType)
    {
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);

        var label = AuditActions.SubjectLabel(factory.Create(typeof(SharedResource)), subjectType);

        Assert.NotEqual(subjectType, label);
    }

    [Theory]
    [MemberData(nameof(ActionCodes))]
    public void Label_ForEveryActionCode_IsPolishText(string action)
    {
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);
        var text = factory.Create(typeof(SharedResource));

        var label = AuditActions.Label(text, action);

        Assert.NotEqual(action, label);
        Assert.False(string.IsNullOrWhiteSpace(label));
    }
}
