using Elections.Bots.Core;

namespace Elections.Bots.Alexa.Rendering;

/// <param name="DeviceLocale">The locale of the request: the voice the device speaks with.</param>
/// <param name="IsIntentRequest">Dialog directives are only valid in answer to an IntentRequest.</param>
/// <param name="AskAddressPermission">The device's address could not be used for want of the voter's permission.</param>
/// <param name="UseDialogDirectives">The interaction model has a dialog model, so Dialog.ElicitSlot is allowed.</param>
public sealed record RenderContext(
    Locale DeviceLocale,
    bool IsIntentRequest,
    bool AskAddressPermission = false,
    bool UseDialogDirectives = true);
