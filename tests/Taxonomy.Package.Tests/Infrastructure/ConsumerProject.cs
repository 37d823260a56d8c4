namespace Taxonomy.Package.Tests.Infrastructure;

/// <summary>
/// A console project outside the repository that references the packed Taxonomy package and nothing else: the
/// files of consumers/&lt;name&gt; (Program.cs, schemas/) plus a project file written here. Warnings are errors and
/// XML docs are on, so generated code that is not clean for a consumer fails the build.
/// </summary>
public sealed class ConsumerProject
{
    private readonly PackageFeed _feed;

    private ConsumerProject(PackageFeed feed, string folder, string name)
    {
        _feed = feed;
        Folder = folder;
        ProjectFile = Path.Combine(folder, name + ".csproj");
    }

    /// <summary>The consumer's folder.</summary>
    public string Folder { get; }

    /// <summary>The consumer's project file.</summary>
    public string ProjectFile { get; }

    /// <summary>
    /// Copies the fixture consumer <paramref name="name"/> to a new folder and writes its project file, with
    /// <paramref name="extraProjectXml"/> (property groups or item groups) added to it.
    /// </summary>
    public static ConsumerProject Create(PackageFeed feed, string name, string extraProjectXml = "")
    {
        string source = Path.Combine(AppContext.BaseDirectory, "consumers", name);
        if (!Directory.Exists(source)) throw new DirectoryNotFoundException("Fixture consumer not found: " + source);
        string folder = feed.NewConsumerFolder(name);
        foreach (string file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(folder, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var consumer = new ConsumerProject(feed, folder, name);
        File.WriteAllText(consumer.ProjectFile, ProjectText(feed.Runtime.Version, extraProjectXml));
        return consumer;
    }

    /// <summary>Runs <c>dotnet</c> in the consumer's folder with the isolated packages folder.</summary>
    public ProcessResult Run(params string[] arguments) => DotNet.Run(Folder, arguments, _feed.ConsumerEnvironment);

    /// <summary>Restores and builds (Release, no node reuse, no compiler server so nothing outlives the test).</summary>
    public ProcessResult Build() =>
        Run("build", ProjectFile, "-c", "Release", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-tl:off");

    private static string ProjectText(string version, string extraProjectXml) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            <GenerateDocumentationFile>true</GenerateDocumentationFile>
            <InvariantGlobalization>true</InvariantGlobalization>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Taxonomy" Version="[{version}]" />
          </ItemGroup>
          {extraProjectXml}
        </Project>
        """.Replace("\r\n", "\n", StringComparison.Ordinal);
}
