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
        /// <remarks>
        /// The productions of XML 1.0 (fifth edition) §2.3 without the colon; the runtime's <c>XmlNames.IsNCName</c> follows
        /// the same rule and is tested with the same cases.
        /// </remarks>
        public static bool IsNCName(string? name)
        {
            if (string.IsNullOrEmpty(name)) return false;
            for (int i = 0; i < name!.Length; i++)
            {
                char c = name[i];
                if (char.IsHighSurrogate(c))
                {
                    // [#x10000-#xEFFFF] is a start character: high surrogates D800-DB7F followed by a low surrogate.
                    if (c > '\uDB7F' || i + 1 >= name.Length || !char.IsLowSurrogate(name[i + 1])) return false;
                    i++;
                    continue;
                }
                if (!IsNameStartChar(c) && (i == 0 || !IsNameChar(c))) return false;
            }
            return true;
        }

        private static bool IsNameStartChar(char c) =>
            (c >= 'A' && c <= 'Z') || c == '_' || (c >= 'a' && c <= 'z') || (c >= '\u00C0' && c <= '\u00D6') || (c >= '\u00D8' && c <= '\u00F6')
            || (c >= '\u00F8' && c <= '\u02FF') || (c >= '\u0370' && c <= '\u037D') || (c >= '\u037F' && c <= '\u1FFF') || c == '\u200C' || c == '\u200D'
            || (c >= '\u2070' && c <= '\u218F') || (c >= '\u2C00' && c <= '\u2FEF') || (c >= '\u3001' && c <= '\uD7FF')
            || (c >= '\uF900' && c <= '\uFDCF') || (c >= '\uFDF0' && c <= '\uFFFD');

        private static bool IsNameChar(char c) =>
            c == '-' || c == '.' || (c >= '0' && c <= '9') || c == '\u00B7' || (c >= '\u0300' && c <= '\u036F') || c == '\u203F' || c == '\u2040';

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
