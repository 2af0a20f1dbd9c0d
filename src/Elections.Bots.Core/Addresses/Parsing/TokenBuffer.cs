using System.Runtime.CompilerServices;

namespace Elections.Bots.Core.Addresses.Parsing;

/// <summary>Room for an address's words on the stack, so reading one allocates only the strings it returns.</summary>
[InlineArray(Tokenizer.MaxTokens)]
internal struct TokenBuffer
{
    private Token _first;
}
