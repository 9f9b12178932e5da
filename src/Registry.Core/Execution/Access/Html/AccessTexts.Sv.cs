using System.Globalization;

namespace Registry.Execution.Access.Html;

/// <summary>The Swedish document (Finland's second official language; terms as in the Swedish text of the GDPR).</summary>
internal static class SwedishAccessTexts
{
    public static AccessTexts Texts { get; } = new()
    {
        Culture = CultureInfo.GetCultureInfo("sv-FI"),
        DateFormat = "d MMMM yyyy",
        TimeFormat = "d MMMM yyyy 'kl.' HH.mm",
        Title = "Dina personuppgifter i Tailorframes kundregister",
        Lead = "Detta är vårt svar på din begäran om tillgång {0} (artikel 15 i dataskyddsförordningen). Ja, vi behandlar personuppgifter om dig. Nedan finns allt som vårt kundregister innehöll om dig den {1}, och vad vi gör med det. Personuppgiftsansvarig är {2}.",
        NoCustomerData = "Vårt kundregister innehåller inga kunduppgifter om dig (inga kontaktuppgifter, beställningar eller marknadsföringsval). Vi har endast dina begäranden om dataskydd, som förtecknas nedan.",
        ControllerHeading = "Personuppgiftsansvarig och kontakt",
        Headings = new Dictionary<string, string>
        {
            ["purposes"] = "1. Varför vi behandlar dina uppgifter och med vilken rättslig grund (art. 15.1 a)",
            ["categories"] = "2. Kategorier av uppgifter som vi har (art. 15.1 b)",
            ["data"] = "3. Dina uppgifter, och varifrån varje värde kommer (art. 15.1 g)",
            ["contact"] = "3.1 Kontaktuppgifter",
            ["orders"] = "3.2 Beställningar",
            ["billing"] = "3.3 Ändringar i fakturornas status",
            ["preferences"] = "3.4 Marknadsföringsval i dag",
            ["preferenceHistory"] = "3.5 Alla registrerade marknadsföringsval",
            ["status"] = "3.6 Begränsningar och kvarhållanden",
            ["cases"] = "3.7 Dina begäranden om dataskydd",
            ["recipients"] = "4. Mottagare (art. 15.1 c och 15.2)",
            ["retention"] = "5. Hur länge vi sparar dina uppgifter och varför (art. 15.1 d)",
            ["rights"] = "6. Dina rättigheter som registrerad (art. 15.1 e)",
            ["complaint"] = "7. Klagomål till tillsynsmyndigheten (art. 15.1 f)",
            ["sources"] = "8. Varifrån dina uppgifter kommer (art. 15.1 g)",
            ["automated"] = "9. Automatiserat beslutsfattande (art. 15.1 h)",
            ["copy"] = "10. Om denna kopia (art. 15.3, art. 20)",
        },
        Columns = new Dictionary<string, string>
        {
            ["field"] = "Uppgift", ["value"] = "Värde", ["source"] = "Källa", ["client"] = "Levererad av", ["observed"] = "Gällande vid källan den",
            ["reference"] = "Post", ["purpose"] = "Ändamål", ["basis"] = "Rättslig grund", ["state"] = "Läge", ["decidedBy"] = "Beslutat av",
            ["at"] = "När", ["evidence"] = "Bevis", ["recipient"] = "Mottagare", ["categories"] = "Utlämnade uppgifter", ["category"] = "Kategori",
            ["until"] = "Sparas till", ["rule"] = "Varför", ["order"] = "Beställning", ["status"] = "Status", ["date"] = "Datum", ["kind"] = "Händelse",
            ["by"] = "Av", ["detail"] = "Detaljer", ["sku"] = "Produktkod", ["description"] = "Beskrivning", ["quantity"] = "Antal",
            ["unitPrice"] = "Styckpris", ["vat"] = "Moms %", ["hold"] = "Kvarhållande",
        },
        Fields = new Dictionary<string, string>
        {
            ["firstName"] = "Förnamn", ["lastName"] = "Efternamn", ["organisation"] = "Organisation", ["businessId"] = "FO-nummer",
            ["email"] = "E-post", ["phone"] = "Telefon", ["address"] = "Postadress", ["lastActivity"] = "Senaste aktivitet",
            ["orderId"] = "Ordernummer", ["channel"] = "Gjord i", ["placedAt"] = "Gjord den", ["billTo"] = "Fakturerad till",
            ["paymentMethod"] = "Betalningssätt", ["invoiceNumber"] = "Fakturanummer", ["invoiceStatus"] = "Fakturans status",
            ["dueDate"] = "Förfallodag", ["total"] = "Totalt", ["retainedUntil"] = "Sparas till", ["restricted"] = "Behandlingen begränsad sedan",
            ["erasedAt"] = "Raderad (utom kvarhållna uppgifter) den", ["legalClaim"] = "Kvarhållen för rättsligt anspråk sedan", ["types"] = "Begäran",
            ["received"] = "Mottagen", ["deadline"] = "Tidsfrist", ["verification"] = "Identiteten kontrollerad genom", ["decided"] = "Beslutat",
            ["requesterEmail"] = "Din adress", ["requesterName"] = "Ditt namn", ["subject"] = "Ämnesrad", ["message"] = "Ditt meddelande",
            ["customerNumbers"] = "Kundnummer du angav", ["orderNumbers"] = "Ordernummer du angav", ["subjectId"] = "Din kundidentifierare",
            ["notYours"] = "Ett ärende om dig som någon annan har skrivit: skribentens uppgifter och meddelanden visas inte.",
        },
        Purposes = new Dictionary<string, (string, string)>
        {
            ["customer_relationship"] = ("Att föra vårt kundregister och sköta vår kundrelation med dig [S1]", "Art. 6.1 b avtal och 6.1 f berättigat intresse"),
            ["orders"] = ("Att hantera, leverera, fakturera och arkivera dina beställningar [S1]", "Art. 6.1 b avtal"),
            ["accounting"] = ("Att föra den bokföring som bokföringslagen kräver", "Art. 6.1 c rättslig förpliktelse (bokföringslagen 1336/1997)"),
            ["business_development"] = ("Att utveckla vår verksamhet och statistik [S1]", "Art. 6.1 f berättigat intresse"),
            ["direct_marketing"] = ("Direktreklam, distansförsäljning, direktmarknadsföring och marknadsundersökningar i våra egna register, om du inte invänder [S1, S8]", "Art. 6.1 f berättigat intresse, eller ditt samtycke; du kan när som helst invända (art. 21.2–21.3)"),
            ["targeted_content"] = ("Mer personligt, riktat innehåll i våra nättjänster, endast med ditt samtycke [S1]", "Art. 6.1 a samtycke"),
            ["subject_requests"] = ("Att hantera dina begäranden om dataskydd och visa att vi gjorde det", "Art. 6.1 c rättslig förpliktelse (dataskyddsförordningen art. 12–22, 5.2)"),
        },
        Categories = new Dictionary<string, string>
        {
            ["name"] = "För- och efternamn", ["organisation"] = "Den organisation du företräder", ["email"] = "E-postadress",
            ["postal_address"] = "Postadress", ["phone"] = "Telefonnummer", ["orders"] = "Tidigare beställningar", ["billing"] = "Faktureringsuppgifter",
            ["preferences"] = "Dina marknadsföringsval (invändningar och samtycken)", ["disclosures"] = "Förteckning över utlämnanden till mottagare",
            ["cases"] = "Dina begäranden om dataskydd och hur de hanterades",
        },
        Sources = new Dictionary<string, string>
        {
            ["webshop"] = "Vår webbutik", ["store"] = "Våra butiker", ["reseller"] = "Våra återförsäljare", ["registration"] = "Din registrering",
            ["customer_notice"] = "Meddelanden som du har gett oss", ["update_service"] = "Myndigheters och företags tjänster för uppdatering av adresser och namn",
            ["subcontractor"] = "Underleverantörer som tillhandahåller tjänsten", ["partner_digital_services"] = "Partners digitala tjänster som du loggade in i via en inbjudningslänk",
            ["preference_page"] = "Dina val på vår inställningssida", ["email"] = "Ditt e-postmeddelande till oss", ["customer_service"] = "Vår kundtjänst",
            ["unsubscribe_link"] = "En avregistreringslänk som du använde", ["suppression_list"] = "Din tidigare invändning, sparad i vår spärrlista",
            ["rectification"] = "En rättelse som du begärde",
        },
        RecipientCategories = new Dictionary<string, string>
        {
            ["credit_decision_provider"] = "En kreditupplysningsleverantör, som stöd för ett kreditbeslut [S4]",
            ["debt_collection"] = "En inkassobyrå, för en obetald faktura [S4]",
            ["invoicing_service"] = "Vår faktureringstjänst [S4]",
            ["authorities"] = "Myndigheter, där lagen kräver det [S4]",
            ["processors"] = "Tjänsteleverantörer som behandlar uppgifter för vår räkning enligt avtal (IT-tjänster, Microsoft Azure i EU) [S1]",
        },
        Codes = new Dictionary<string, string>
        {
            ["direct_advertising"] = "Direktreklam", ["distance_selling"] = "Distansförsäljning", ["direct_marketing"] = "Direktmarknadsföring",
            ["market_research"] = "Marknads- och opinionsundersökningar", ["targeted_content"] = "Riktat innehåll (profilering)", ["publication"] = "Publicering",
            ["consented"] = "Tillåtet", ["objected"] = "Förbjudet (du invände)", ["recorded"] = "Ditt val", ["default"] = "Inget val gjort: vårt standardval",
            ["direct_marketing_objection"] = "Din invändning mot direktmarknadsföring",
            ["open"] = "Öppen", ["paid"] = "Betald", ["in_collection"] = "Under indrivning",
            ["open_invoice"] = "Öppen faktura", ["debt_collection"] = "Indrivning", ["accounting_retention"] = "Lagring enligt bokföringslagen", ["legal_claim"] = "Rättsligt anspråk",
            ["received"] = "Mottagen", ["awaiting_verification"] = "Väntar på identitetskontroll", ["verified"] = "Kontrollerad", ["in_progress"] = "Under behandling",
            ["completed"] = "Slutförd", ["partially_completed"] = "Delvis slutförd", ["refused"] = "Avslagen", ["withdrawn"] = "Återtagen",
            ["opened"] = "Begäran mottagen", ["acknowledged"] = "Mottagningsbekräftelse skickad", ["reply_received"] = "Ditt svar mottaget",
            ["verification_requested"] = "Identitetskontroll begärd", ["subject_linked"] = "Kopplad till dina kunduppgifter", ["extended"] = "Tidsfristen förlängd",
            ["note_added"] = "Anteckning", ["actions_decided"] = "Beslutat", ["action_executed"] = "Genomfört", ["action_partially_executed"] = "Delvis genomfört", ["decision_refused"] = "Inte genomfört (beslut för en annan person)",
            ["access"] = "Tillgång", ["rectification"] = "Rättelse", ["erasure"] = "Radering", ["objection"] = "Invändning", ["restriction"] = "Begränsning",
            ["anonymisation"] = "Anonymisering", ["consent"] = "Ditt samtycke", ["legitimate_interest"] = "Berättigat intresse",
            ["system"] = "Registret", ["mailbox"] = "Dataskyddsbrevlådan", ["staff"] = "Vår dataskyddspersonal",
        },
        RetentionRules = new Dictionary<string, string>
        {
            ["accounting_act"] = "Bokföringslagen 1336/1997 2 kap. 10 §: order- och faktureringsuppgifter är verifikationer och sparas till den 31 december det {0}:e året efter räkenskapsperiodens utgång. Under den tiden används de inte till något annat.",
            ["inactive_profile"] = "Företagets praxis: kontaktuppgifter, marknadsföringsval och förteckningen över utlämnanden sparas så länge du är vår kund och anonymiseras {0} år efter din senaste beställning eller ditt senaste val (datumet flyttas om du beställer igen). Du kan begära radering tidigare.",
            ["case_file"] = "Bevis på att vi hanterade dina begäranden lagenligt (art. 5.2): sparas {0} år efter att ärendet avslutats.",
            ["access_package"] = "Denna kopia raderas {0} dagar efter att den gjordes.",
        },
        RecipientsIntro = "Vi lämnar ut uppgifter endast till de slag av mottagare som vår dataskyddsbeskrivning anger:",
        NoDisclosures = "Dina uppgifter har inte lämnats ut till någon mottagare utanför företaget.",
        Transfers = "Dina uppgifter lagras endast i Europeiska unionen och överförs inte utanför EU/EES [S5].",
        SourcesIntro = "Avsnitt 3 visar för varje värde varifrån det kommer. Våra regelbundna källor är:",
        Rights = [
            "Rättelse (art. 16): du kan få felaktiga, ofullständiga eller föråldrade uppgifter rättade. Vi meddelar dem som vi fick dem från eller lämnade ut dem till (art. 19).",
            "Radering (art. 17): du kan få dina uppgifter raderade om inte lagen, en obetald faktura eller indrivning kräver att vi sparar en del av dem; då berättar vi vad vi sparar och till när.",
            "Begränsning (art. 18): du kan begära att vi endast lagrar dina uppgifter medan till exempel deras riktighet kontrolleras.",
            "Invändning (art. 21): du kan när som helst invända mot direktreklam, distansförsäljning, direktmarknadsföring och marknadsundersökningar, och mot behandling som grundar sig på vårt berättigade intresse.",
            "Återkallande av samtycke (art. 7.3): du kan när som helst återkalla ett samtycke; det påverkar inte tidigare behandling.",
            "Dataportabilitet (art. 20): JSON-filen som levereras med detta dokument är en maskinläsbar kopia av de uppgifter du har gett oss.",
        ],
        RightsHow = "För att utöva en rättighet, skriv till oss (adressen ovan) på finska, svenska eller engelska och ange ärendets referens. Avregistreringslänken i våra e-postmeddelanden och vår inställningssida registrerar en invändning genast.",
        Complaint = [
            "Du har rätt att lämna in ett klagomål till dataombudsmannen, den finska tillsynsmyndigheten (art. 77):",
            "Dataombudsmannens byrå",
            "Postadress: PB 800, 00531 Helsingfors",
            "Besöksadress: Fågelviksgränden 4, 00530 Helsingfors",
            "E-post: tietosuoja@om.fi",
            "Telefon (växel): 029 566 6700",
            "www.tietosuoja.fi/sv",
        ],
        Automated = "Vi fattar inga beslut om dig som enbart grundar sig på automatiserad behandling, inbegripet profilering, och som har rättsliga eller liknande betydande följder (art. 22). Marknadsföringslistor utelämnar endast personer som har invänt; ingenting beslutas om dig av en maskin.",
        AboutCopy = "Samma uppgifter finns i den maskinläsbara filen {0} (JSON, format {2}). Båda filerna raderas den {1}; spara dem om du vill behålla dem.",
        None = "inga",
        Erased = "raderad",
        Unknown = "okänt",
    };
}
