namespace Registry.Infrastructure.Storage;

/// <summary>
/// The tables, queues and containers the register uses (infra/ creates the same ones in Azure).
/// Configurable under <c>Registry:Storage</c> so tests can give every test its own.
/// </summary>
public sealed class StorageNames
{
    public const string Section = "Registry:Storage";

    /// <summary>The configuration name of the data storage connection, shared with the queue triggers.</summary>
    public const string Connection = "RegistryStorage";

    // The queue names the triggers read, as flat settings: the scale controller resolves a trigger's %…% from the
    // app setting of exactly that name, and cannot resolve a hierarchical one (Registry__Storage__…) (docs/configuration.md).
    public const string SubjectRequestsQueueSetting = "RegistrySubjectRequestsQueue";
    public const string CaseActionsQueueSetting = "RegistryCaseActionsQueue";
    public const string OutboundMailQueueSetting = "RegistryOutboundMailQueue";

    public string SubjectsTable { get; set; } = "Subjects";
    public string LookupTable { get; set; } = "Lookup";
    public string ScheduleTable { get; set; } = "Schedule";
    public string DedupeTable { get; set; } = "Dedupe";
    public string CasesTable { get; set; } = "Cases";
    public string SuppressionTable { get; set; } = "Suppression";

    /// <summary>Anonymous records of erased or anonymised people: no key or value names anyone.</summary>
    public string StatisticsTable { get; set; } = "Statistics";

    public string[] Queues { get; set; } = ["subject-requests", "outbound-mail", "case-actions"];

    public string[] Containers { get; set; } = ["exports", "letters", "purge-reports", "audit", "intake-triage"];

    // Subject-request cases (issue 5). Named one by one so tests can give each test its own.
    public string SubjectRequestsQueue { get; set; } = "subject-requests";
    public string OutboundMailQueue { get; set; } = "outbound-mail";
    public string CaseActionsQueue { get; set; } = "case-actions";
    public string TriageContainer { get; set; } = "intake-triage";
    public string AuditContainer { get; set; } = "audit";

    // Access packages (issue 6: exports/{caseReference}/…) and the nightly purge's reports (issue 7).
    public string ExportsContainer { get; set; } = "exports";
    public string PurgeReportsContainer { get; set; } = "purge-reports";

    public IEnumerable<string> AllQueues => Queues.Union([SubjectRequestsQueue, OutboundMailQueue, CaseActionsQueue]);

    public IEnumerable<string> AllContainers => Containers.Union([TriageContainer, AuditContainer, ExportsContainer, PurgeReportsContainer]);

    public IEnumerable<string> Tables => [SubjectsTable, LookupTable, ScheduleTable, DedupeTable, CasesTable, SuppressionTable, StatisticsTable];
}
