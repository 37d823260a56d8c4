using AngleSharp;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;

namespace Taxonomy.Extraction.Formats;

/// <summary>
/// The HTML parser of one thread. Building a parser sets up a browsing context, so one per thread is reused (a parser is not
/// safe to share across threads).
/// </summary>
/// <remarks>
/// The parser builds the light <see cref="HtmlTreeDocument"/> through AngleSharp's generic tree construction (the same HTML5 tree
/// building its DOM gets) instead of its full DOM, whose objects made up most of the parse's allocations.
/// </remarks>
internal static class HtmlReader
{
    [ThreadStatic]
    private static HtmlParser? _parser;

    [ThreadStatic]
    private static HtmlTreeDocument? _building;

    [ThreadStatic]
    private static IDisposable? _tokenizing;

    /// <summary>Parses <paramref name="html"/> into a light tree.</summary>
    public static HtmlTreeDocument Parse(string html)
    {
        // The source AngleSharp reads a string through when scripting is off (its token texts are slices of the string).
        using var source = new TextSource(new ReadOnlyMemoryTextSource(html));
        try
        {
            return Parser.ParseDocument<HtmlTreeDocument, HtmlTreeElement>(source, ShowToken);
        }
        finally
        {
            _building = null;
            // The tokenizer rents a buffer as long as the document from the shared array pool, and the generic tree
            // construction never gives it back: every parse allocated a new one (2 MB for a 1 MB exhibit, on the large
            // object heap). Disposing the tree builder returns it. The light tree keeps no slice of that buffer
            // (HtmlTreeText copies what is not a slice of the source; names and attributes are strings).
            _tokenizing?.Dispose();
            _tokenizing = null;
        }
    }

    /// <summary>Called by the factory when the parse's document is created.</summary>
    internal static void Building(HtmlTreeDocument document) => _building = document;

    /// <summary>
    /// Shows the document each token before the tree construction consumes it (see <see cref="HtmlTreeDocument.Created"/>); stops
    /// the parse once the document is known to need the full DOM (<see cref="HtmlTreeDocument.NeedsFullDom"/>).
    /// </summary>
    /// <remarks>
    /// The rest of the light tree would be thrown away, and the generic tree construction can fail outright on what follows a
    /// template (a null reference in its table modes, on <c>&lt;template&gt;&lt;thead&gt;</c> markup).
    /// </remarks>
    private static TokenConsumptionResult ShowToken(ref StructHtmlToken token, TokenConsumer consume)
    {
        HtmlTreeDocument? building = _building;
        // The consumer is the tree builder's own method; the builder owns the tokenizer.
        _tokenizing ??= consume.Target as IDisposable;
        if (building is { NeedsFullDom: true }) return TokenConsumptionResult.Stop;
        building?.Consuming(ref token);
        consume(ref token);
        return TokenConsumptionResult.Continue;
    }

    private static HtmlParser Parser => _parser ??= new HtmlParser(
        new HtmlParserOptions
        {
            IsScripting = false,
            // What the walk never reads is not kept: comments, script and style text, attributes it does not look at.
            SkipComments = true,
            SkipScriptText = true,
            SkipRawText = true,
            ShouldEmitAttribute = HtmlElements.ShouldKeepAttribute,
        },
        BrowsingContext.New(Configuration.Default.With(new HtmlTreeFactory())));
}
