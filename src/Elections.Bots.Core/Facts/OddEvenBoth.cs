namespace Elections.Bots.Core.Facts;

/// <summary>Which side of a street a segment covers (VIP <c>odd_even_both</c>).</summary>
public enum OddEvenBoth
{
    Both,
    Odd,
    Even,
}
