using System.IO.Compression;
using System.Xml.Linq;

namespace Taxonomy.Package.Tests.Infrastructure;

/// <summary>
/// A temporary local feed holding the Taxonomy and Taxonomy.Cli packages packed from this repository's sources,
/// and a global-packages folder of its own so no consumer restore can pick up a stale package from ~/.nuget.
/// Each package is packed once per test run, on first use. Set TAXONOMY_KEEP_PACKAGE_TESTS=1 to keep the folder.
/// </summary>
public sealed class PackageFeed : IDisposable
{
    private readonly Lazy<PackedPackage> _runtime;
    private readonly Lazy<PackedPackage> _tool;

    /// <summary>Creates the (empty) feed under the system temporary folder.</summary>
    public PackageFeed()
    {
        RepositoryRoot = global::Taxonomy.Testing.RepositoryRoot.Require();
        Root = Path.Combine(Path.GetTempPath(), "taxonomy-package-tests-" + Guid.NewGuid().ToString("N")[..12]);
        Feed = Directory.CreateDirectory(Path.Combine(Root, "feed")).FullName;
        PackagesFolder = Directory.CreateDirectory(Path.Combine(Root, "packages")).FullName;
        // Empty MSBuild files stop MSBuild's upward search, so nothing above the temporary folder leaks in.
        foreach (var name in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(Root, name), "<Project />\n");
        }
        _runtime = new(() => Pack("src/Taxonomy/Taxonomy.csproj", "Taxonomy"));
        _tool = new(() => Pack("src/Taxonomy.Cli/Taxonomy.Cli.csproj", "Taxonomy.Cli"));
    }

    /// <summary>The repository whose sources are packed.</summary>
    public string RepositoryRoot { get; }

    /// <summary>The temporary folder holding the feed, the packages folder and the consumer projects.</summary>
    public string Root { get; }

    /// <summary>The local package source.</summary>
    public string Feed { get; }

    /// <summary>The global packages folder every consumer restore uses (NUGET_PACKAGES).</summary>
    public string PackagesFolder { get; }

    /// <summary>The Taxonomy package (runtime, generator, build props, schemas).</summary>
    public PackedPackage Runtime => _runtime.Value;

    /// <summary>The Taxonomy.Cli tool package.</summary>
    public PackedPackage Tool => _tool.Value;

    /// <summary>Environment for consumer-side dotnet commands: the isolated global packages folder.</summary>
    public IReadOnlyDictionary<string, string> ConsumerEnvironment => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = PackagesFolder,
    };

    /// <summary>A new empty folder for one consumer, with a nuget.config that takes Taxonomy* only from the feed.</summary>
    public string NewConsumerFolder(string name)
    {
        string folder = Directory.CreateDirectory(Path.Combine(Root, name + "-" + Guid.NewGuid().ToString("N")[..8])).FullName;
        File.WriteAllText(Path.Combine(folder, "nuget.config"), NuGetConfig());
        return folder;
    }

    /// <summary>
    /// nuget.config: the local feed plus nuget.org; package source mapping sends Taxonomy and Taxonomy.* to the
    /// local feed only, so an unrelated package of the same name on nuget.org can never be restored instead.
    /// </summary>
    public string NuGetConfig() => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <config>
            <add key="globalPackagesFolder" value="{PackagesFolder}" />
          </config>
          <packageSources>
            <clear />
            <add key="local" value="{Feed}" />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
          </packageSources>
          <packageSourceMapping>
            <packageSource key="local">
              <package pattern="Taxonomy" />
              <package pattern="Taxonomy.*" />
            </packageSource>
            <packageSource key="nuget.org">
              <package pattern="*" />
            </packageSource>
          </packageSourceMapping>
        </configuration>
        """.Replace("\r\n", "\n", StringComparison.Ordinal);

    private PackedPackage Pack(string project, string id)
    {
        // --artifacts-path keeps bin/obj of this pack out of the repository, so it cannot disturb (or be disturbed
        // by) the developer's builds; third-party packages come from the normal cache and sources.
        string artifacts = Path.Combine(Root, "artifacts-" + id);
        var result = DotNet.Run(RepositoryRoot,
        [
            "pack", Path.Combine(RepositoryRoot, project), "-c", "Release", "-o", Feed, "--artifacts-path", artifacts,
            "-nodeReuse:false", "-p:UseSharedCompilation=false",
        ]);
        result.EnsureSuccess();
        string path = Directory.GetFiles(Feed, id + ".*.nupkg")
            .Where(p => !p.EndsWith(".symbols.nupkg", StringComparison.OrdinalIgnoreCase))
            .SingleOrDefault(p => PackedPackage.ReadNuspec(p).Id == id)
            ?? throw new InvalidOperationException($"No {id} package in {Feed} after packing.\n{result.Describe()}");
        return PackedPackage.Open(path);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("TAXONOMY_KEEP_PACKAGE_TESTS") == "1") return;
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}

/// <summary>A packed .nupkg: its path, nuspec metadata and the paths of the files it contains.</summary>
public sealed record PackedPackage(string Path, string Id, string Version, XElement Metadata, IReadOnlyList<string> Entries)
{
    /// <summary>Reads the package at <paramref name="path"/>.</summary>
    public static PackedPackage Open(string path)
    {
        var (id, version, metadata) = ReadNuspec(path);
        using var zip = ZipFile.OpenRead(path);
        var entries = zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal).ToList();
        return new PackedPackage(path, id, version, metadata, entries);
    }

    /// <summary>The id, version and metadata element of the package's nuspec.</summary>
    public static (string Id, string Version, XElement Metadata) ReadNuspec(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var nuspec = zip.Entries.Single(e => !e.FullName.Contains('/', StringComparison.Ordinal) && e.FullName.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase));
        using var stream = nuspec.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        return (Element(metadata, "id"), Element(metadata, "version"), metadata);
    }

    /// <summary>The text of a metadata child element, or "" when absent.</summary>
    public static string Element(XElement metadata, string name) =>
        metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value ?? "";

    /// <summary>Extracts the entries under <paramref name="folder"/> to <paramref name="destination"/> and returns their paths.</summary>
    public IReadOnlyList<string> Extract(string folder, string destination)
    {
        Directory.CreateDirectory(destination);
        using var zip = ZipFile.OpenRead(Path);
        var files = new List<string>();
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith(folder, StringComparison.Ordinal) && e.Name.Length > 0))
        {
            string target = System.IO.Path.Combine(destination, entry.Name);
            entry.ExtractToFile(target, overwrite: true);
            files.Add(target);
        }
        return files;
    }
}
