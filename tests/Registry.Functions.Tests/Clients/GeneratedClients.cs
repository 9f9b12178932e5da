using System.Globalization;
using System.Text;

namespace Registry.Functions.Tests.Clients;

/// <summary>A generated client: its id, secret, channel and random grants (operations; purpose → categories).</summary>
internal sealed record GeneratedClient(string Id, string Secret, string Channel, HashSet<string> Operations, Dictionary<string, List<string>> Audiences)
{
    public static readonly string[] AllOperations = ["orders", "billing", "preferences", "unsubscribeLinks", "audiences"];
    public static readonly string[] Purposes = ["direct_advertising", "distance_selling", "direct_marketing", "market_research", "targeted_content", "publication"];
    public static readonly string[] Categories = ["name", "organisation", "email", "phone", "postal_address"];

    public static GeneratedClient Generate(Random random, int n, int seed)
    {
        var id = $"gen_{n}";
        var secret = "whsec_" + Convert.ToBase64String(Encoding.UTF8.GetBytes($"TEST-ONLY {id} secret, seed {seed}!!"));
        var operations = AllOperations.Where(o => random.NextDouble() < (o == "orders" ? 0.85 : 0.6)).ToHashSet();
        var audiences = new Dictionary<string, List<string>>();
        if (operations.Contains("audiences"))
        {
            foreach (var purpose in Purposes.Where(_ => random.NextDouble() < 0.5).DefaultIfEmpty("direct_marketing"))
            {
                var categories = Categories.Where(_ => random.NextDouble() < 0.5).ToList();
                if (!categories.Any(c => c is "email" or "phone" or "postal_address"))
                {
                    categories.Add(random.NextDouble() < 0.5 ? "email" : "postal_address");
                }

                audiences[purpose] = [.. Categories.Where(categories.Contains)];
            }
        }

        return new GeneratedClient(id, secret, new[] { "webshop", "store", "reseller" }[random.Next(3)], operations, audiences);
    }

    /// <summary>The client as app settings, exactly as an operator would set them.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings()
    {
        var at = $"Registry__Clients__{Id}";
        yield return new($"{at}__Channels__0", Channel);
        yield return new($"{at}__SigningSecrets__0", Secret);
        foreach (var (operation, i) in Operations.Select((o, i) => (o, i)))
        {
            yield return new($"{at}__Operations__{i.ToString(CultureInfo.InvariantCulture)}", operation);
        }

        foreach (var (purpose, categories) in Audiences)
        {
            for (var i = 0; i < categories.Count; i++)
            {
                yield return new($"{at}__Audiences__{purpose}__{i.ToString(CultureInfo.InvariantCulture)}", categories[i]);
            }
        }
    }
}
