using Microsoft.CodeAnalysis.CSharp;

namespace Taxonomy.Generators.Parsing
{
    internal static class Identifiers
    {
        /// <summary>True for a name usable as a C# type, member or namespace segment without an <c>@</c>.</summary>
        public static bool IsValid(string? name) =>
            !string.IsNullOrEmpty(name)
            && SyntaxFacts.IsValidIdentifier(name)
            && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;

        public static bool IsValidNamespace(string? name)
        {
            if (string.IsNullOrEmpty(name)) return false;
            foreach (var segment in name!.Split('.'))
            {
                if (!IsValid(segment) || segment == "global") return false;
            }
            return true;
        }
    }
}
