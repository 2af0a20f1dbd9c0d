using FsCheck.Xunit;
using Elections.Bots.Core.Privacy;
using Elections.Bots.Tests;

namespace Elections.Bots.Core.Tests.Privacy;

public sealed class RedactorTests
{
    [Theory]
    [InlineData("I live at 123 Main Street, where do I vote?", "I live at [address], where do I vote?")]
    [InlineData("I live at 12B North Willow Creek Rd Apt 4 Millbrook", "I live at [address]")]
    [InlineData("I live at 42 oak where do I vote", "I live at [address] where do I vote")]
    [InlineData("vivo en calle Robles 123, ¿dónde voto?", "vivo en [address], ¿dónde voto?")]
    [InlineData("call me at (555) 123-4567 please", "call me at [phone] please")]
    [InlineData("text me at 5551234567", "text me at [phone]")]
    [InlineData("five five five one two three four five six seven", "[phone]")]
    [InlineData("my email is ana.ruiz@example.com ok", "my email is [email] ok")]
    [InlineData("email ana dot ruiz at gmail dot com", "email [email]")]
    [InlineData("my ssn is 123-45-6789 am I registered", "my ssn is [number] am I registered")]
    [InlineData("my zip is 99961-1234", "my zip is [number]")]
    [InlineData("4111 1111 1111 1111 is my card", "[number] is my card")]
    [InlineData("my name is john smith and I want to vote by mail", "my name is [name] and I want to vote by mail")]
    [InlineData("me llamo María José García, ¿dónde voto?", "me llamo [name], ¿dónde voto?")]
    [InlineData("I'm Ana Ruiz, can I vote?", "I'm [name], can I vote?")]
    [InlineData("can Keisha Okonkwo vote early for me?", "can [name] vote early for me?")]
    [InlineData("Keisha Okonkwo here. Where do I vote?", "[name] here. Where do I vote?")]
    [InlineData("¿Puede votar María López por correo?", "¿Puede votar [name] por correo?")]
    [InlineData("I live on Hawthorne Street, where do I vote", "I live on [name], where do I vote")]
    public void Redact_WhenTextHoldsPersonalData_ReplacesItWithPlaceholders(string text, string expected)
    {
        Assert.Equal(expected, Redactor.Redact(text));
    }

    [Theory]
    [InlineData("Can I vote if I am 17 years old?")]
    [InlineData("polls open at 7 am?")]
    [InlineData("This is confusing, where do I vote")]
    [InlineData("can I vote on March 9 2027")]
    [InlineData("what about the 3 drop boxes")]
    [InlineData("¿Puedo votar si tengo 17 años?")]
    [InlineData("Can I vote on Election Day in Spanish?")]
    [InlineData("Do I need an ID to vote on Tuesday, March 9?")]
    [InlineData("Where do I vote? I moved last month.")]
    [InlineData("¿Dónde voto el martes? Me mudé en Marzo.")]
    public void Redact_WhenTextHoldsNoPersonalData_KeepsTheQuestion(string text)
    {
        Assert.Equal(text, Redactor.Redact(text));
    }

    [Fact]
    public void Redact_WhenTextIsLong_CapsItAtAWordBoundary()
    {
        var text = string.Join(' ', Enumerable.Repeat("where can I find the ballot drop box", 40));

        var redacted = Redactor.Redact(text);

        Assert.InRange(redacted.Length, Redactor.MaxLength / 2, Redactor.MaxLength);
        Assert.EndsWith(redacted.Split(' ')[^1], text, StringComparison.Ordinal);
    }

    [Property(MaxTest = 3000, Arbitrary = [typeof(PersonalData)])]
    public void Redact_ForGeneratedPersonalData_LeavesNoneOfIt(VoterUtterance utterance)
    {
        var redacted = Redactor.Redact(utterance.Text);

        Assert.True(PersonalData.Leak(redacted, utterance) is null,
            $"{PersonalData.Leak(redacted, utterance)} survived in \"{redacted}\" from \"{utterance.Text}\"");
    }
}
