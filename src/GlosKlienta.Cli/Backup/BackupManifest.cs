using System.Text.Json;
using System.Text.Json.Serialization;

namespace GlosKlienta.Cli.Backup;

/// <summary>
/// <c>manifest.json</c> beside the database copy: what the copy holds, so that a restore can prove it got all of it and
/// nothing else. Everything in it is read from the copy itself (the SQLite file, or the PostgreSQL snapshot that
/// <c>pg_dump</c> used), never from the live database a moment later.
/// </summary>
public sealed class BackupManifest
{
    public const string FileName = "manifest.json";
    public const int CurrentFormat = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The manifest's own shape; a later change of shape raises it.</summary>
    public int Format { get; init; } = CurrentFormat;

    /// <summary>When the copy was taken (the application's <see cref="TimeProvider"/>, UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The version of the application that took the copy; restore with the same version, then upgrade.</summary>
    public required string ApplicationVersion { get; init; }

    /// <summary><c>Sqlite</c> or <c>Postgres</c>: a copy is restored onto the same kind of database.</summary>
    public required string DatabaseProvider { get; init; }

    /// <summary>The database server's version (SQLite library or PostgreSQL server).</summary>
    public required string ServerVersion { get; init; }

    /// <summary>The last applied migration (<c>__EFMigrationsHistory</c>), the schema the copy has.</summary>
    public required string? SchemaMigration { get; init; }

    /// <summary>The database copy in the same folder and its SHA-256.</summary>
    public required BackupFile Dump { get; init; }

    /// <summary><c>pg_dump</c>'s own version line on PostgreSQL; null on SQLite.</summary>
    public string? DumpTool { get; init; }

    /// <summary>Rows per table, every table of the schema (the migration history included).</summary>
    public required SortedDictionary<string, long> RowCounts { get; init; }

    /// <summary>The columns holding file content whose every value is hashed in <see cref="Attachments"/>.</summary>
    public required IReadOnlyList<FileColumn> FileColumns { get; init; }

    /// <summary>SHA-256 of each stored file: register attachments, petition scans, press files, frozen documents, evidence.</summary>
    public required IReadOnlyList<StoredFileHash> Attachments { get; init; }

    /// <summary>
    /// The latest head of each tamper-evident record chain (table → "sequence:hash", <c>RecordChains.HeadsAsync</c>),
    /// read from the copy: a later rewrite of a kept record in the live database, or in the copy, shows against it.
    /// </summary>
    public SortedDictionary<string, string> RecordChainHeads { get; init; } = new(StringComparer.Ordinal);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static BackupManifest FromJson(string json) =>
        JsonSerializer.Deserialize<BackupManifest>(json, Json) ?? throw new JsonException("manifest.json is empty.");
}

/// <summary>A file of the backup folder: its name in the folder, size and SHA-256 (lower-case hex).</summary>
public sealed record BackupFile(string FileName, long Bytes, string Sha256);

/// <summary>A column of file content: its table, the column and the primary key that names each row.</summary>
public sealed record FileColumn(string Table, string Column, IReadOnlyList<string> KeyColumns);

/// <summary>One stored file: where it is (table, column, key values joined by '/'), its size and SHA-256.</summary>
public sealed record StoredFileHash(string Table, string Column, string Key, long Bytes, string Sha256)
{
    [JsonIgnore]
    public string Name => $"{Table}.{Column} [{Key}]";
}
