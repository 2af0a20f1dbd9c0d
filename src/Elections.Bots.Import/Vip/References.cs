using Elections.Bots.Import.Csv;
using Elections.Bots.Import.Findings;

namespace Elections.Bots.Import.Vip;

/// <summary>VIP's <c>no-referent</c>: an id column that names nothing of the kind it must name.</summary>
internal static class References
{
    /// <summary>Reports when <paramref name="exists"/> is false; returns it, so callers can drop the dangling id.</summary>
    public static bool Check(CsvRow row, string column, string id, bool exists, string target)
    {
        if (!exists) row.ReportError(column, FindingCodes.NoReferent, $"'{id}' is not an id in {target}; fix {row.Name(column)} or add the missing row");
        return exists;
    }
}
