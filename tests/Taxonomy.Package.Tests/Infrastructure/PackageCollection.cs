namespace Taxonomy.Package.Tests.Infrastructure;

/// <summary>All package tests share one feed (each package is packed once) and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFeed>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Packages";
}
