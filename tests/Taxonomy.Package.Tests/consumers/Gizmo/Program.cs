// A consumer of the Taxonomy package: prints what the generated code does; Taxonomy.Package.Tests reads the lines.
using System.Globalization;
using System.Text.Json;
using Gizmo.Statements;
using Taxonomy;
using Taxonomy.Statements;
using Taxonomy.Xbrl;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var quarter = Period.Duration(new DateOnly(2031, 1, 1), new DateOnly(2031, 3, 31));

var footing = Income(1_250_000m, 750_000m, 2_000_000m);
Console.WriteLine("type: " + typeof(GizmoIncome).FullName);
Console.WriteLine("footing findings: " + footing.Validate().Count);
foreach (var finding in Income(1_250_000m, 750_000m, 2_010_000m).Validate())
{
    Console.WriteLine($"finding: {finding.RuleId} {finding.Severity} {finding.Concept} expected={finding.Expected} actual={finding.Actual}");
}

string json = JsonSerializer.Serialize(footing);
Console.WriteLine("stj: " + json);
var fromJson = JsonSerializer.Deserialize<GizmoIncome>(json)!;
Console.WriteLine("stj round trip: " + Same(footing, fromJson));

var report = new Report(GizmoIncome.Metadata.Namespaces, [], footing.ToFacts(Entity.Cik("0000000042")));
string xbrl = XbrlJson.ToJson(report);
Console.WriteLine("xbrl documentType: " + JsonDocument.Parse(xbrl).RootElement.GetProperty("documentInfo").GetProperty("documentType").GetString());
Console.WriteLine("xbrl concepts: " + string.Join(",", JsonDocument.Parse(xbrl).RootElement.GetProperty("facts").EnumerateObject()
    .Select(f => f.Value.GetProperty("dimensions").GetProperty("concept").GetString()).Order(StringComparer.Ordinal)));
var parsed = XbrlJson.Parse(xbrl);
Console.WriteLine("xbrl round trip: " + parsed.Equals(report) + " " + Same(footing, GizmoIncome.FromFacts(quarter, parsed.Facts)));

var operations = new GizmoOperations(Period.Instant(new DateOnly(2031, 3, 31))) { GizmosInService = new ShareCount(-5m, 0) };
Console.WriteLine("operations findings: " + string.Join(",", operations.Validate().Select(f => f.RuleId)));

Console.WriteLine("shipped: " + typeof(IncomeStatement).FullName + " in " + typeof(IncomeStatement).Assembly.GetName().Name);
Console.WriteLine("registered: " + string.Join(",", StatementRegistry.All.Select(d => d.Namespace + "." + d.Name).Order(StringComparer.Ordinal)));
return 0;

GizmoIncome Income(decimal subscriptions, decimal hardware, decimal total) => new(quarter)
{
    SubscriptionRevenue = new MonetaryAmount(subscriptions, -3),
    HardwareRevenue = new MonetaryAmount(hardware, -3),
    Revenues = new MonetaryAmount(total, -3),
};

static bool Same(GizmoIncome a, GizmoIncome b) =>
    a.Period == b.Period && a.SubscriptionRevenue == b.SubscriptionRevenue && a.HardwareRevenue == b.HardwareRevenue && a.Revenues == b.Revenues;
