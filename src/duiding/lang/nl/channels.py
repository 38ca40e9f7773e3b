"""Through what a statement was made: `op Telegram`, `in een persbericht`, `aan de VRT`. Data only.

A channel is a prepositional phrase in the reporting clause whose noun is a medium, a kind of
message or occasion, or the name of a news outlet or platform.
"""

from __future__ import annotations

# Prepositions that introduce a channel.
CHANNEL_PREPOSITIONS: frozenset[str] = frozenset(
    {"op", "in", "aan", "tegenover", "via", "tijdens", "bij", "voor", "met"}
)

# Nouns (lower case, singular and plural) that name a medium, a kind of message or an
# occasion of speaking. Compounds ending in one of these count too (`videoboodschap`).
CHANNEL_NOUNS: frozenset[str] = frozenset(
    """
    persbericht persberichten verklaring verklaringen mededeling communiqué interview interviews
    gesprek vraaggesprek brief brieven toespraak speech persconferentie persmoment tweet tweets
    bericht berichten post boodschap video blog blogpost column opiniestuk opiniebijdrage
    rapport verslag reactie e-mail mail podcast uitzending programma debat talkshow
    documentaire boek krant dagblad weekblad tijdschrift magazine radio televisie tv
    website site nieuwsbrief berichtendienst nieuwssite webstek socialemedia sociale netwerksite
    platform account kanaal livestream stream videoboodschap open memo nota parlement kamer
    vergadering hoorzitting commissie rechtbank zitting congres bijeenkomst journaal
    nieuwsuitzending radioprogramma tv-programma brochure pamflet motie resolutie
    """.split()
)

# Words between the preposition and the channel noun that keep the phrase a channel:
# articles, possessives and a few adjectives (`op de online berichtendienst`).
CHANNEL_MODIFIERS: frozenset[str] = frozenset(
    """
    de het een zijn haar hun hen diens wiens z'n d'r online officiële officieel eigen nieuwe
    nieuwste schriftelijke schriftelijk wekelijkse dagelijkse open korte lange uitgebreide
    geschreven live televisie radio gezamenlijke emotionele sociale
    """.split()
)

# Social platforms and messaging services (matched case-sensitively as written).
PLATFORMS: frozenset[str] = frozenset(
    """
    Telegram Twitter X Facebook Instagram TikTok YouTube Youtube LinkedIn WhatsApp Threads Bluesky
    Mastodon Snapchat Reddit Weibo WeChat VKontakte Truth Signal Substack Twitch
    """.split()
)

# News outlets, broadcasters and agencies of the Dutch-language press and the large
# international ones (as written; the first words of multi-word names are enough to start).
MEDIA_OUTLETS: frozenset[str] = frozenset(
    {
        "VRT",
        "VRT NWS",
        "VTM",
        "VTM Nieuws",
        "Radio 1",
        "Radio 2",
        "Studio Brussel",
        "Canvas",
        "Eén",
        "Sporza",
        "Terzake",
        "De Afspraak",
        "De Zevende Dag",
        "Het Journaal",
        "Villa Politica",
        "RTBF",
        "RTL",
        "RTL Nieuws",
        "NOS",
        "NPO",
        "NPO Radio 1",
        "Nieuwsuur",
        "EenVandaag",
        "Op1",
        "Buitenhof",
        "WNL",
        "BNR",
        "Belga",
        "ANP",
        "De Standaard",
        "De Morgen",
        "Het Nieuwsblad",
        "Het Laatste Nieuws",
        "HLN",
        "Gazet van Antwerpen",
        "Het Belang van Limburg",
        "De Tijd",
        "Knack",
        "Humo",
        "Trends",
        "Le Soir",
        "La Libre Belgique",
        "NRC",
        "NRC Handelsblad",
        "de Volkskrant",
        "De Volkskrant",
        "Trouw",
        "Het Parool",
        "De Telegraaf",
        "AD",
        "Algemeen Dagblad",
        "Het Financieele Dagblad",
        "FD",
        "Elsevier",
        "BBC",
        "CNN",
        "Fox News",
        "Reuters",
        "AP",
        "AFP",
        "Bloomberg",
        "The New York Times",
        "The Washington Post",
        "The Guardian",
        "The Times",
        "Financial Times",
        "The Wall Street Journal",
        "Der Spiegel",
        "Die Zeit",
        "Bild",
        "Le Monde",
        "Le Figaro",
        "El País",
        "Al Jazeera",
        "Politico",
        "TASS",
        "RIA Novosti",
        "Interfax",
        "Xinhua",
    }
)

# Nouns for someone who speaks for an organisation: `een woordvoerder van de politie` speaks
# for the police, so the organisation is the speaker's entity.
SPOKESPERSON_NOUNS: frozenset[str] = frozenset(
    """
    woordvoerder woordvoerster woordvoerders zegsman zegsvrouw persvoorlichter persvoorlichtster
    voorlichter voorlichtster persverantwoordelijke perschef spreekbuis
    """.split()
)
