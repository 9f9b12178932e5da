using Registry.Contact;
using Registry.Validation;

namespace Registry.Intake;

/// <summary>
/// The fields intake cannot work without: an id to deduplicate on, when it arrived (the deadline counts
/// from it), the channel, and some text. A sender address is optional (a paper letter has none) but must
/// be an address when given.
/// </summary>
public static class MailboxMessageValidator
{
    private static readonly string[] Channels = ["email", "letter", "webform"];

    public static IReadOnlyList<FieldError> Validate(MailboxMessage message)
    {
        var errors = new FieldErrors();
        errors.Required("messageId", message.MessageId, 998);
        if (message.ReceivedAt is null)
        {
            errors.Add("receivedAt", "is required.");
        }

        if (!Channels.Contains(message.Channel))
        {
            errors.Add("channel", "must be email, letter or webform.");
        }

        if (message.From is not null && !EmailAddress.TryParse(message.From, out _))
        {
            errors.Add("from", "must be an e-mail address.");
        }

        if (string.IsNullOrWhiteSpace(message.Subject) && string.IsNullOrWhiteSpace(message.Body))
        {
            errors.Add("body", "is required when there is no subject.");
        }

        return errors.All;
    }
}
