using System.Globalization;

namespace Registry.Execution.Access.Html;

/// <summary>Suomenkielinen asiakirja (the Finnish document).</summary>
internal static class FinnishAccessTexts
{
    public static AccessTexts Texts { get; } = new()
    {
        Culture = CultureInfo.GetCultureInfo("fi-FI"),
        DateFormat = "d.M.yyyy",
        TimeFormat = "d.M.yyyy 'klo' HH.mm",
        Title = "Henkilötietonne Tailorframen asiakasrekisterissä",
        Lead = "Tämä on vastauksemme tarkastuspyyntöönne {0} (EU:n yleinen tietosuoja-asetus, 15 artikla). Käsittelemme teitä koskevia henkilötietoja. Alla on kaikki, mitä asiakasrekisterissämme oli teistä {1}, ja mihin tietoja käytämme. Rekisterinpitäjä on {2}.",
        NoCustomerData = "Asiakasrekisterissämme ei ole teistä asiakastietoja (ei yhteystietoja, tilauksia eikä markkinointivalintoja). Meillä on vain alla luetellut tietosuojapyyntönne.",
        ControllerHeading = "Rekisterinpitäjä ja yhteyshenkilö",
        Headings = new Dictionary<string, string>
        {
            ["purposes"] = "1. Miksi käsittelemme tietojanne ja millä perusteella (15 art. 1 kohdan a alakohta)",
            ["categories"] = "2. Mitä tietoryhmiä meillä on (15 art. 1 kohdan b alakohta)",
            ["data"] = "3. Tietonne ja mistä kukin tieto on saatu (15 art. 1 kohdan g alakohta)",
            ["contact"] = "3.1 Yhteystiedot",
            ["orders"] = "3.2 Tilaukset",
            ["billing"] = "3.3 Laskun tilan muutokset",
            ["preferences"] = "3.4 Markkinointivalintanne nyt",
            ["preferenceHistory"] = "3.5 Kaikki kirjatut markkinointivalinnat",
            ["status"] = "3.6 Rajoitukset ja säilytysvelvoitteet",
            ["cases"] = "3.7 Tietosuojapyyntönne",
            ["recipients"] = "4. Vastaanottajat (15 art. 1 kohdan c alakohta ja 2 kohta)",
            ["retention"] = "5. Kuinka kauan tietoja säilytetään ja miksi (15 art. 1 kohdan d alakohta)",
            ["rights"] = "6. Oikeutenne (15 art. 1 kohdan e alakohta)",
            ["complaint"] = "7. Valitus valvontaviranomaiselle (15 art. 1 kohdan f alakohta)",
            ["sources"] = "8. Mistä tietonne saadaan (15 art. 1 kohdan g alakohta)",
            ["automated"] = "9. Automaattinen päätöksenteko (15 art. 1 kohdan h alakohta)",
            ["copy"] = "10. Tästä jäljennöksestä (15 art. 3 kohta, 20 art.)",
        },
        Columns = new Dictionary<string, string>
        {
            ["field"] = "Tieto", ["value"] = "Arvo", ["source"] = "Lähde", ["client"] = "Toimittaja", ["observed"] = "Voimassa lähteessä",
            ["reference"] = "Tietue", ["purpose"] = "Käyttötarkoitus", ["basis"] = "Käsittelyperuste", ["state"] = "Tila", ["decidedBy"] = "Peruste",
            ["at"] = "Aika", ["evidence"] = "Näyttö", ["recipient"] = "Vastaanottaja", ["categories"] = "Luovutetut tiedot", ["category"] = "Tietoryhmä",
            ["until"] = "Säilytetään asti", ["rule"] = "Miksi", ["order"] = "Tilaus", ["status"] = "Tila", ["date"] = "Päivä", ["kind"] = "Tapahtuma",
            ["by"] = "Tekijä", ["detail"] = "Tiedot", ["sku"] = "Tuotekoodi", ["description"] = "Kuvaus", ["quantity"] = "Määrä",
            ["unitPrice"] = "Yksikköhinta", ["vat"] = "ALV %", ["hold"] = "Säilytysperuste",
        },
        Fields = new Dictionary<string, string>
        {
            ["firstName"] = "Etunimi", ["lastName"] = "Sukunimi", ["organisation"] = "Yhteisö", ["businessId"] = "Y-tunnus",
            ["email"] = "Sähköposti", ["phone"] = "Puhelin", ["address"] = "Postiosoite", ["lastActivity"] = "Viimeisin asiointi",
            ["orderId"] = "Tilausnumero", ["channel"] = "Tilauskanava", ["placedAt"] = "Tilattu", ["billTo"] = "Laskutettu",
            ["paymentMethod"] = "Maksutapa", ["invoiceNumber"] = "Laskun numero", ["invoiceStatus"] = "Laskun tila",
            ["dueDate"] = "Eräpäivä", ["total"] = "Yhteensä", ["retainedUntil"] = "Säilytetään asti", ["restricted"] = "Käsittely rajoitettu alkaen",
            ["erasedAt"] = "Poistettu (paitsi säilytettävät tiedot)", ["legalClaim"] = "Säilytetään oikeusvaateen vuoksi alkaen", ["types"] = "Pyyntö",
            ["received"] = "Vastaanotettu", ["deadline"] = "Määräaika", ["verification"] = "Henkilöllisyys varmistettu", ["decided"] = "Päätetty",
            ["requesterEmail"] = "Osoitteenne", ["requesterName"] = "Nimenne", ["subject"] = "Aihe", ["message"] = "Viestinne",
            ["customerNumbers"] = "Antamanne asiakasnumerot", ["orderNumbers"] = "Antamanne tilausnumerot", ["subjectId"] = "Asiakastunnisteenne",
            ["notYours"] = "Teitä koskeva asia, jonka joku muu on kirjoittanut: kirjoittajan tietoja ja viestejä ei näytetä.",
        },
        Purposes = new Dictionary<string, (string, string)>
        {
            ["customer_relationship"] = ("Asiakasrekisterin ylläpito ja asiakassuhteen hoitaminen [S1]", "6 art. 1 kohdan b alakohta (sopimus) ja f alakohta (oikeutettu etu)"),
            ["orders"] = ("Tilausten käsittely, toimitus, laskutus ja arkistointi [S1]", "6 art. 1 kohdan b alakohta (sopimus)"),
            ["accounting"] = ("Kirjanpitolain edellyttämä kirjanpitoaineiston säilyttäminen", "6 art. 1 kohdan c alakohta (lakisääteinen velvoite, kirjanpitolaki 1336/1997)"),
            ["business_development"] = ("Liiketoiminnan kehittäminen ja tilastointi [S1]", "6 art. 1 kohdan f alakohta (oikeutettu etu)"),
            ["direct_marketing"] = ("Suoramainonta, etämyynti, suoramarkkinointi sekä markkina- ja mielipidetutkimus omissa rekistereissämme, ellette ole kieltänyt sitä [S1, S8]", "6 art. 1 kohdan f alakohta (oikeutettu etu) tai suostumuksenne; voitte kieltää sen milloin tahansa (21 art. 2–3 kohta)"),
            ["targeted_content"] = ("Henkilökohtaisempi, kohdennettu sisältö verkkopalveluissamme, vain suostumuksellanne [S1]", "6 art. 1 kohdan a alakohta (suostumus)"),
            ["subject_requests"] = ("Tietosuojapyyntöjenne käsittely ja sen osoittaminen", "6 art. 1 kohdan c alakohta (lakisääteinen velvoite, tietosuoja-asetuksen 12–22 art. ja 5 art. 2 kohta)"),
        },
        Categories = new Dictionary<string, string>
        {
            ["name"] = "Etu- ja sukunimi", ["organisation"] = "Edustamanne yhteisö", ["email"] = "Sähköpostiosoite",
            ["postal_address"] = "Postiosoite", ["phone"] = "Puhelinnumero", ["orders"] = "Tiedot aikaisemmista tilauksista",
            ["billing"] = "Laskutukseen liittyvät tiedot", ["preferences"] = "Markkinointivalintanne (kiellot ja suostumukset)",
            ["disclosures"] = "Kirjanpito tietojen luovutuksista", ["cases"] = "Tietosuojapyyntönne ja niiden käsittely",
        },
        Sources = new Dictionary<string, string>
        {
            ["webshop"] = "Verkkokauppamme", ["store"] = "Myymälämme", ["reseller"] = "Jälleenmyyjämme", ["registration"] = "Rekisteröitymisenne",
            ["customer_notice"] = "Teiltä saadut ilmoitukset", ["update_service"] = "Viranomaisten ja yritysten nimi- ja osoitepäivityspalvelut",
            ["subcontractor"] = "Palvelun tuottamiseen liittyvät alihankkijat", ["partner_digital_services"] = "Yhteistyökumppaneiden digitaaliset palvelut, joihin olette kirjautunut kutsulinkin kautta",
            ["preference_page"] = "Valintanne asetussivullamme", ["email"] = "Sähköpostinne meille", ["customer_service"] = "Asiakaspalvelumme",
            ["unsubscribe_link"] = "Käyttämänne peruutuslinkki", ["suppression_list"] = "Aiempi kieltonne, joka on kieltolistallamme",
            ["rectification"] = "Pyytämänne oikaisu",
        },
        RecipientCategories = new Dictionary<string, string>
        {
            ["credit_decision_provider"] = "Luottotietopalvelu luottopäätöksen tueksi [S4]",
            ["debt_collection"] = "Perintätoimisto maksamattoman laskun perintään [S4]",
            ["invoicing_service"] = "Laskutuspalvelumme [S4]",
            ["authorities"] = "Viranomaiset, kun laki sitä edellyttää [S4]",
            ["processors"] = "Palveluntarjoajat, jotka käsittelevät tietoja puolestamme sopimuksen perusteella (tietotekniikkapalvelut, Microsoft Azure EU:ssa) [S1]",
        },
        Codes = new Dictionary<string, string>
        {
            ["direct_advertising"] = "Suoramainonta", ["distance_selling"] = "Etämyynti", ["direct_marketing"] = "Suoramarkkinointi",
            ["market_research"] = "Markkina- ja mielipidetutkimus", ["targeted_content"] = "Kohdennettu sisältö (profilointi)", ["publication"] = "Julkaiseminen",
            ["consented"] = "Sallittu", ["objected"] = "Kielletty (olette kieltänyt)", ["recorded"] = "Oma valintanne", ["default"] = "Ei valintaa: oletus",
            ["direct_marketing_objection"] = "Suoramarkkinointikieltonne",
            ["open"] = "Avoin", ["paid"] = "Maksettu", ["in_collection"] = "Perinnässä",
            ["open_invoice"] = "Avoin lasku", ["debt_collection"] = "Perintä", ["accounting_retention"] = "Kirjanpitolain säilytysaika", ["legal_claim"] = "Oikeusvaade",
            ["received"] = "Vastaanotettu", ["awaiting_verification"] = "Odottaa henkilöllisyyden varmistusta", ["verified"] = "Varmistettu", ["in_progress"] = "Käsittelyssä",
            ["completed"] = "Valmis", ["partially_completed"] = "Osittain valmis", ["refused"] = "Hylätty", ["withdrawn"] = "Peruttu",
            ["opened"] = "Pyyntö vastaanotettu", ["acknowledged"] = "Vastaanottoilmoitus lähetetty", ["reply_received"] = "Vastauksenne vastaanotettu",
            ["verification_requested"] = "Henkilöllisyyden varmistusta pyydetty", ["subject_linked"] = "Yhdistetty asiakastietoihinne", ["extended"] = "Määräaikaa jatkettu",
            ["note_added"] = "Merkintä", ["actions_decided"] = "Päätetty", ["action_executed"] = "Toteutettu", ["action_partially_executed"] = "Osittain toteutettu", ["decision_refused"] = "Ei toteutettu (päätös koski toista henkilöä)",
            ["access"] = "Tarkastus", ["rectification"] = "Oikaisu", ["erasure"] = "Poisto", ["objection"] = "Vastustaminen", ["restriction"] = "Rajoittaminen",
            ["anonymisation"] = "Anonymisointi", ["consent"] = "Suostumuksenne", ["legitimate_interest"] = "Oikeutettu etu",
            ["system"] = "Rekisteri", ["mailbox"] = "Tietosuojapostilaatikko", ["staff"] = "Tietosuojahenkilöstömme",
        },
        RetentionRules = new Dictionary<string, string>
        {
            ["accounting_act"] = "Kirjanpitolaki 1336/1997, 2 luku 10 §: tilaus- ja laskutustiedot ovat tositteita, jotka säilytetään sen vuoden loppuun, jona on kulunut {0} vuotta tilikauden päättymisvuoden lopusta. Sinä aikana niitä ei käytetä muuhun.",
            ["inactive_profile"] = "Yrityksen käytäntö: yhteystiedot, markkinointivalinnat ja luovutuskirjanpito säilytetään asiakkuuden ajan ja anonymisoidaan {0} vuoden kuluttua viimeisestä tilauksesta tai valinnasta (päivä siirtyy, jos tilaatte uudelleen). Voitte pyytää poistoa aiemmin.",
            ["case_file"] = "Näyttö siitä, että pyyntönne käsiteltiin lainmukaisesti (5 art. 2 kohta): säilytetään {0} vuotta asian päättymisestä.",
            ["access_package"] = "Tämä jäljennös poistetaan {0} päivän kuluttua sen laatimisesta.",
        },
        RecipientsIntro = "Luovutamme tietoja vain tietosuojaselosteessa mainituille vastaanottajaryhmille:",
        NoDisclosures = "Tietojanne ei ole luovutettu yrityksen ulkopuolisille vastaanottajille.",
        Transfers = "Tietonne säilytetään vain Euroopan unionissa, eikä niitä siirretä EU:n tai ETA:n ulkopuolelle [S5].",
        SourcesIntro = "Kohdassa 3 näkyy jokaisen tiedon lähde. Säännönmukaiset tietolähteemme ovat:",
        Rights = [
            "Oikaisu (16 art.): voitte vaatia virheellisen, puutteellisen tai vanhentuneen tiedon korjaamista. Ilmoitamme korjauksesta sille, jolta tieto on saatu tai jolle se on luovutettu (19 art.).",
            "Poistaminen (17 art.): voitte vaatia tietojenne poistamista, ellei laki, avoin lasku tai perintä edellytä osan säilyttämistä; kerromme silloin, mitä säilytämme ja mihin asti.",
            "Käsittelyn rajoittaminen (18 art.): voitte pyytää, että tietojanne vain säilytetään esimerkiksi sen ajan, kun niiden oikeellisuutta selvitetään.",
            "Vastustaminen (21 art.): voitte milloin tahansa kieltää suoramainonnan, etämyynnin, suoramarkkinoinnin sekä markkina- ja mielipidetutkimuksen ja vastustaa oikeutettuun etuun perustuvaa käsittelyä.",
            "Suostumuksen peruminen (7 art. 3 kohta): voitte perua suostumuksenne milloin tahansa; se ei vaikuta aiempaan käsittelyyn.",
            "Siirto-oikeus (20 art.): tämän asiakirjan mukana toimitettu JSON-tiedosto on koneluettava jäljennös antamistanne tiedoista.",
        ],
        RightsHow = "Käyttääksenne oikeuttanne kirjoittakaa meille (osoite yllä) suomeksi, ruotsiksi tai englanniksi ja mainitkaa asian viite. Sähköpostiemme peruutuslinkki ja asetussivumme kirjaavat kiellon heti.",
        Complaint = [
            "Teillä on oikeus tehdä valitus tietosuojavaltuutetulle, joka on Suomen valvontaviranomainen (77 art.):",
            "Tietosuojavaltuutetun toimisto",
            "Postiosoite: PL 800, 00531 Helsinki",
            "Käyntiosoite: Lintulahdenkuja 4, 00530 Helsinki",
            "Sähköposti: tietosuoja@om.fi",
            "Puhelin (vaihde): 029 566 6700",
            "www.tietosuoja.fi",
        ],
        Automated = "Emme tee teistä pelkästään automaattiseen käsittelyyn, kuten profilointiin, perustuvia päätöksiä, joilla on oikeusvaikutuksia tai vastaavan merkittäviä vaikutuksia (22 art.). Markkinointilistoilta vain jätetään pois kieltäneet henkilöt; kone ei päätä teistä mitään.",
        AboutCopy = "Samat tiedot ovat koneluettavassa tiedostossa {0} (JSON, muoto {2}). Molemmat tiedostot poistetaan {1}; tallentakaa ne, jos haluatte säilyttää ne.",
        None = "ei ole",
        Erased = "poistettu",
        Unknown = "ei tiedossa",
    };
}
