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

        /// <summary>True for an XML name without a colon (an NCName): a namespace prefix or a concept's local name.</summary>
        public static bool IsNCName(string? name)
        {
            if (string.IsNullOrEmpty(name)) return false;
            for (int i = 0; i < name!.Length; i++)
            {
                char c = name[i];
                bool start = char.IsLetter(c) || c == '_';
                bool ok = start || (i > 0 && (char.IsDigit(c) || c == '-' || c == '.' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark));
                if (!ok) return false;
            }
            return true;
        }

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
