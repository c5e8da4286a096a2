namespace GlosKlienta.Browser.Tests.Infrastructure;

/// <summary>
/// Moves through a page with the keyboard only, as a person without a mouse does. The page is
/// read (which element has focus, what is checked) but never clicked, filled or focused by script.
/// </summary>
public static class Keys
{
    /// <summary>
    /// A short name of the focused element: its id, or for elements without one the tag and type
    /// (<c>button:submit</c>, <c>a</c>).
    /// </summary>
    public static Task<string> FocusedAsync(IPage page) => page.EvaluateAsync<string>(
        "() => { const e = document.activeElement; if (!e || e === document.body) return 'body'; " +
        "return e.id || (e.tagName.toLowerCase() + (e.type ? ':' + e.type : '')); }");

    /// <summary>Presses Tab (or Shift+Tab) until <paramref name="target"/> has focus; fails if it is not reached within <paramref name="maxPresses"/>.</summary>
    public static async Task TabToAsync(IPage page, string target, bool backwards = false, int maxPresses = 12)
    {
        var visited = new List<string>();
        for (var i = 0; i < maxPresses; i++)
        {
            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
            var focused = await FocusedAsync(page);
            if (focused == target) return;
            visited.Add(focused);
        }
        Assert.Fail($"'{target}' was not reached with {(backwards ? "Shift+Tab" : "Tab")} within {maxPresses} presses; focus went through: {string.Join(" → ", visited)}");
    }

    /// <summary>
    /// Tabs into a radio group (focus lands on its first radio when none is chosen) and chooses the
    /// option at <paramref name="index"/>: Space for the first, arrow keys for the others.
    /// </summary>
    public static async Task ChooseRadioAsync(IPage page, string firstRadioId, int index, string arrow = "ArrowDown")
    {
        await TabToAsync(page, firstRadioId);
        if (index == 0) await page.Keyboard.PressAsync("Space");
        for (var i = 0; i < index; i++) await page.Keyboard.PressAsync(arrow);
    }

    /// <summary>Tabs to a checkbox and ticks it with Space.</summary>
    public static async Task TickAsync(IPage page, string checkboxId)
    {
        await TabToAsync(page, checkboxId);
        await page.Keyboard.PressAsync("Space");
    }

    /// <summary>Tabs to a text field and types into it; a new line is typed as Enter.</summary>
    public static async Task TypeIntoAsync(IPage page, string fieldId, string text)
    {
        await TabToAsync(page, fieldId);
        await page.Keyboard.TypeAsync(text);
    }
}
