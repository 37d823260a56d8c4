using System.Globalization;
using System.Text;

namespace Taxonomy.Generators.Emit
{
    /// <summary>Literals and XML doc text for generated C#.</summary>
    internal static class CSharp
    {
        public static string Literal(string? value)
        {
            if (value is null) return "null";
            var builder = new StringBuilder(value.Length + 2);
            builder.Append('"');
            foreach (char c in value)
            {
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    default:
                        if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == '\u0085' || char.IsSurrogate(c))
                        {
                            builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }
                        break;
                }
            }
            builder.Append('"');
            return builder.ToString();
        }

        /// <summary>
        /// Text for an XML doc comment: escaped, on one line. Every C# line break (CR, LF, NEL, U+2028, U+2029) becomes a
        /// space, since it would end the comment; characters XML does not allow (other controls, lone surrogates) are dropped.
        /// </summary>
        public static string Xml(string text)
        {
            var builder = new StringBuilder(text.Length);
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                switch (c)
                {
                    case '&': builder.Append("&amp;"); break;
                    case '<': builder.Append("&lt;"); break;
                    case '>': builder.Append("&gt;"); break;
                    case '\r': break;
                    case '\n': case '\u0085': case '\u2028': case '\u2029': builder.Append(' '); break;
                    default:
                        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                        {
                            builder.Append(c).Append(text[++i]);
                        }
                        else if (c == '\t' || (c >= 0x20 && !char.IsSurrogate(c) && c != '\uFFFE' && c != '\uFFFF'))
                        {
                            builder.Append(c);
                        }
                        break;
                }
            }
            return builder.ToString().Trim();
        }

        public static string Camel(string name) => "@" + char.ToLowerInvariant(name[0]) + name.Substring(1);
    }
}
