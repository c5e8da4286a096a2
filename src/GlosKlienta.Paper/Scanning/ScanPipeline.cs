namespace GlosKlienta.Paper.Scanning;

/// <summary>
/// All pages of a file read in file order, decoding and reading on <c>parallelism</c> threads with a bounded number of
/// pages in flight (twice the parallelism): the file is read in order on the caller's thread, each page's image decoded
/// and read on a worker, and the results handed back in page order as soon as each one's turn comes.
/// </summary>
public static class ScanPipeline
{
    public static IEnumerable<PageResult> Read(ScanFile file, PageReader reader, int parallelism = 2, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        return parallelism == 1 ? Sequential(file, reader, cancellationToken) : Parallel(file, reader, parallelism, cancellationToken);
    }

    private static IEnumerable<PageResult> Sequential(ScanFile file, PageReader reader, CancellationToken ct)
    {
        for (int page = 1; page <= file.PageCount; page++)
        {
            ct.ThrowIfCancellationRequested();
            yield return ReadOne(file.Fetch(page), reader, page);
        }
    }

    private static IEnumerable<PageResult> Parallel(ScanFile file, PageReader reader, int parallelism, CancellationToken ct)
    {
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, parallelism).ConcurrentScheduler;
        var inFlight = new Queue<Task<PageResult>>();
        int next = 1;
        try
        {
            while (next <= file.PageCount || inFlight.Count > 0)
            {
                ct.ThrowIfCancellationRequested();
                while (next <= file.PageCount && inFlight.Count < parallelism * 2)
                {
                    var encoded = file.Fetch(next);
                    int page = next++;
                    inFlight.Enqueue(Task.Factory.StartNew(() => ReadOne(encoded, reader, page), ct, TaskCreationOptions.None, scheduler));
                }
                yield return inFlight.Dequeue().GetAwaiter().GetResult();
            }
        }
        finally
        {
            // Stopped early (cancelled, or the caller broke off): let the pages in flight finish before the file is closed.
            foreach (var t in inFlight)
            {
                try
                {
                    t.Wait(CancellationToken.None);
                }
                catch (AggregateException)
                {
                }
            }
        }
    }

    private static PageResult ReadOne(EncodedPage encoded, PageReader reader, int page)
    {
        var image = encoded.TryDecode();
        return new PageResult(page, image is null ? PageReading.Failed(PageProblem.Unreadable) : reader.Read(image));
    }
}
