using Registry.Cases;

namespace Registry.Core.Tests.Cases;

public class CaseReferenceTests
{
    [Theory]
    [InlineData(2026, 42, "DSR-2026-0042")]
    [InlineData(2026, 12345, "DSR-2026-12345")]
    public void Create_FormatsYearAndPaddedNumber(int year, long number, string expected) =>
        Assert.Equal(expected, CaseReference.Create(year, number).Value);

    [Theory]
    [InlineData("DSR-2026-0042", true)]
    [InlineData("DSR-2026-42", false)]
    [InlineData("dsr-2026-0042", false)]
    [InlineData("DSR-2026-0000", false)]
    [InlineData("DSR-2026-0042 ", false)]
    public void TryParse_IsExact(string text, bool ok) => Assert.Equal(ok, CaseReference.TryParse(text, out _));

    [Theory]
    [InlineData("Re: Asianne DSR-2026-0042 / tietopyyntö", "DSR-2026-0042")]
    [InlineData("VS: RE: [dsr-2026-0107] access request", "DSR-2026-0107")]
    [InlineData("Fwd: my data", null)]
    public void FindIn_FindsTheReferenceInASubjectLine(string subject, string? expected) =>
        Assert.Equal(expected, CaseReference.FindIn(subject)?.Value);
}
