using System.Collections.Generic;

namespace Taxonomy.Generators.Parsing
{
    internal enum JsonNodeKind
    {
        Object,
        Array,
        String,
        Number,
        True,
        False,
        Null,
    }

    /// <summary>
    /// A JSON value with its character span in the schema text. JsonDocument keeps no positions, so the parser
    /// builds this small tree from Utf8JsonReader tokens. It lives only inside parsing, never in the pipeline model.
    /// </summary>
    internal sealed class JsonNode
    {
        public JsonNode(JsonNodeKind kind, int start, int length)
        {
            Kind = kind;
            Start = start;
            Length = length;
        }

        public JsonNodeKind Kind { get; }

        public int Start { get; }

        public int Length { get; set; }

        /// <summary>The string's value, or a number's text.</summary>
        public string? Text { get; set; }

        public List<JsonProperty> Properties { get; } = new List<JsonProperty>();

        public List<JsonNode> Items { get; } = new List<JsonNode>();

        public JsonProperty? Find(string name)
        {
            foreach (var property in Properties)
            {
                if (property.Name == name) return property;
            }
            return null;
        }

        public string KindName => Kind switch
        {
            JsonNodeKind.Object => "an object",
            JsonNodeKind.Array => "an array",
            JsonNodeKind.String => "a string",
            JsonNodeKind.Number => "a number",
            JsonNodeKind.True or JsonNodeKind.False => "a boolean",
            _ => "null",
        };
    }

    internal sealed class JsonProperty
    {
        public JsonProperty(string name, int nameStart, int nameLength, JsonNode value)
        {
            Name = name;
            NameStart = nameStart;
            NameLength = nameLength;
            Value = value;
        }

        public string Name { get; }

        public int NameStart { get; }

        public int NameLength { get; }

        public JsonNode Value { get; }
    }
}
