using System.Diagnostics;
using System.Text.Json.Nodes;
using Azure.Data.Tables;

namespace Registry.Console.Tests.Support;

/// <summary>Mailbox messages (contract v1, docs/intake.md) and waiting for intake to open their case.</summary>
public static class Mail
{
    public static string Message(string from, string name, string body, string receivedAt = "2026-11-24T09:15:00+02:00", string id = "1") => new JsonObject
    {
        ["messageId"] = $"<console-{id}@mail.example>",
        ["receivedAt"] = receivedAt,
        ["channel"] = "email",
        ["from"] = from,
        ["fromName"] = name,
        ["subject"] = "Tietosuojapyyntö",
        ["body"] = body,
        ["attachments"] = new JsonArray(),
    }.ToJsonString();

    /// <summary>Waits until intake has opened <paramref name="count"/> cases (acknowledged, unless a triage case is awaited).</summary>
    public static async Task WaitForCasesAsync(string connectionString, string table, int count, bool acknowledged = true)
    {
        var cases = new TableClient(connectionString, table);
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var opened = 0;
            try
            {
                await foreach (var row in cases.QueryAsync<TableEntity>(e => e.RowKey == "case"))
                {
                    opened += !acknowledged || row.GetBoolean("Acknowledged") == true ? 1 : 0;
                }
            }
            catch (Azure.RequestFailedException e) when (e.Status == 404)
            {
                // The table is created at start-up; not yet.
            }

            if (opened >= count)
            {
                return;
            }

            // Intake runs in the app's own worker process, which loads the lexicon and stemmers on its first mail; the
            // bound only decides when to give up.
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), $"intake opened {opened} of {count} cases in 60 s");
            await Task.Delay(200);
        }
    }
}
