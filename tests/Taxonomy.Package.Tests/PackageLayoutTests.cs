using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Taxonomy.Package.Tests.Infrastructure;

namespace Taxonomy.Package.Tests;

/// <summary>What the Taxonomy package contains and declares.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageLayoutTests(PackageFeed feed)
{
    /// <summary>Assemblies every compiler host provides: the framework facade, Roslyn and Roslyn's own dependencies.</summary>
    private static readonly HashSet<string> HostProvided = new(StringComparer.OrdinalIgnoreCase)
    {
        "netstandard", "mscorlib", "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp",
        "System.Collections.Immutable", "System.Reflection.Metadata", "System.Text.Encoding.CodePages",
    };

    [Fact]
    public void The_package_holds_the_runtime_the_build_logic_the_readme_and_the_reference_schemas()
    {
        var entries = feed.Runtime.Entries;
        Assert.Contains("lib/net10.0/Taxonomy.dll", entries);
        Assert.Contains("lib/net10.0/Taxonomy.xml", entries);
        Assert.Contains("analyzers/dotnet/cs/Taxonomy.Generators.dll", entries);
        Assert.Contains("build/Taxonomy.props", entries);
        Assert.Contains("build/Taxonomy.targets", entries);
        Assert.Contains("buildTransitive/Taxonomy.props", entries);
        Assert.Contains("buildTransitive/Taxonomy.targets", entries);
        Assert.Contains("README.md", entries);
        foreach (string schema in Directory.GetFiles(Path.Combine(feed.RepositoryRoot, "schemas"), "*.json"))
        {
            Assert.Contains("schemas/" + Path.GetFileName(schema), entries);
        }
        // The shipped schemas must never become compile inputs of consumers (their classes are in Taxonomy.dll).
        Assert.DoesNotContain(entries, e => e.StartsWith("contentFiles/", StringComparison.Ordinal) || e.StartsWith("content/", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.StartsWith("analyzers/", StringComparison.Ordinal) && e.Contains("Microsoft.CodeAnalysis", StringComparison.Ordinal));
    }

    [Fact]
    public void The_nuspec_declares_id_license_readme_repository_and_no_dependencies()
    {
        var metadata = feed.Runtime.Metadata;
        Assert.Equal("Taxonomy", feed.Runtime.Id);
        Assert.Matches(@"^\d+\.\d+\.\d+", feed.Runtime.Version);
        Assert.NotEmpty(PackedPackage.Element(metadata, "authors"));
        Assert.NotEmpty(PackedPackage.Element(metadata, "description"));
        Assert.Equal("MIT", PackedPackage.Element(metadata, "license"));
        Assert.Equal("README.md", PackedPackage.Element(metadata, "readme"));
        Assert.Equal("git", metadata.Elements().Single(e => e.Name.LocalName == "repository").Attribute("type")?.Value);
        // The generator is inside the package, not a dependency; the runtime has no package dependencies.
        var dependencies = metadata.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => e.Attribute("id")?.Value).ToList();
        Assert.Empty(dependencies);
    }

    [Fact]
    public void The_analyzer_folder_holds_exactly_the_assemblies_the_generator_loads_beyond_the_compiler()
    {
        string folder = Path.Combine(feed.Root, "analyzers-" + Guid.NewGuid().ToString("N")[..8]);
        var shipped = feed.Runtime.Extract("analyzers/dotnet/cs/", folder)
            .ToDictionary(p => Path.GetFileNameWithoutExtension(p), p => p, StringComparer.OrdinalIgnoreCase);

        // Walk the references from the generator: each must be shipped (in a version at least the one referenced)
        // or provided by the compiler host, and each shipped assembly must be reached.
        var reached = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<string>(["Taxonomy.Generators"]);
        var problems = new List<string>();
        while (pending.TryPop(out var name))
        {
            if (!reached.Add(name)) continue;
            foreach (var (reference, version) in References(shipped[name]))
            {
                if (HostProvided.Contains(reference)) continue;
                if (!shipped.TryGetValue(reference, out var path))
                {
                    problems.Add($"{name} references {reference} {version}, which is neither shipped nor provided by the compiler");
                    continue;
                }
                var actual = AssemblyVersion(path);
                if (actual < version) problems.Add($"{name} references {reference} {version}, but {actual} is shipped");
                pending.Push(reference);
            }
        }
        problems.AddRange(shipped.Keys.Where(n => !reached.Contains(n)).Select(n => $"{n} is shipped but nothing the generator loads references it"));
        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\nShipped: " + string.Join(", ", shipped.Keys.Order(StringComparer.Ordinal)));
        Assert.Contains("System.Text.Json", reached);
    }

    private static List<(string Name, Version Version)> References(string assembly)
    {
        using var pe = new PEReader(File.OpenRead(assembly));
        var reader = pe.GetMetadataReader();
        return reader.AssemblyReferences
            .Select(h => reader.GetAssemblyReference(h))
            .Select(r => (reader.GetString(r.Name), r.Version))
            .ToList();
    }

    private static Version AssemblyVersion(string assembly)
    {
        using var pe = new PEReader(File.OpenRead(assembly));
        return pe.GetMetadataReader().GetAssemblyDefinition().Version;
    }
}
