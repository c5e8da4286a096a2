namespace GlosKlienta.Cli;

internal static class Program
{
    private static Task<int> Main(string[] args) =>
        CliApp.RunAsync(args, Console.In, Console.Out, Console.Error, Console.IsInputRedirected);
}
