using Registry.Cases;
using Registry.Letters;

namespace Registry.Execution.Access;

/// <summary>
/// The values of the access notice (<c>access-notice.{fi|en}.txt</c>): where the copy is, until when the links work,
/// and when the files are deleted. <see cref="CaseLetters"/> adds the reference and greeting and queues it.
/// </summary>
public static class AccessNotice
{
    private static readonly TimeZoneInfo Helsinki =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Helsinki", out var zone) ? zone : TimeZoneInfo.Utc;

    public static Dictionary<string, string> Values(CaseLanguage language, ReadLink document, ReadLink data, DateOnly deletedOn)
    {
        var expires = document.ExpiresOn < data.ExpiresOn ? document.ExpiresOn : data.ExpiresOn;
        return new Dictionary<string, string>
        {
            ["documentLink"] = document.Uri.AbsoluteUri,
            ["dataLink"] = data.Uri.AbsoluteUri,

            // The day the links stop working, in Finnish time like every date in our letters.
            ["expiresOn"] = LetterVocabulary.Date(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(expires, Helsinki).DateTime), language),
            ["deletedOn"] = LetterVocabulary.Date(deletedOn, language),
        };
    }
}
