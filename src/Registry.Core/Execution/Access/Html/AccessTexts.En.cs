using System.Globalization;

namespace Registry.Execution.Access.Html;

/// <summary>The English document.</summary>
internal static class EnglishAccessTexts
{
    public static AccessTexts Texts { get; } = new()
    {
        Culture = CultureInfo.GetCultureInfo("en-GB"),
        DateFormat = "d MMMM yyyy",
        TimeFormat = "d MMMM yyyy HH:mm",
        Title = "Your personal data in Tailorframe's customer register",
        Lead = "This is our answer to your access request {0} (Article 15 GDPR). Yes, we process personal data about you. Below is everything our customer register held about you on {1}, and what we do with it. The controller is {2}.",
        NoCustomerData = "Our customer register holds no customer data about you (no contact details, orders or marketing choices). We hold only your privacy requests, listed below.",
        ControllerHeading = "Controller and contact",
        Headings = new Dictionary<string, string>
        {
            ["purposes"] = "1. Why we process your data and on what legal basis (Art. 15(1)(a))",
            ["categories"] = "2. Categories of data we hold (Art. 15(1)(b))",
            ["data"] = "3. Your data, and where each value came from (Art. 15(1)(g))",
            ["contact"] = "3.1 Contact details",
            ["orders"] = "3.2 Orders",
            ["billing"] = "3.3 Invoice status changes",
            ["preferences"] = "3.4 Marketing choices today",
            ["preferenceHistory"] = "3.5 Every marketing choice recorded",
            ["status"] = "3.6 Restrictions and holds",
            ["cases"] = "3.7 Your privacy requests",
            ["recipients"] = "4. Recipients (Art. 15(1)(c) and 15(2))",
            ["retention"] = "5. How long we keep your data and why (Art. 15(1)(d))",
            ["rights"] = "6. Your rights (Art. 15(1)(e))",
            ["complaint"] = "7. Complaint to the supervisory authority (Art. 15(1)(f))",
            ["sources"] = "8. Where your data comes from (Art. 15(1)(g))",
            ["automated"] = "9. Automated decision-making (Art. 15(1)(h))",
            ["copy"] = "10. About this copy (Art. 15(3), Art. 20)",
        },
        Columns = new Dictionary<string, string>
        {
            ["field"] = "Data", ["value"] = "Value", ["source"] = "Source", ["client"] = "Delivered by", ["observed"] = "True at source on",
            ["reference"] = "Record", ["purpose"] = "Purpose", ["basis"] = "Legal basis", ["state"] = "State", ["decidedBy"] = "Decided by",
            ["at"] = "When", ["evidence"] = "Evidence", ["recipient"] = "Recipient", ["categories"] = "Data disclosed", ["category"] = "Category",
            ["until"] = "Kept until", ["rule"] = "Why", ["order"] = "Order", ["status"] = "Status", ["date"] = "Date", ["kind"] = "Event",
            ["by"] = "By", ["detail"] = "Details", ["sku"] = "Product code", ["description"] = "Description", ["quantity"] = "Quantity",
            ["unitPrice"] = "Unit price", ["vat"] = "VAT %", ["hold"] = "Hold",
        },
        Fields = new Dictionary<string, string>
        {
            ["firstName"] = "First name", ["lastName"] = "Last name", ["organisation"] = "Organisation", ["businessId"] = "Business ID",
            ["email"] = "E-mail", ["phone"] = "Phone", ["address"] = "Postal address", ["lastActivity"] = "Last activity",
            ["orderId"] = "Order number", ["channel"] = "Placed at", ["placedAt"] = "Placed on", ["billTo"] = "Invoiced to",
            ["paymentMethod"] = "Payment method", ["invoiceNumber"] = "Invoice number", ["invoiceStatus"] = "Invoice status",
            ["dueDate"] = "Due date", ["total"] = "Total", ["retainedUntil"] = "Kept until", ["restricted"] = "Processing restricted since",
            ["erasedAt"] = "Erased (except held data) on", ["legalClaim"] = "Held for a legal claim since", ["types"] = "Request",
            ["received"] = "Received", ["deadline"] = "Deadline", ["verification"] = "Identity verified by", ["decided"] = "Decided",
            ["requesterEmail"] = "Your address", ["requesterName"] = "Your name", ["subject"] = "Subject line", ["message"] = "Your message",
            ["customerNumbers"] = "Customer numbers you gave", ["orderNumbers"] = "Order numbers you gave", ["subjectId"] = "Your customer identifier",
            ["notYours"] = "A case about you that someone else wrote: the writer's details and messages are not shown.",
        },
        Purposes = new Dictionary<string, (string, string)>
        {
            ["customer_relationship"] = ("Keeping our customer register and managing our customer relationship with you [S1]", "Art. 6(1)(b) contract and 6(1)(f) legitimate interest"),
            ["orders"] = ("Handling, delivering, invoicing and archiving your orders [S1]", "Art. 6(1)(b) contract"),
            ["accounting"] = ("Keeping the accounting records the Accounting Act requires", "Art. 6(1)(c) legal obligation (Accounting Act 1336/1997)"),
            ["business_development"] = ("Developing our business and statistics [S1]", "Art. 6(1)(f) legitimate interest"),
            ["direct_marketing"] = ("Direct advertising, distance selling, direct marketing and market research in our own registers, unless you object [S1, S8]", "Art. 6(1)(f) legitimate interest, or your consent; you may object at any time (Art. 21(2)-(3))"),
            ["targeted_content"] = ("More personal, targeted content in our online services, only with your consent [S1]", "Art. 6(1)(a) consent"),
            ["subject_requests"] = ("Handling your privacy requests and showing that we did", "Art. 6(1)(c) legal obligation (GDPR Art. 12-22, 5(2))"),
        },
        Categories = new Dictionary<string, string>
        {
            ["name"] = "First and last name", ["organisation"] = "The organisation you represent", ["email"] = "E-mail address",
            ["postal_address"] = "Postal address", ["phone"] = "Phone number", ["orders"] = "Previous orders", ["billing"] = "Billing data",
            ["preferences"] = "Your marketing choices (objections and consents)", ["disclosures"] = "Record of disclosures to recipients",
            ["cases"] = "Your privacy requests and how they were handled",
        },
        Sources = new Dictionary<string, string>
        {
            ["webshop"] = "Our web shop", ["store"] = "Our stores", ["reseller"] = "Our resellers", ["registration"] = "Your registration",
            ["customer_notice"] = "Notices you gave us", ["update_service"] = "Address and name update services of authorities and companies",
            ["subcontractor"] = "Subcontractors providing the service", ["partner_digital_services"] = "Partners' digital services you signed in to through an invitation link",
            ["preference_page"] = "Your choices on our preference page", ["email"] = "Your e-mail to us", ["customer_service"] = "Our customer service",
            ["unsubscribe_link"] = "An unsubscribe link you used", ["suppression_list"] = "Your earlier objection, kept on our suppression list",
            ["rectification"] = "A correction you asked for",
        },
        RecipientCategories = new Dictionary<string, string>
        {
            ["credit_decision_provider"] = "A credit information provider, to support a credit decision [S4]",
            ["debt_collection"] = "A debt collection agency, for an unpaid invoice [S4]",
            ["invoicing_service"] = "Our invoicing service [S4]",
            ["authorities"] = "Authorities, where the law requires [S4]",
            ["processors"] = "Service providers who process data on our behalf under contract (IT services, Microsoft Azure in the EU) [S1]",
        },
        Codes = new Dictionary<string, string>
        {
            ["direct_advertising"] = "Direct advertising", ["distance_selling"] = "Distance selling", ["direct_marketing"] = "Direct marketing",
            ["market_research"] = "Market and opinion research", ["targeted_content"] = "Targeted content (profiling)", ["publication"] = "Publication",
            ["consented"] = "Allowed", ["objected"] = "Forbidden (you objected)", ["recorded"] = "Your choice", ["default"] = "No choice made: our default",
            ["direct_marketing_objection"] = "Your objection to direct marketing",
            ["open"] = "Open", ["paid"] = "Paid", ["in_collection"] = "In debt collection",
            ["open_invoice"] = "Open invoice", ["debt_collection"] = "Debt collection", ["accounting_retention"] = "Accounting Act retention", ["legal_claim"] = "Legal claim",
            ["received"] = "Received", ["awaiting_verification"] = "Awaiting identity verification", ["verified"] = "Verified", ["in_progress"] = "In progress",
            ["completed"] = "Completed", ["partially_completed"] = "Partially completed", ["refused"] = "Refused", ["withdrawn"] = "Withdrawn",
            ["opened"] = "Request received", ["acknowledged"] = "Acknowledged", ["reply_received"] = "Your reply received",
            ["verification_requested"] = "Identity verification asked", ["subject_linked"] = "Linked to your customer data", ["extended"] = "Deadline extended",
            ["note_added"] = "Note", ["actions_decided"] = "Decided", ["action_executed"] = "Carried out", ["action_partially_executed"] = "Partly carried out", ["decision_refused"] = "Not carried out (decision for another person)",
            ["access"] = "Access", ["rectification"] = "Rectification", ["erasure"] = "Erasure", ["objection"] = "Objection", ["restriction"] = "Restriction",
            ["anonymisation"] = "Anonymisation", ["consent"] = "Your consent", ["legitimate_interest"] = "Legitimate interest",
            ["system"] = "The register", ["mailbox"] = "Privacy mailbox", ["staff"] = "Our privacy staff",
        },
        RetentionRules = new Dictionary<string, string>
        {
            ["accounting_act"] = "Accounting Act 1336/1997 ch. 2 §10: order and billing records are vouchers, kept to 31 December of the {0}th year after the financial year ended. During that time they are used for nothing else.",
            ["inactive_profile"] = "Company policy: contact details, marketing choices and the disclosure record are kept while you are our customer, and anonymised {0} years after your last order or choice (the date shown moves if you order again). You may ask for erasure earlier.",
            ["case_file"] = "Evidence that we handled your requests lawfully (Art. 5(2)): kept {0} years after the case closes.",
            ["access_package"] = "This copy is deleted {0} days after it was made.",
        },
        RecipientsIntro = "We disclose data only to the kinds of recipients listed in our privacy notice:",
        NoDisclosures = "Your data has not been disclosed to any recipient outside the company.",
        Transfers = "Your data is stored only in the European Union and is not transferred outside the EU/EEA [S5].",
        SourcesIntro = "Section 3 shows for each value where it came from. Our regular sources are:",
        Rights = [
            "Rectification (Art. 16): you may have wrong, incomplete or outdated data corrected. We tell those we got it from or gave it to (Art. 19).",
            "Erasure (Art. 17): you may have your data erased unless the law, an open invoice or debt collection requires us to keep part of it; we then tell you what we keep and until when.",
            "Restriction (Art. 18): you may ask that we only store your data while, for example, its accuracy is checked.",
            "Objection (Art. 21): you may object at any time to direct advertising, distance selling, direct marketing and market research, and to processing based on our legitimate interest.",
            "Withdrawing consent (Art. 7(3)): you may withdraw any consent at any time; this does not affect earlier processing.",
            "Data portability (Art. 20): the JSON file delivered with this document is a machine-readable copy of the data you gave us.",
        ],
        RightsHow = "To use a right, write to us (address above) in Finnish, Swedish or English and quote your case reference. The unsubscribe link in our e-mails and our preference page record an objection at once.",
        Complaint = [
            "You have the right to lodge a complaint with the Data Protection Ombudsman (tietosuojavaltuutettu), the Finnish supervisory authority (Art. 77):",
            "Office of the Data Protection Ombudsman",
            "Postal address: P.O. Box 800, FI-00531 Helsinki, Finland",
            "Visiting address: Lintulahdenkuja 4, FI-00530 Helsinki",
            "E-mail: tietosuoja@om.fi",
            "Telephone (switchboard): +358 29 566 6700",
            "www.tietosuoja.fi",
        ],
        Automated = "We make no decisions about you based solely on automated processing, including profiling, that have legal or similarly significant effects (Art. 22). Marketing lists only leave out people who objected; nothing is decided about you by a machine.",
        AboutCopy = "The same data is in the machine-readable file {0} (JSON, format {2}). Both files are deleted on {1}; save them if you wish to keep them.",
        None = "none",
        Erased = "erased",
        Unknown = "not known",
    };
}
