global using System.Collections.Frozen;
global using System.Collections.Immutable;
global using Elections.Bots.Core.Dialog;
