using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Taxonomy.Testing;

namespace Taxonomy.Extraction.Tests.Robustness;

/// <summary>
/// No regular expression can backtrack catastrophically: each one is built with <see cref="RegexOptions.NonBacktracking"/>,
/// or it is source-generated (<c>[GeneratedRegex]</c>) with the match timeout <see cref="Patterns.MatchTimeoutMilliseconds"/>
/// and a pattern without a repeated group (no quantifier inside a quantifier, no repeated alternation). Two checks,
/// because each sees what the other cannot:
/// <list type="bullet">
/// <item>Reflection over the shipped assemblies reads the real options and timeout of every static <see cref="Regex"/> field
/// and property (however it is written: target-typed <c>new(...)</c>, options in a shared constant) and the pattern of
/// every <c>[GeneratedRegex]</c> method and property.</item>
/// <item>A scan of the sources under <c>src/</c> and <c>generators/</c> finds what reflection cannot see: regexes built inside
/// methods and the static <c>Regex.IsMatch/Match/Replace…(input, pattern)</c> helpers. Each such statement must name
/// NonBacktracking, or be a <c>[GeneratedRegex]</c> naming the shared timeout.</item>
/// </list>
/// </summary>
public class RegexAuditTests
{
    private static readonly string[] ShippedAssemblies = ["Taxonomy", "Taxonomy.Extraction", "Taxonomy.Cli"];

    [Fact]
    public void Every_static_regex_is_non_backtracking_or_generated_with_the_timeout_and_no_repeated_group()
    {
        var offenders = new List<string>();
        int seen = 0;
        foreach (var assembly in ShippedAssemblies.Select(name => Assembly.Load(name)))
        {
            foreach (var type in assembly.GetTypes())
            {
                var fields = type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                    .Where(f => typeof(Regex).IsAssignableFrom(f.FieldType) && !type.IsGenericTypeDefinition)
                    .ToList();
                if (fields.Count > 0) RuntimeHelpers.RunClassConstructor(type.TypeHandle);
                foreach (var field in fields)
                {
                    // A lazily built pattern (`static Regex P => field ??= new(...)`) is read through its property below.
                    if (field.Name.EndsWith(">k__BackingField", StringComparison.Ordinal)) continue;
                    if (field.GetValue(null) is not Regex regex) continue;
                    seen++;
                    if (!IsSafe(regex)) offenders.Add($"{type.FullName}.{field.Name}: /{regex}/ ({regex.Options})");
                }
                var properties = type.GetProperties(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                    .Where(p => typeof(Regex).IsAssignableFrom(p.PropertyType) && p.GetIndexParameters().Length == 0 && p.GetMethod is not null && !type.IsGenericTypeDefinition);
                foreach (var property in properties)
                {
                    if (property.GetValue(null) is not Regex regex)
                    {
                        offenders.Add($"{type.FullName}.{property.Name}: no pattern");
                        continue;
                    }
                    seen++;
                    if (!IsSafe(regex)) offenders.Add($"{type.FullName}.{property.Name}: /{regex}/ ({regex.Options})");
                }
                var members = type.GetMethods(BindingFlags.Static | BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                    .Cast<MemberInfo>()
                    .Concat(type.GetProperties(BindingFlags.Static | BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly));
                foreach (var member in members)
                {
                    var generated = member.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType.FullName == "System.Text.RegularExpressions.GeneratedRegexAttribute");
                    if (generated is null) continue;
                    seen++;
                    string pattern = (string)generated.ConstructorArguments[0].Value!;
                    var options = generated.ConstructorArguments.Skip(1).FirstOrDefault(a => a.ArgumentType == typeof(RegexOptions)).Value is int o ? (RegexOptions)o : RegexOptions.None;
                    if ((options & RegexOptions.NonBacktracking) != 0) continue;
                    int? timeout = generated.ConstructorArguments.Where(a => a.ArgumentType == typeof(int)).Select(a => (int?)a.Value).FirstOrDefault();
                    if (timeout != Patterns.MatchTimeoutMilliseconds) offenders.Add($"{type.FullName}.{member.Name}: [GeneratedRegex] neither NonBacktracking nor with the timeout {Patterns.MatchTimeoutMilliseconds} ms");
                    if (RepeatedGroup(pattern) is { } repeated) offenders.Add($"{type.FullName}.{member.Name}: backtracking pattern with the repeated group {repeated}");
                }
            }
        }
        // Over 40 patterns in Taxonomy.Extraction alone: far fewer means the audit looks in the wrong place.
        Assert.True(seen >= 40, $"only {seen} regexes found: the audit looks in the wrong place");
        Assert.Empty(offenders);
    }

    [Fact]
    public void Every_regex_built_in_the_sources_names_non_backtracking_or_the_generated_timeout()
    {
        string root = RepositoryRoot.Require();
        var offenders = new List<string>();
        foreach (string folder in new[] { "src", "generators" })
        {
            foreach (string path in Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            {
                string relative = Path.GetRelativePath(root, path).Replace('\\', '/');
                if (relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal)) continue;
                offenders.AddRange(UnsafeRegexStatements(File.ReadAllText(path)).Select(s => relative + ": " + s));
            }
        }
        Assert.Empty(offenders);
    }

    [Theory]
    [InlineData("var m = Regex.Match(text, @\"(a+)+$\");", true)]
    [InlineData("if (Regex.IsMatch(text, \"x\", RegexOptions.IgnoreCase)) return;", true)]
    [InlineData("var r = new Regex(pattern,\n    RegexOptions.IgnoreCase);", true)]
    [InlineData("[GeneratedRegex(\"(a+)+$\")]\nprivate static partial Regex Bad();", true)]
    [InlineData("var r = new Regex(pattern,\n    RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);", false)]
    // A timeout protects only a source-generated pattern, and only the shared one.
    [InlineData("var m = Regex.Match(text, \"x\", RegexOptions.None, TimeSpan.FromSeconds(1));", true)]
    [InlineData("[GeneratedRegex(\"x\", RegexOptions.None, matchTimeoutMilliseconds: 60000)]", true)]
    [InlineData("[GeneratedRegex(\"x\", Patterns.Timed, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]\nprivate static partial Regex X { get; }", false)]
    [InlineData("[GeneratedRegex(\"x\", RegexOptions.NonBacktracking)]", false)]
    [InlineData("[GeneratedRegex(@\"\\([^)]*\\)\",\n    Patterns.Timed, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]\nprivate static partial Regex X { get; }", false)]
    [InlineData("var m = Pattern.Match(text); // Regex.Match is not called here", false)]
    [InlineData("var m = Regex.Match(text, \"x\", RegexOptions.None, Regex.InfiniteMatchTimeout);", true)]
    [InlineData("var m = Regex.Match(text, \"x\", RegexOptions.None, Timeout.InfiniteTimeSpan);", true)]
    [InlineData("[GeneratedRegex(\"[a]+\", RegexOptions.NonBacktracking)]", false)]
    public void The_source_scan_finds_unprotected_regexes(string source, bool flagged)
    {
        Assert.Equal(flagged, UnsafeRegexStatements(source).Any());
    }

    [Theory]
    [InlineData(@"(\s+\w+)*", true)]
    [InlineData(@"(\d+,?)+", true)]
    [InlineData(@"(?:a|ab)+c", true)]
    [InlineData(@"x(?:\.[a-z]+){2,}", true)]
    [InlineData(@"(?:(?:ab)?c)*", true)]
    [InlineData(@"\b(?:as\s+of|at)\s+$", false)]
    [InlineData(@"\$\s?(?:\(\d[\d,]*(?:\.\d+)?\))(?:\s+(?:million|billion))?", false)]
    // Parentheses and quantifiers escaped or in a class are characters, and a bounded count is no repetition.
    [InlineData(@"\(+[(]+[)*]\)*(?:ab){2}\p{L}+", false)]
    [InlineData(@"[\]()]+(?:x)?", false)]
    public void The_pattern_check_finds_repeated_groups(string pattern, bool repeated)
    {
        Assert.Equal(repeated, RepeatedGroup(pattern) is not null);
    }

    /// <summary>
    /// The first group of <paramref name="pattern"/> under <c>*</c>, <c>+</c> or <c>{n,…}</c>, or null: where a
    /// quantifier inside a quantifier, or a repeated alternation, could make a backtracking engine take exponential time.
    /// </summary>
    private static string? RepeatedGroup(string pattern)
    {
        var opens = new Stack<int>();
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\')
            {
                i++;
                if (i + 1 < pattern.Length && pattern[i] is 'p' or 'P' && pattern[i + 1] == '{') i = pattern.IndexOf('}', i);
            }
            else if (c == '[')
            {
                // A class ends at the first unescaped ']' that is not its first character.
                int j = i + 1;
                if (j < pattern.Length && pattern[j] == '^') j++;
                if (j < pattern.Length && pattern[j] == ']') j++;
                while (j < pattern.Length && pattern[j] != ']') j += pattern[j] == '\\' ? 2 : 1;
                i = j;
            }
            else if (c == '(') opens.Push(i);
            else if (c == ')' && opens.Count > 0)
            {
                int open = opens.Pop();
                if (i + 1 >= pattern.Length) continue;
                char next = pattern[i + 1];
                bool repeated = next is '*' or '+'
                    || (next == '{' && pattern.IndexOf('}', i + 1) is int close and > 0 && pattern.AsSpan(i + 2, close - i - 2).Contains(','));
                if (repeated) return pattern[open..(i + 2)];
            }
        }
        return null;
    }

    private static bool IsSafe(Regex regex) =>
        (regex.Options & RegexOptions.NonBacktracking) != 0 || regex.MatchTimeout == TimeSpan.FromMilliseconds(Patterns.MatchTimeoutMilliseconds);

    private static readonly string[] Constructions =
    [
        "new Regex(", "Regex.IsMatch(", "Regex.Match(", "Regex.Matches(", "Regex.Replace(", "Regex.Split(", "Regex.Count(",
        "Regex.EnumerateMatches(", "GeneratedRegex(",
    ];

    /// <summary>Each statement (up to its <c>;</c> or, for an attribute, the <c>)]</c> ending its line) that builds a regex without naming a protection.</summary>
    private static IEnumerable<string> UnsafeRegexStatements(string source)
    {
        foreach (string construction in Constructions)
        {
            for (int at = source.IndexOf(construction, StringComparison.Ordinal); at >= 0; at = source.IndexOf(construction, at + 1, StringComparison.Ordinal))
            {
                // Part of a longer name (MyRegex.Match, _regex.Match) or inside a line comment: not a construction.
                if (at > 0 && (char.IsLetterOrDigit(source[at - 1]) || source[at - 1] is '_' or '.')) continue;
                int lineStart = source.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
                if (source.AsSpan(lineStart, at - lineStart).Contains("//", StringComparison.Ordinal)) continue;
                string terminator = construction == "GeneratedRegex(" ? ")]" : ";";
                int end = source.IndexOf(terminator, at, StringComparison.Ordinal);
                // An attribute ends at the ")]" that ends its line: a pattern may hold one ("[^)]").
                while (terminator == ")]" && end >= 0 && end + 2 < source.Length && source[end + 2] is not ('\r' or '\n'))
                {
                    end = source.IndexOf(terminator, end + 1, StringComparison.Ordinal);
                }
                string statement = source[at..(end < 0 ? source.Length : end + terminator.Length)];
                bool protectedByName = statement.Contains("NonBacktracking", StringComparison.Ordinal)
                    || (construction == "GeneratedRegex(" && statement.Contains("matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]", StringComparison.Ordinal));
                if (protectedByName && !statement.Contains("Infinite", StringComparison.Ordinal)) continue;
                yield return statement.ReplaceLineEndings(" ");
            }
        }
    }
}
