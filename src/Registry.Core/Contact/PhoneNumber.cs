using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using PhoneNumbers;
using Registry.Serialization;
using Registry.Privacy.Classification;

namespace Registry.Contact;

/// <summary>A phone number in E.164 form. National numbers are read as Finnish unless they carry a country code.</summary>
[JsonConverter(typeof(PhoneNumber.JsonConverter))]
[PersonalData]
public readonly record struct PhoneNumber
{
    public const string DefaultRegion = "FI";

    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    private PhoneNumber(string e164) => E164 = e164;

    [PersonalData]
    public string E164 { get; }

    public static bool TryParse([NotNullWhen(true)] string? text, out PhoneNumber phone)
    {
        phone = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40)
        {
            return false;
        }

        try
        {
            var parsed = Util.Parse(text, DefaultRegion);
            if (!Util.IsValidNumber(parsed))
            {
                return false;
            }

            phone = new PhoneNumber(Util.Format(parsed, PhoneNumberFormat.E164));
            return true;
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

    public override string ToString() => E164;

    /// <summary>Reads and writes the number as its E.164 string.</summary>
    public sealed class JsonConverter : StringValueConverter<PhoneNumber>
    {
        protected override bool TryParse(string? text, out PhoneNumber value) => PhoneNumber.TryParse(text, out value);

        protected override string Format(PhoneNumber value) => value.E164;
    }
}
