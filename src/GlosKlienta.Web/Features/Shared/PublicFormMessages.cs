namespace GlosKlienta.Web.Features;

/// <summary>The person's words for each <see cref="PublicFormProblem"/>.</summary>
public static class PublicFormMessages
{
    public static string For(PublicFormProblem problem, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return problem switch
        {
            PublicFormProblem.ControlCharacter => text["Form.Problem.ControlCharacter"],
            PublicFormProblem.ValueTooLong => text["Form.Problem.ValueTooLong"],
            PublicFormProblem.TooManyFields => text["Form.Problem.TooManyFields"],
            _ => text["Form.Problem.TooLarge"],
        };
    }
}
