global using System.Collections.Immutable;
global using System.Text.Json.Serialization;
global using Elections.Bots.Core;
global using Elections.Bots.Core.BotModel;
global using Elections.Bots.Core.Dialog;
