using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace GlosKlienta.Web.Features.Register;

/// <summary>
/// Writes an attachment's bytes into <see cref="RegisterAttachmentContent"/> straight from a stream, inside the caller's
/// transaction, so a 10 MB file never becomes a 10 MB array: on SQLite the row is made with a zero-filled blob of the
/// right size and the content copied into it through <see cref="SqliteBlob"/>; on PostgreSQL Npgsql sends the stream as
/// the bytea parameter in chunks.
/// </summary>
public static class AttachmentContentWriter
{
    private const string Insert = "INSERT INTO \"RegisterAttachmentContents\" (\"Id\", \"Bytes\") VALUES ";

    public static async Task WriteAsync(AppDbContext db, int attachmentId, CheckedFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(file);
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Attachment content is written inside the registration's transaction.");
        await using var content = file.OpenRead();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        switch (connection)
        {
            case SqliteConnection sqlite:
                command.CommandText = Insert + "($id, zeroblob($size))";
                command.Parameters.Add(new SqliteParameter("$id", attachmentId));
                command.Parameters.Add(new SqliteParameter("$size", file.Size));
                await command.ExecuteNonQueryAsync(cancellationToken);
                // The Id is the table's INTEGER PRIMARY KEY, that is its rowid.
                await using (var blob = new SqliteBlob(sqlite, "RegisterAttachmentContents", "Bytes", attachmentId))
                    await content.CopyToAsync(blob, cancellationToken);
                break;
            case NpgsqlConnection:
                command.CommandText = Insert + "(@id, @bytes)";
                command.Parameters.Add(new NpgsqlParameter<int>("id", attachmentId));
                command.Parameters.Add(new NpgsqlParameter("bytes", NpgsqlDbType.Bytea) { Value = content, Size = checked((int)file.Size) });
                await command.ExecuteNonQueryAsync(cancellationToken);
                break;
            default:
                throw new NotSupportedException("Attachments are stored on SQLite or PostgreSQL only.");
        }
    }
}
