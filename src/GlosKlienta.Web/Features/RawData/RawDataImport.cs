using System.Text;
using GlosKlienta.Domain.RawData;
using GlosKlienta.Domain.Survey;
using GlosKlienta.Web.Data.Storage;
using GlosKlienta.Web.Features.Survey;

namespace GlosKlienta.Web.Features.RawData;

/// <summary>A problem in the imported file: the line it starts on, the column when one is to blame.</summary>
public sealed record RawImportError(int Line, int? Column, string? ColumnName, string Message)
{
    public override string ToString()
    {
        var where = Column is { } c
            ? string.Create(CultureInfo.InvariantCulture, $"wiersz {Line}, kolumna {c} ({ColumnName})")
            : ColumnName is not null
                ? string.Create(CultureInfo.InvariantCulture, $"wiersz {Line}, kolumna {ColumnName}")
                : string.Create(CultureInfo.InvariantCulture, $"wiersz {Line}");
        return $"{where}: {Message}";
    }
}

public sealed record RawImportResult(int Rows, int Added, int AlreadyPresent, IReadOnlyList<RawImportError> Errors, bool Saved)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Loads a raw data CSV (as <see cref="RawDataExport"/> writes it) back into the database.
/// <para>
/// The key is the <c>id</c> column: a row whose id is already stored is compared with the stored
/// response and skipped when the content is the same (so importing a file twice changes nothing);
/// the same id with different content is an error. New rows are inserted with their id, version
/// (by number), channel, day, paper reference (box opening by year/number) and answers. Everything
/// happens in one transaction: if any row is bad, nothing is saved and every problem is reported
/// with its line and column (up to <see cref="MaxErrors"/>).
/// </para>
/// </summary>
public sealed class RawDataImport(AppDbContext db)
{
    public const int MaxErrors = 100;
    private const int BatchSize = 2000;

    public async Task<RawImportResult> ImportAsync(Stream csv, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var errors = new List<RawImportError>();
        var layout = await new RawDataExport(db).FullLayoutAsync(cancellationToken);
        var versionIds = await db.SurveyVersions.AsNoTracking().ToDictionaryAsync(v => v.Number, v => v.Id, cancellationToken);
        var kiosks = (await db.Kiosks.AsNoTracking().Select(k => k.Id).ToListAsync(cancellationToken)).ToHashSet();
        var openings = (await db.BoxOpenings.AsNoTracking().Select(b => new { b.Id, b.Year, b.Number }).ToListAsync(cancellationToken))
            .ToDictionary(b => RawDataExport.BoxOpeningLabel(b.Year, b.Number), b => b.Id, StringComparer.Ordinal);

        using var reader = new StreamReader(csv, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var seenIds = new HashSet<long>();
        var seenForms = new HashSet<(int, int)>();
        var batch = new List<(int Line, RawResponse Response)>();
        int rows = 0, added = 0, present = 0;
        Dictionary<string, int>? positions = null;
        var headerCount = 0;

        try
        {
            foreach (var record in RawCsv.Read(reader))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (positions is null)
                {
                    var (p, headerErrors) = layout.ReadHeader(record.Fields);
                    errors.AddRange(headerErrors.Select(e => new RawImportError(record.Line, e.Column, e.ColumnName, e.Message)));
                    if (errors.Count > 0) return new RawImportResult(0, 0, 0, errors, false);
                    positions = p;
                    headerCount = record.Fields.Count;
                    continue;
                }
                if (record.Fields.Count == 1 && record.Fields[0].Length == 0) continue;
                rows++;
                if (record.Fields.Count != headerCount)
                {
                    Add(new RawImportError(record.Line, null, null,
                        string.Create(CultureInfo.InvariantCulture, $"wiersz ma {record.Fields.Count} komórek, a nagłówek {headerCount}.")));
                    continue;
                }
                var (response, rowErrors) = layout.Decode(record.Fields, positions);
                foreach (var e in rowErrors) Add(new RawImportError(record.Line, e.Column, e.ColumnName, e.Message));
                if (response is null) continue;
                if (!seenIds.Add(response.Id))
                {
                    Add(new RawImportError(record.Line, positions[RawDataLayout.IdColumn] + 1, RawDataLayout.IdColumn,
                        string.Create(CultureInfo.InvariantCulture, $"identyfikator {response.Id} występuje w pliku drugi raz.")));
                    continue;
                }
                if (response.KioskId is { } kiosk && !kiosks.Contains(kiosk))
                {
                    Add(new RawImportError(record.Line, positions[RawDataLayout.KioskColumn] + 1, RawDataLayout.KioskColumn,
                        string.Create(CultureInfo.InvariantCulture, $"w bazie nie ma kiosku o identyfikatorze {kiosk}.")));
                    continue;
                }
                if (response.BoxOpening is not null)
                {
                    if (!openings.TryGetValue(response.BoxOpening, out var openingId))
                    {
                        Add(new RawImportError(record.Line, positions[RawDataLayout.BoxOpeningColumn] + 1, RawDataLayout.BoxOpeningColumn,
                            $"w bazie nie ma otwarcia skrzynki (partii) {response.BoxOpening}; najpierw trzeba je zarejestrować."));
                        continue;
                    }
                    if (!seenForms.Add((openingId, response.FormNumber!.Value)))
                    {
                        Add(new RawImportError(record.Line, positions[RawDataLayout.FormNumberColumn] + 1, RawDataLayout.FormNumberColumn,
                            string.Create(CultureInfo.InvariantCulture, $"formularz {response.FormNumber} partii {response.BoxOpening} występuje w pliku drugi raz.")));
                        continue;
                    }
                }
                batch.Add((record.Line, response));
                if (batch.Count >= BatchSize) await FlushAsync();
                if (errors.Count >= MaxErrors) break;
            }
            if (positions is null) errors.Add(new RawImportError(1, null, null, "plik jest pusty: nie ma nawet wiersza nagłówka."));
            await FlushAsync();
        }
        catch (FormatException ex)
        {
            errors.Add(new RawImportError(0, null, null, ex.Message));
        }
        catch (DecoderFallbackException)
        {
            errors.Add(new RawImportError(0, null, null, "plik nie jest zapisany w UTF-8."));
        }

        var save = errors.Count == 0 && !dryRun;
        if (save)
        {
            await new ResponseStore(db).ResetIdentityAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        else
        {
            await transaction.RollbackAsync(cancellationToken);
        }
        db.ChangeTracker.Clear();
        return new RawImportResult(rows, added, present, errors, save);

        void Add(RawImportError error)
        {
            if (errors.Count < MaxErrors) errors.Add(error);
        }

        async Task FlushAsync()
        {
            if (batch.Count == 0) return;
            var ids = batch.Select(b => b.Response.Id).ToList();
            var existing = await new RawDataExport(db).StoredAsync(ids, cancellationToken);
            var forms = batch.Where(b => b.Response.BoxOpening is not null).Select(b => openings[b.Response.BoxOpening!]).Distinct().ToList();
            var takenForms = forms.Count == 0 ? [] : (await db.SurveyResponses.AsNoTracking()
                .Where(r => r.BoxOpeningId != null && forms.Contains(r.BoxOpeningId.Value))
                .Select(r => new { r.Id, Opening = r.BoxOpeningId!.Value, Form = r.FormNumber!.Value }).ToListAsync(cancellationToken))
                .ToDictionary(x => (x.Opening, x.Form), x => x.Id);
            foreach (var (line, response) in batch)
            {
                if (existing.TryGetValue(response.Id, out var stored))
                {
                    if (stored.SameContentAs(response)) present++;
                    else Add(new RawImportError(line, positions![RawDataLayout.IdColumn] + 1, RawDataLayout.IdColumn,
                        string.Create(CultureInfo.InvariantCulture, $"odpowiedź o identyfikatorze {response.Id} jest już w bazie z inną treścią; nic nie nadpisano.")));
                    continue;
                }
                int? openingId = response.BoxOpening is null ? null : openings[response.BoxOpening];
                if (openingId is { } o && takenForms.TryGetValue((o, response.FormNumber!.Value), out var otherId))
                {
                    Add(new RawImportError(line, positions![RawDataLayout.FormNumberColumn] + 1, RawDataLayout.FormNumberColumn,
                        string.Create(CultureInfo.InvariantCulture, $"formularz {response.FormNumber} partii {response.BoxOpening} jest już w bazie jako odpowiedź {otherId}.")));
                    continue;
                }
                if (errors.Count > 0) continue;
                db.SurveyResponses.Add(SurveyResponse.From(versionIds[response.VersionNumber], response.Channel, response.ReceivedOn,
                    new ResponseAnswers(StoredChoices.Decode(response.Choices), response.Texts),
                    unreadable: response.Unreadable, boxOpeningId: openingId, formNumber: response.FormNumber, id: response.Id, kioskId: response.KioskId));
                added++;
            }
            if (errors.Count == 0) await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            batch.Clear();
        }
    }
}
