namespace GlosKlienta.Web.Features.Analysis;

/// <summary>
/// What the F2 figures depend on in the database, cheap to read: the number of stored responses
/// and their highest id (an answer stored by any instance, including one committed out of id order),
/// the last audited paper correction (the one path that changes a stored response), and the
/// approved versions with their start dates (which frame the report).
/// </summary>
public readonly record struct F2DataStamp(long Responses, long HighestId, long LastCorrection, string Versions);

