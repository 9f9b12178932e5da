using Registry.Cases;

namespace Registry.Core.Tests.Cases;

/// <summary>Test data: a case just received.</summary>
internal static class CaseBuilder
{
    public static SubjectCase Open() => new()
    {
        Reference = CaseReference.Create(2026, 1),
        Types = [RequestType.Access],
        Language = CaseLanguage.Fi,
        Status = CaseStatus.Received,
        ReceivedAt = new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero),
        DueOn = new DateOnly(2026, 12, 28),
        Requester = new Requester { Email = "maija@example.fi", Name = "Maija Meikäläinen" },
    };
}
