namespace Samordna.IntegrationTests.Registry;

/// <summary>
/// The 16 associations whose members were checked against their own pages or formation decisions
/// (shared/domain/data/samordningsforbund_members_partial.csv): municipalities by name, the region by county.
/// Formation dates the sources do not give are set to 2010-01-01 for the test; Norra Bohuslän ended with the 2015 merger.
/// </summary>
internal static class PartialRegister
{
    public static readonly DateOnly Unknown = new(2010, 1, 1);

    public static readonly (string Code, string Name, string County, DateOnly Formed, DateOnly? Ended, string[] Municipalities)[] Associations =
    [
        ("sodra-vatterbygden", "Södra Vätterbygdens samordningsförbund", "06", Unknown, null, ["Habo", "Jönköping", "Mullsjö", "Vaggeryd"]),
        ("hoglandet", "Höglandets samordningsförbund", "06", new DateOnly(2011, 4, 1), null, ["Aneby", "Eksjö", "Nässjö", "Sävsjö", "Tranås", "Vetlanda"]),
        ("finnveden", "Finnvedens samordningsförbund", "06", Unknown, null, ["Gislaved", "Gnosjö", "Värnamo"]),
        ("sjuharad", "Sjuhärads samordningsförbund", "14", Unknown, null, ["Bollebygd", "Borås", "Herrljunga", "Mark", "Svenljunga", "Tranemo", "Ulricehamn", "Vårgårda"]),
        ("vastra-malardalen", "Samordningsförbundet Västra Mälardalen", "19", Unknown, null, ["Arboga", "Köping", "Kungsör"]),
        ("norra-vastmanland", "Norra Västmanlands samordningsförbund", "19", Unknown, null, ["Fagersta", "Hallstahammar", "Norberg", "Sala", "Skinnskatteberg", "Surahammar"]),
        ("centrala-ostergotland", "Samordningsförbundet Centrala Östergötland", "05", Unknown, null, ["Kinda", "Linköping", "Åtvidaberg"]),
        ("sodra-roslagen", "Samordningsförbundet Södra Roslagen", "01", Unknown, null, ["Danderyd", "Vallentuna", "Vaxholm", "Täby", "Norrtälje", "Österåker"]),
        ("mittskane", "Samordningsförbundet MittSkåne", "12", new DateOnly(2011, 4, 1), null, ["Eslöv", "Höör", "Hörby"]),
        ("skelleftea-norsjo", "Samordningsförbundet Skellefteå-Norsjö", "24", Unknown, null, ["Skellefteå", "Norsjö"]),
        ("sollentuna-upplands-vasby", "Samordningsförbundet Sollentuna Upplands-Väsby", "01", new DateOnly(2017, 4, 1), null, ["Sollentuna", "Upplands Väsby"]),
        ("botkyrka-huddinge-salem", "Samordningsförbundet Botkyrka Huddinge och Salem", "01", Unknown, null, ["Botkyrka", "Huddinge", "Salem"]),
        ("stockholms-stad", "Samordningsförbundet Stockholms stad", "01", Unknown, null, ["Stockholm"]),
        ("sodertalje-nykvarn", "Samordningsförbundet för rehabilitering i Södertälje och Nykvarn", "01", Unknown, null, ["Södertälje", "Nykvarn"]),
        ("varmdo", "Samordningsförbundet Värmdö", "01", new DateOnly(2009, 1, 1), null, ["Värmdö"]),
        ("norra-bohuslan", "Samordningsförbundet Norra Bohuslän", "14", new DateOnly(2006, 4, 1), new DateOnly(2014, 12, 31), ["Lysekil", "Munkedal", "Sotenäs", "Tanum", "Strömstad"]),
    ];
}
