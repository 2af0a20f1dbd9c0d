global using System.Collections.Frozen;
global using System.Collections.Immutable;
global using System.Text.Json;
global using System.Text.Json.Serialization;
