using System.Reflection;

namespace Taxonomy.Generators.Emit
{
    /// <summary>
    /// The version generated code names in its <c>GeneratedCode</c> attribute: the generator assembly's informational
    /// version without build metadata (the <c>+commit</c> suffix), so that output changes with a release, not with a build.
    /// </summary>
    internal static class GeneratorVersion
    {
        /// <summary>The version, e.g. <c>0.1.0</c>.</summary>
        public static string Value { get; } = Read();

        private static string Read()
        {
            var assembly = typeof(GeneratorVersion).Assembly;
            string? informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            if (string.IsNullOrEmpty(informational)) return assembly.GetName().Version?.ToString(3) ?? "0.0.0";
            int metadata = informational!.IndexOf('+');
            return metadata < 0 ? informational : informational.Substring(0, metadata);
        }
    }
}
