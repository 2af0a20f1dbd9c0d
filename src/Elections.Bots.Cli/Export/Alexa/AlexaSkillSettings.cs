using System.Text.RegularExpressions;
using Elections.Bots.Core;
using Elections.Bots.Core.BotModel;

namespace Elections.Bots.Cli.Export.Alexa;

/// <summary>
/// What the skill package says about the jurisdiction: its name in the Alexa app, the words that open it, where
/// its Lambda is and its privacy policy. The defaults are the bundled Millbrook County sample's.
/// </summary>
internal sealed partial record AlexaSkillSettings(
    Localized<string> SkillName,
    Localized<string> InvocationName,
    string EndpointArn,
    string PrivacyPolicyUrl)
{
    /// <summary>
    /// Committed in the skill package so the generated files never hold an account's ARN; replace it with the stack's
    /// <c>AlexaFunctionArn</c> output (<c>export alexa --endpoint ARN --out DIR</c>) before <c>ask deploy</c>.
    /// </summary>
    public const string EndpointPlaceholder = "arn:aws:lambda:us-east-1:000000000000:function:replace-with-the-AlexaFunctionArn-output";

    public static AlexaSkillSettings Sample { get; } = new(
        new Localized<string>("Millbrook County Elections", "Elecciones del Condado de Millbrook"),
        new Localized<string>("millbrook elections", "elecciones de millbrook"),
        EndpointPlaceholder,
        "https://elections.millbrookcounty.example.org/privacy");

    /// <summary>Why the settings cannot be published, in a sentence per problem; empty when they can.</summary>
    public IEnumerable<string> Problems()
    {
        foreach (var locale in (Locale[])[Locale.English, Locale.Spanish])
        {
            var name = InvocationName.For(locale);
            // Alexa's rules: lower-case words (accents allowed), at least two of them, no digits or punctuation.
            if (!InvocationPattern().IsMatch(name) || name.Split(' ').Length < 2)
            {
                yield return $"The {locale.ToTag()} invocation name '{name}' must be two or more lower-case words (letters, spaces, apostrophes).";
            }
        }
        if (!EndpointPattern().IsMatch(EndpointArn))
        {
            yield return $"The endpoint '{EndpointArn}' is not a Lambda function ARN (arn:aws:lambda:REGION:ACCOUNT:function:NAME).";
        }
        if (!Uri.TryCreate(PrivacyPolicyUrl, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
        {
            yield return $"The privacy policy URL '{PrivacyPolicyUrl}' must be an absolute https URL.";
        }
    }

    [GeneratedRegex(@"^[\p{Ll}']+( [\p{Ll}']+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex InvocationPattern();

    [GeneratedRegex(@"^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]+(:[A-Za-z0-9_$-]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex EndpointPattern();
}
