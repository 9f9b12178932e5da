using Registry.Orders.Ingest;

namespace Registry.Execution.Access.Html;

/// <summary>Section 3 of the document: every value the register holds, and beside each where it came from.</summary>
internal static class AccessDataHtml
{
    public static void Write(HtmlWriter html, AccessPackage p, AccessTexts t, PackageFormat f) =>
        html.Section("data", t.Heading("data"), s =>
        {
            s.Element("p", $"{t.Fields["subjectId"]}: {p.SubjectId}");
            if (!p.HasSubjectData)
            {
                s.Element("p", t.NoCustomerData);
            }

            Contact(s, p.Profile, t, f);
            Orders(s, p, t, f);
            Preferences(s, p.Preferences, t, f);
            Status(s, p, t, f);
            Cases(s, p, t, f);
        });

    private static void Contact(HtmlWriter s, PackageProfile? profile, AccessTexts t, PackageFormat f)
    {
        s.Element("h3", t.Heading("contact"));
        if (profile is null || profile.Erased)
        {
            s.Element("p", profile is null ? t.None : t.Erased);
            return;
        }

        var rows = new List<string?[]>();
        void Add<T>(string field, PackageValue<T>? value, Func<T, string> text)
        {
            if (value is not null)
            {
                var v = value.Provenance;
                rows.Add([t.Fields[field], text(value.Value), AccessTexts.Label(t.Sources, v.Source), v.Client, f.Time(v.ObservedAt), v.Reference]);
            }
        }

        Add("firstName", profile.FirstName, v => v);
        Add("lastName", profile.LastName, v => v);
        Add("organisation", profile.Organisation, Organisation);
        Add("email", profile.Email, v => v);
        Add("phone", profile.Phone, v => v);
        Add("address", profile.Address, Address);
        s.Table([t.Columns["field"], t.Columns["value"], t.Columns["source"], t.Columns["client"], t.Columns["observed"], t.Columns["reference"]], rows);
        if (profile.LastActivityAt is { } last)
        {
            s.Element("p", $"{t.Fields["lastActivity"]}: {f.Time(last)}");
        }
    }

    private static void Orders(HtmlWriter s, AccessPackage p, AccessTexts t, PackageFormat f)
    {
        s.Element("h3", t.Heading("orders"));
        if (p.Orders.Count == 0)
        {
            s.Element("p", t.None);
        }

        foreach (var o in p.Orders)
        {
            s.Element("h4", $"{t.Columns["order"]} {o.OrderId} ({o.OrderRef})");
            s.Table([t.Columns["field"], t.Columns["value"]], new List<string?[]>
            {
                new[] { t.Fields["channel"], $"{AccessTexts.Label(t.Sources, o.Channel)} ({o.Client})" },
                new[] { t.Fields["placedAt"], f.Time(o.PlacedAt) },
                new[] { t.Fields["billTo"], o.BillTo is { } b ? $"{b.FirstName} {b.LastName}{(b.Organisation is { } org ? ", " + Organisation(org) : "")}, {Address(b.Address)}" : t.Erased },
                new[] { t.Fields["paymentMethod"], o.Billing.PaymentMethod },
                new[] { t.Fields["invoiceNumber"], o.Billing.InvoiceNumber ?? (o.Erased ? t.Erased : t.None) },
                new[] { t.Fields["invoiceStatus"], AccessTexts.Label(t.Codes, o.Billing.Status) },
                new[] { t.Fields["dueDate"], o.Billing.DueDate is { } due ? f.Date(due) : t.None },
                new[] { t.Fields["total"], f.Money(o.Total, o.Currency) },
                new[] { t.Fields["retainedUntil"], f.Date(o.RetainedUntil) },
            });
            s.Table([t.Columns["sku"], t.Columns["description"], t.Columns["quantity"], t.Columns["unitPrice"], t.Columns["vat"]],
                o.Lines.Select(l => new[] { l.Sku, l.Description ?? t.Erased, PackageFormat.Number(l.Quantity), f.Money(l.UnitPrice, o.Currency), f.Number(l.VatRate) }));
        }

        s.Element("h3", t.Heading("billing"));
        s.Table([t.Columns["order"], t.Columns["status"], t.Columns["date"]],
            p.BillingHistory.Select(b => new[] { b.OrderRef, AccessTexts.Label(t.Codes, b.Status), f.Date(b.Date) }));
    }

    private static void Preferences(HtmlWriter s, PackagePreferences prefs, AccessTexts t, PackageFormat f)
    {
        s.Element("h3", t.Heading("preferences"));
        s.Table([t.Columns["purpose"], t.Columns["state"], t.Columns["decidedBy"], t.Columns["at"], t.Columns["source"]],
            prefs.Current.Select(c => new[]
            {
                AccessTexts.Label(t.Codes, c.Purpose), AccessTexts.Label(t.Codes, c.State), AccessTexts.Label(t.Codes, c.DecidedBy),
                c.Decision is { } d ? f.Time(d.Provenance.ObservedAt) : null, c.Decision is { } e ? AccessTexts.Label(t.Sources, e.Provenance.Source) : null,
            }));
        s.Element("h3", t.Heading("preferenceHistory"));
        s.Table([t.Columns["at"], t.Columns["purpose"], t.Columns["state"], t.Columns["source"], t.Columns["client"], t.Columns["evidence"], t.Columns["reference"]],
            prefs.History.Select(e => new[]
            {
                f.Time(e.Provenance.ObservedAt), AccessTexts.Label(t.Codes, e.Purpose), AccessTexts.Label(t.Codes, e.State), AccessTexts.Label(t.Sources, e.Provenance.Source),
                e.Provenance.Client, e.Evidence, e.Provenance.Reference ?? e.EventId,
            }));
    }

    private static void Status(HtmlWriter s, AccessPackage p, AccessTexts t, PackageFormat f)
    {
        s.Element("h3", t.Heading("status"));
        var markers = new List<string>();
        if (p.Status.RestrictedSince is { } restricted)
        {
            markers.Add($"{t.Fields["restricted"]}: {f.Time(restricted)}");
        }

        if (p.Status.ErasedAt is { } erased)
        {
            markers.Add($"{t.Fields["erasedAt"]}: {f.Time(erased)}");
        }

        if (p.Status.LegalClaimHoldSince is { } claim)
        {
            markers.Add($"{t.Fields["legalClaim"]}: {f.Time(claim)}");
        }

        s.List(markers.Count == 0 ? [t.None] : markers);
        s.Table([t.Columns["hold"], t.Columns["order"], t.Columns["until"]],
            p.Holds.Select(h => new[] { AccessTexts.Label(t.Codes, h.Kind), h.OrderRef, h.Until is { } until ? f.Date(until) : t.Unknown }));
    }

    private static void Cases(HtmlWriter s, AccessPackage p, AccessTexts t, PackageFormat f)
    {
        s.Element("h3", t.Heading("cases"));
        foreach (var c in p.Cases)
        {
            var r = c.Requester;
            s.Element("h4", c.Reference);
            if (!c.Own)
            {
                s.Element("p", t.Fields["notYours"]);
            }

            s.Table([t.Columns["field"], t.Columns["value"]], new List<string?[]>
            {
                new[] { t.Fields["types"], string.Join(", ", c.Types.Select(x => AccessTexts.Label(t.Codes, x))) },
                new[] { t.Columns["status"], AccessTexts.Label(t.Codes, c.Status) },
                new[] { t.Fields["received"], f.Time(c.ReceivedAt) },
                new[] { t.Fields["deadline"], f.Date(c.Deadline) },
                new[] { t.Fields["verification"], c.VerificationMethod },
                new[] { t.Fields["decided"], string.Join(", ", c.DecidedActions.Select(x => AccessTexts.Label(t.Codes, x))) },
                new[] { t.Fields["requesterEmail"], r.Email },
                new[] { t.Fields["requesterName"], r.Name },
                new[] { t.Fields["subject"], r.Subject },
                new[] { t.Fields["message"], r.Body },
                new[] { t.Fields["customerNumbers"], string.Join(", ", r.CustomerNumbers) },
                new[] { t.Fields["orderNumbers"], string.Join(", ", r.OrderNumbers) },
            });
            s.Table([t.Columns["at"], t.Columns["kind"], t.Columns["by"], t.Columns["status"], t.Columns["detail"]],
                c.Timeline.Select(e => new[]
                {
                    f.Time(e.At), AccessTexts.Label(t.Codes, e.Kind), AccessTexts.Label(t.Codes, e.By), e.StatusAfter is { } st ? AccessTexts.Label(t.Codes, st) : null, e.Detail,
                }));
        }
    }

    private static string Organisation(Organisation o) => o.BusinessId is { } id ? $"{o.Name} ({id.Value})" : o.Name;

    private static string Address(PostalAddress a) => $"{a.Street}, {a.PostalCode} {a.City}, {a.Country}";
}
