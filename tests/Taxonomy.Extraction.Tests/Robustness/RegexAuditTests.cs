using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Taxonomy.Testing;

namespace Taxonomy.Extraction.Tests.Robustness;

/// <summary>
/// No regular expression can backtrack catastrophically: each one is built with <see cref="RegexOptions.NonBacktracking"/>
/// or a match timeout. Two checks, because each sees what the other cannot:
/// <list type="bullet">
/// <item>Reflection over the shipped assemblies reads the real options of every static <see cref="Regex"/> field (however it
/// is written: target-typed <c>new(...)</c>, options in a shared constant) and every <c>[GeneratedRegex]</c> method.</item>
/// <item>A scan of the sources under <c>src/</c> and <c>generators/</c> finds what reflection cannot see: regexes built inside
/// methods and the static <c>Regex.IsMatch/Match/Replace…(input, pattern)</c> helpers. Each such statement must name
/// NonBacktracking or a timeout.</item>
/// </list>
/// </summary>
public class RegexAuditTests
{
    private static readonly string[] ShippedAssemblies = ["Taxonomy", "Taxonomy.Extraction", "Taxonomy.Cli"];

    [Fact]
    public void Every_static_regex_field_or_property_is_non_backtracking_or_has_a_timeout()
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
                foreach (var method in type.GetMethods(BindingFlags.Static | BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    var generated = method.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType.FullName == "System.Text.RegularExpressions.GeneratedRegexAttribute");
                    if (generated is null) continue;
                    seen++;
                    var options = generated.ConstructorArguments.Skip(1).FirstOrDefault(a => a.ArgumentType == typeof(RegexOptions)).Value is int o ? (RegexOptions)o : RegexOptions.None;
                    bool timeout = generated.ConstructorArguments.Any(a => a.ArgumentType == typeof(int) && (int)a.Value! > 0);
                    if ((options & RegexOptions.NonBacktracking) == 0 && !timeout) offenders.Add($"{type.FullName}.{method.Name}: [GeneratedRegex] without NonBacktracking or a timeout");
                }
            }
        }
        // 32 lazily built patterns in Taxonomy.Extraction alone: far fewer means the audit looks in the wrong place.
        Assert.True(seen >= 32, $"only {seen} regexes found: the audit looks in the wrong place");
        Assert.Empty(offenders);
    }

    [Fact]
    public void Every_regex_built_in_the_sources_names_non_backtracking_or_a_timeout()
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
    [InlineData("var m = Regex.Match(text, \"x\", RegexOptions.None, TimeSpan.FromSeconds(1));", false)]
    [InlineData("[GeneratedRegex(\"x\", RegexOptions.NonBacktracking)]", false)]
    [InlineData("var m = Pattern.Match(text); // Regex.Match is not called here", false)]
    [InlineData("var m = Regex.Match(text, \"x\", RegexOptions.None, Regex.InfiniteMatchTimeout);", true)]
    [InlineData("var m = Regex.Match(text, \"x\", RegexOptions.None, Timeout.InfiniteTimeSpan);", true)]
    [InlineData("[GeneratedRegex(\"[a]+\", RegexOptions.NonBacktracking)]", false)]
    public void The_source_scan_finds_unprotected_regexes(string source, bool flagged)
    {
        Assert.Equal(flagged, UnsafeRegexStatements(source).Any());
    }

    private static bool IsSafe(Regex regex) =>
        (regex.Options & RegexOptions.NonBacktracking) != 0 || regex.MatchTimeout != Regex.InfiniteMatchTimeout;

    private static readonly string[] Constructions =
    [
        "new Regex(", "Regex.IsMatch(", "Regex.Match(", "Regex.Matches(", "Regex.Replace(", "Regex.Split(", "Regex.Count(",
        "Regex.EnumerateMatches(", "GeneratedRegex(",
    ];

    /// <summary>Each statement (up to its <c>;</c> or, for an attribute, its <c>)]</c>) that builds a regex without naming a protection.</summary>
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
                string statement = source[at..(end < 0 ? source.Length : end + terminator.Length)];
                bool protectedByName = statement.Contains("NonBacktracking", StringComparison.Ordinal)
                    || statement.Contains("TimeSpan", StringComparison.Ordinal) || statement.Contains("matchTimeout", StringComparison.Ordinal);
                if (protectedByName && !statement.Contains("Infinite", StringComparison.Ordinal)) continue;
                yield return statement.ReplaceLineEndings(" ");
            }
        }
    }
}
