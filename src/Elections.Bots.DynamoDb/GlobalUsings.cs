global using System.Collections.Frozen;
global using System.Collections.Immutable;
