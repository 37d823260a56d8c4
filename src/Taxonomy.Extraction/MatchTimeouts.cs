using System.Text.RegularExpressions;

namespace Taxonomy.Extraction;

/// <summary>
/// A source-generated pattern that runs past <see cref="Patterns.MatchTimeoutMilliseconds"/> (input built to defeat it)
/// stops the reading of that input with an <see cref="InputException"/> naming the reason, never an unhandled
/// <see cref="RegexMatchTimeoutException"/>. The reading is tried once more first: a stall of the process (a pattern's
/// code compiled on its first use on a machine short of cores, a pause to collect garbage) can pass a limit set for the
/// pattern's own work, and does not come back, while input built to defeat a pattern passes it again.
/// </summary>
internal static class MatchTimeouts
{
    /// <summary>What <paramref name="read"/> returns; its match timeout, twice in a row, as an <see cref="InputException"/> for <paramref name="sourceName"/>.</summary>
    public static T AsInputError<T>(string sourceName, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (RegexMatchTimeoutException)
        {
        }
        try
        {
            return read();
        }
        catch (RegexMatchTimeoutException e)
        {
            throw new InputException(sourceName,
                $"the text cannot be read: a text pattern ran longer than its limit of {e.MatchTimeout.TotalMilliseconds:0} ms on it, twice (a line built to defeat the reader?)", e);
        }
    }
}
