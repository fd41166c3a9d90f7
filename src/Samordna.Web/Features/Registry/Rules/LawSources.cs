namespace Samordna.Web.Features.Registry.Rules;

/// <summary>Where each register rule comes from, as shown to users next to a finding or an error.</summary>
public static class LawSources
{
    public const string Law = "lag (2003:1210) om finansiell samordning av rehabiliteringsinsatser";

    public const string Composition = "3 § " + Law;

    public const string Exit = "Förbundsordningen och 15 § " + Law + " (uppsägningstid tre år om förbundsordningen inte anger kortare)";

    public const string StateMembers = "3 § " + Law + " och Försäkringskassans och Arbetsförmedlingens instruktioner";

    public const string Liquidation = "15 § " + Law;

    public const string Charter = "9 § " + Law + " (förbundsordningens innehåll); en ändring kräver beslut av alla medlemmar";

    public const string SplitKey = "5 § " + Law + " (kommunerna och regionerna är var för sig en part och delar sin fjärdedel enligt överenskommelse)";

    public const string Merger = "Sammanslagning: ett förbund består, de andra upplöses och deras medlemmar går in; eget kapital regleras";
}
