using System.Globalization;
using GlosKlienta.Bench.Load;

// Load driver for the online survey. Two modes:
//   load         (default) virtual users answer the survey in a loop: GET /ankieta, POST a random valid
//                response, follow the 303 to the thank-you page; for each concurrency level a warm-up,
//                then a measured phase of fixed length.
//   page-weight  a first visit to /ankieta as a browser makes it: the page and every resource it links.
// Traffic goes to the given base address only, which must be a loopback address.
var options = Options.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(Options.Usage);
    return 2;
}
if (!options.BaseAddress.IsLoopback)
{
    Console.Error.WriteLine($"Refusing to send load to {options.BaseAddress}: only loopback addresses are allowed.");
    return 2;
}

if (options.Mode == "page-weight")
{
    var weight = await PageWeight.MeasureAsync(options.BaseAddress, options.PagePath);
    weight.Print(Console.Out);
    return 0;
}

var runner = new LoadRunner(options);
var results = new List<PhaseResult>();
await runner.InitialWarmupAsync();
foreach (var users in options.Users)
{
    var result = await runner.RunPhaseAsync(users);
    for (var retry = 0; retry < options.BusyRetries && result.OtherCores > 2 * options.QuietCores; retry++)
    {
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"[driver] {users} users: other processes used {result.OtherCores:F2} cores during the phase; repeating it"));
        result = await runner.RunPhaseAsync(users);
    }
    results.Add(result);
    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"[driver] {users} users: {result.Completed} completed, {result.CompletedPerSecond:F0}/s, POST p99 {result.PostP99Ms:F1} ms, errors {result.Errors}"));
}
Report.Print(Console.Out, options, results);
if (options.CsvPath is not null) Report.WriteCsv(options.CsvPath, results);
return results.All(r => r.Errors == 0 && r.StoredMatches != false) ? 0 : 1;
