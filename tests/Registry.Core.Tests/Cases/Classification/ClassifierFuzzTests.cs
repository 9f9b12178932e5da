using System.Text;
using CsCheck;
using Registry.Cases;
using Registry.Cases.Classification;
using Registry.Contact;
using Registry.Intake;

namespace Registry.Core.Tests.Cases.Classification;

/// <summary>
/// The most hostile messages (long whitespace runs after a keyword, deep quoting, 60 KB bodies, runs of digits,
/// dots and @) are read by everything intake runs on a message's text, without an exception and to an answer.
/// That this takes linear time is not measured here (no timing in unit tests): every pattern is NonBacktracking,
/// which .NET runs in time linear in the input (LinearRegexTests), and a pattern that did backtrack on these
/// inputs would run for minutes and trip the test run's hang guard (test.sh: --blame-hang-timeout).
/// </summary>
public class ClassifierFuzzTests
{
    private const int Large = 60 * 1024;

    public static TheoryData<string, string, string> Pathological() => new()
    {
        { "blank lines after customer number", "Asiakastiedot", "customer number" + Repeat("\n", Large) + "!" },
        { "blank lines after asiakasnumero on", "Asiakastiedot", "asiakasnumeroni on" + Repeat("\n \t\n", Large / 4) + "!" },
        { "blank lines after order", "Order", "order no" + Repeat("\n", Large) + ":" },
        { "blank lines after tilausnumero", "Tilaus", "tilausnumero oli" + Repeat(" \n", Large / 2) + "#" },
        { "keywords between whitespace runs", "Data", Repeat("customer id \n\n\n order nr \n\n\n tilaus \n\n ", Large / 40) },
        { "whitespace after every access verb", "copy", Repeat("copy   send me provide me with   ", Large / 34) },
        { "nested quotes", "Re: Re: Re:", Repeat("> > > > > > > > > > > > > > > > > > > > > >\n", Large / 44) + "Please delete my data" },
        { "quote header look-alikes", "Fwd:", Repeat("On " + Repeat("x", 200) + " wrote\n", Large / 210) },
        { "one long From line", "Fw:", "From: " + Repeat("a Sent: ", Large / 8) },
        { "one long kirjoitti line", "VS:", Repeat("Matti kirjoitti kirjoitti ", Large / 26) },
        { "digits", "1234", Repeat("1234567890", Large / 10) },
        { "dots", "....", Repeat(".", Large) },
        { "at signs", "@@@@", Repeat("@", Large) },
        { "digits, dashes and dots", "WS-2026-", Repeat("WS-2026-1-2-3.4.5-", Large / 18) },
        { "order ids", "DSR-2026", Repeat("DSR-2026-0001 WS-2026-1001 ", Large / 27) },
        { "subject prefixes", Repeat("Re: Vs: Fwd: ", 5000), "Delete my data" },
        { "subject whitespace", "DSR" + Repeat(" ", Large) + "2026", "delete" },
        { "finnish stems", "poist", Repeat("poista minut tilausnumero asiakasnumero ", Large / 40) },
        { "long words", "word", Repeat("a", Large) },
        { "rectification without subject matter", "Korjaus", Repeat("korjatkaa väärin ", Large / 17) },
    };

    [Theory]
    [MemberData(nameof(Pathological))]
    public void Classify_PathologicalMessage_Completes(string name, string subject, string body)
    {
        Assert.True(Classify(subject, body), name);
    }

    [Fact]
    public void Classify_RandomMixOfHostileFragments_EachCompletes()
    {
        string[] fragments =
        [
            "customer number", "asiakasnumero", "order", "tilausnumero", " on ", " is ", ":", "#", "\n", "\n\n\n\n",
            "          ", "\t", "> ", ">>>>", "On ", " wrote:", " kirjoitti", "From: ", " Sent: ", "-----", "DSR-2026-",
            "0000", "1234567890", "....", "@@@", "WS-", "-", "delete", "poista", "copy", "send me", "data", "ä",
        ];
        var messages = Gen.Int[0, fragments.Length - 1].Array[1, 40]
            .Select(picks => string.Concat(picks.Select(i => fragments[i])))
            .Select(Gen.Int[1, 400], (chunk, times) => Repeat(chunk, Math.Min(times, Large / Math.Max(chunk.Length, 1))));

        messages.Sample(body =>
        {
            Assert.True(Classify("Re: " + body[..Math.Min(body.Length, 200)], body), $"{body.Length} chars");
        }, iter: 60, seed: "0N0XIzNsQ0O2");
    }

    /// <summary>Everything intake reads of a message's text, in its order; true when it came to an answer.</summary>
    private static bool Classify(string subject, string body)
    {
        var message = new MailboxMessage { MessageId = "fuzz", ReceivedAt = DateTimeOffset.UnixEpoch, Channel = "email", From = body[..Math.Min(body.Length, 254)], Subject = subject, Body = body };
        _ = MailboxMessageValidator.Validate(message);
        _ = EmailAddress.TryParse(message.From, out _);
        _ = CaseReference.FindIn(subject);
        var found = RequestClassifier.Classify(subject, body);
        _ = ObjectionPurposeHints.Named(subject, body);
        return found is not null;
    }

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();
}
