using Microsoft.Extensions.Options;
using Registry.Cases;
using Registry.Preferences;
using Registry.Retention;
using Registry.Serialization;
using Registry.Subjects;

namespace Registry.Execution.Access;

/// <summary>
/// Turns what the register holds about a person (their partition, holds and cases) into an <see cref="AccessPackage"/>.
/// Pure: no storage, no clock; everything it states comes from its inputs, so a test can check each value lands.
/// </summary>
public sealed class AccessPackageBuilder(RetentionCalendar calendar, IOptions<RetentionOptions> retention, PreferenceDefaults defaults)
{
    public AccessPackage Build(SubjectCase current, SubjectId subject, SubjectData? data, IReadOnlyList<CaseFile> cases, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return new AccessPackage
        {
            CaseReference = current.Reference.Value,
            SubjectId = subject.Value,
            Language = current.Language.ToWire(),
            GeneratedAt = now,
            Controller = AccessCatalogue.Controller,
            Processing = AccessCatalogue.Processing,
            Profile = data?.Profile is { } profile ? PackageMapping.Profile(profile) : null,
            Orders = data?.Orders.OrderBy(o => o.PlacedAt).Select(PackageMapping.Order).ToList() ?? [],
            BillingHistory = data?.BillingHistory.Select(b => new PackageBillingChange(b.Order.Value, b.Status.ToWire(), b.Date)).ToList() ?? [],
            Preferences = Preferences(data),
            Disclosures = data?.Disclosures.Select(PackageMapping.Disclosure).ToList() ?? [],
            Status = new PackageStatus(data?.Status.Restriction?.Since, data?.Status.Erasure?.ErasedAt, data?.Status.LegalClaim?.Since),
            Holds = data is null ? [] : HoldRules.Evaluate(data, today).Select(h => new PackageHold(h.Kind.ToWire(), h.Order?.Value, h.Until)).ToList(),
            Retention = Retention(current, data, cases, today),
            Cases = cases.OrderBy(c => c.Case.ReceivedAt).Select(PackageMapping.Case).ToList(),
        };
    }

    private PackagePreferences Preferences(SubjectData? data)
    {
        var recorded = (data?.Preferences ?? []).GroupBy(p => p.Purpose).ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.OccurredAt).First());
        var states = recorded.ToDictionary(p => p.Key, p => p.Value.State);
        var current = Enum.GetValues<ConsentPurpose>().Select(purpose =>
        {
            var state = EffectivePreference.StateOf(purpose, states, defaults);
            var own = recorded.GetValueOrDefault(purpose);
            var decidedBy = own is null ? "default" : own.State == state ? "recorded" : "direct_marketing_objection";
            return new PackagePreference(purpose.ToWire(), state.ToWire(), decidedBy, own is null ? null : PackageMapping.PreferenceEvent(own));
        }).ToList();
        return new PackagePreferences(current, (data?.PreferenceHistory ?? []).Select(PackageMapping.PreferenceEvent).ToList());
    }

    private List<PackageRetention> Retention(SubjectCase current, SubjectData? data, IReadOnlyList<CaseFile> cases, DateOnly today)
    {
        var rules = new List<PackageRetention>();
        if (data?.Profile is { Erased: false } profile)
        {
            // Contact data, choices and the disclosure log live and go together with the profile.
            rules.Add(new PackageRetention("contact_data", RetentionRules.InactiveProfile, calendar.ProfileReviewOn(profile.LastActivityAt), null));
        }

        rules.AddRange((data?.Orders ?? []).OrderBy(o => o.PlacedAt)
            .Select(o => new PackageRetention("orders_and_billing", RetentionRules.AccountingAct, o.RetainedUntil, o.Ref.Value)));
        rules.AddRange(cases.Select(c => new PackageRetention("cases", RetentionRules.CaseFile, null, c.Case.Reference.Value)));
        rules.Add(new PackageRetention("access_package", RetentionRules.AccessPackage, today.AddDays(retention.Value.AccessPackageDays), current.Reference.Value));
        return rules;
    }
}

/// <summary>
/// A case with its timeline, as the package shows it. <paramref name="Own"/> is false for a case linked to the person
/// that someone else wrote: the package then names it and its steps, never the writer's details or anyone's words.
/// </summary>
public sealed record CaseFile(SubjectCase Case, IReadOnlyList<CaseEvent> Timeline, bool Own = true);

/// <summary>The retention rule codes of <see cref="PackageRetention.Rule"/> (design brief §4).</summary>
public static class RetentionRules
{
    /// <summary>Accounting Act 1336/1997 ch. 2 §10: to 31 Dec of the 6th year after the financial year ended.</summary>
    public const string AccountingAct = "accounting_act";

    /// <summary>Company policy: the profile is anonymised after <see cref="RetentionOptions.InactiveProfileYears"/> without activity.</summary>
    public const string InactiveProfile = "inactive_profile";

    /// <summary>Evidence of compliance: a case file is kept <see cref="CaseFileYears"/> years after it closes.</summary>
    public const string CaseFile = "case_file";

    /// <summary>Company policy: an access package is deleted <see cref="RetentionOptions.AccessPackageDays"/> days after it was made.</summary>
    public const string AccessPackage = "access_package";

    /// <summary>Design brief §4; the purge owns the deletion, this figure only tells the person.</summary>
    public const int CaseFileYears = 3;
}
