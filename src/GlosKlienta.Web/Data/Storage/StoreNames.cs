using Microsoft.EntityFrameworkCore.Metadata;

namespace GlosKlienta.Web.Data.Storage;

/// <summary>
/// The quoted table and column names of an entity as the Entity Framework model maps them, for the
/// few statements written by hand (<see cref="SqliteResponseWriter"/>, <see cref="ResponseStore"/>):
/// renaming a property or a table in the model renames it here too.
/// </summary>
public sealed class StoreNames
{
    private readonly IEntityType entity;
    private readonly StoreObjectIdentifier store;

    private StoreNames(IEntityType entity, StoreObjectIdentifier store)
    {
        this.entity = entity;
        this.store = store;
    }

    public static StoreNames Of<TEntity>(IModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var entity = model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var table = entity.GetTableName() ?? throw new InvalidOperationException($"{typeof(TEntity).Name} has no table.");
        return new StoreNames(entity, StoreObjectIdentifier.Table(table, entity.GetSchema()));
    }

    /// <summary>The table's name, quoted (both SQLite and PostgreSQL take double quotes).</summary>
    public string Table => Quote(store.Name);

    /// <summary>The unquoted table name, for functions that take it as a string (PostgreSQL's <c>pg_get_serial_sequence</c>).</summary>
    public string TableName => store.Name;

    /// <summary>The column of <paramref name="property"/>, quoted.</summary>
    public string Column(string property) => Quote(ColumnName(property));

    /// <summary>The column of <paramref name="property"/>, unquoted.</summary>
    public string ColumnName(string property) =>
        entity.FindProperty(property)?.GetColumnName(store) ?? throw new InvalidOperationException($"{entity.DisplayName()}.{property} has no column.");

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
