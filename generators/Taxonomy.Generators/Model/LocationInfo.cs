using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Taxonomy.Generators.Model
{
    /// <summary>A place in a schema file, kept as plain values so the pipeline can cache it.</summary>
    internal sealed record LocationInfo(string FilePath, int Start, int Length, int StartLine, int StartCharacter, int EndLine, int EndCharacter)
    {
        public Location ToLocation() =>
            Location.Create(
                FilePath,
                new TextSpan(Start, Length),
                new LinePositionSpan(new LinePosition(StartLine, StartCharacter), new LinePosition(EndLine, EndCharacter)));
    }
}
