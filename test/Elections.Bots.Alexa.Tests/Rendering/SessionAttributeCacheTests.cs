using Elections.Bots.Alexa.Rendering;
using Elections.Bots.Core;
using Elections.Bots.Core.Dialog;

namespace Elections.Bots.Alexa.Tests.Rendering;

public sealed class SessionAttributeCacheTests
{
    private static readonly SessionState Base = new(LastIntent: "NextElection", Choices: ["intent:PollingPlace", "intent:EarlyVoting"]);

    [Fact]
    public void For_WhenStatesAlternate_EncodesEachOneItself()
    {
        var other = Base with { Address = "12 Oak St" };

        foreach (var state in (SessionState[])[Base, other, Base, other])
        {
            Assert.Equal(SessionStateCodec.Encode(state), SessionAttributeCache.For(state).State);
        }
    }

    [Fact]
    public void SameValue_WhenChoicesAreEqualInNewArrays_IsTrue() =>
        Assert.True(SessionAttributeCache.SameValue(Base, Base with { Choices = [.. Base.Choices] }));

    [Theory]
    [InlineData("choices")]
    [InlineData("address")]
    [InlineData("locale")]
    [InlineData("attempts")]
    public void SameValue_WhenAnyMemberDiffers_IsFalse(string member)
    {
        var changed = member switch
        {
            "choices" => Base with { Choices = ["intent:PollingPlace"] },
            "address" => Base with { Address = "12 Oak St" },
            "locale" => Base with { PreferredLocale = Locale.Spanish },
            _ => Base with { AddressAttempts = 1 },
        };

        Assert.False(SessionAttributeCache.SameValue(Base, changed));
    }
}
