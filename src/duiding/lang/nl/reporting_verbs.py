"""Dutch verbs that report speech or writing: the cues of direct and indirect quotes. Data only.

Each verb is given by its principal parts, `lemma -> (particle, present stem, past singular,
past plural, past participle)`; a separable verb names its particle (`aankondigen` ->
`kondigde ... aan`), a plain one has `""`. The layer derives the inflected forms from these
(`zeg`, `zegt`, `zeggen`, `zei`, `zeiden`, `gezegd`, `te zeggen`); forms that the rule cannot
derive are listed in `EXTRA_FORMS`.
"""

from __future__ import annotations

VerbParts = tuple[str, str, str, str, str]

# Verbs that report what someone said or wrote, with a dat-clause, a te-infinitive, a
# question clause, or a direct quote.
REPORTING_VERBS: dict[str, VerbParts] = {
    "zeggen": ("", "zeg", "zei", "zeiden", "gezegd"),
    "verklaren": ("", "verklaar", "verklaarde", "verklaarden", "verklaard"),
    "stellen": ("", "stel", "stelde", "stelden", "gesteld"),
    "benadrukken": ("", "benadruk", "benadrukte", "benadrukten", "benadrukt"),
    "beklemtonen": ("", "beklemtoon", "beklemtoonde", "beklemtoonden", "beklemtoond"),
    "onderstrepen": ("", "onderstreep", "onderstreepte", "onderstreepten", "onderstreept"),
    "waarschuwen": ("", "waarschuw", "waarschuwde", "waarschuwden", "gewaarschuwd"),
    "schrijven": ("", "schrijf", "schreef", "schreven", "geschreven"),
    "aankondigen": ("aan", "kondig", "kondigde", "kondigden", "aangekondigd"),
    "tweeten": ("", "tweet", "tweette", "tweetten", "getweet"),
    "twitteren": ("", "twitter", "twitterde", "twitterden", "getwitterd"),
    "posten": ("", "post", "postte", "postten", "gepost"),
    "ontkennen": ("", "ontken", "ontkende", "ontkenden", "ontkend"),
    "beweren": ("", "beweer", "beweerde", "beweerden", "beweerd"),
    "melden": ("", "meld", "meldde", "meldden", "gemeld"),
    "berichten": ("", "bericht", "berichtte", "berichtten", "bericht"),
    "rapporteren": ("", "rapporteer", "rapporteerde", "rapporteerden", "gerapporteerd"),
    "vertellen": ("", "vertel", "vertelde", "vertelden", "verteld"),
    "verzekeren": ("", "verzeker", "verzekerde", "verzekerden", "verzekerd"),
    "beloven": ("", "beloof", "beloofde", "beloofden", "beloofd"),
    "toezeggen": ("toe", "zeg", "zegde", "zegden", "toegezegd"),
    "toegeven": ("toe", "geef", "gaf", "gaven", "toegegeven"),
    "erkennen": ("", "erken", "erkende", "erkenden", "erkend"),
    "bevestigen": ("", "bevestig", "bevestigde", "bevestigden", "bevestigd"),
    "verwijten": ("", "verwijt", "verweet", "verweten", "verweten"),
    "beschuldigen": ("", "beschuldig", "beschuldigde", "beschuldigden", "beschuldigd"),
    "aandringen": ("aan", "dring", "drong", "drongen", "aangedrongen"),
    "oproepen": ("op", "roep", "riep", "riepen", "opgeroepen"),
    "eisen": ("", "eis", "eiste", "eisten", "geëist"),
    "vragen": ("", "vraag", "vroeg", "vroegen", "gevraagd"),
    "afvragen": ("af", "vraag", "vroeg", "vroegen", "afgevraagd"),
    "antwoorden": ("", "antwoord", "antwoordde", "antwoordden", "geantwoord"),
    "reageren": ("", "reageer", "reageerde", "reageerden", "gereageerd"),
    "toevoegen": ("toe", "voeg", "voegde", "voegden", "toegevoegd"),
    "uitleggen": ("uit", "leg", "legde", "legden", "uitgelegd"),
    "verduidelijken": ("", "verduidelijk", "verduidelijkte", "verduidelijkten", "verduidelijkt"),
    "preciseren": ("", "preciseer", "preciseerde", "preciseerden", "gepreciseerd"),
    "opmerken": ("op", "merk", "merkte", "merkten", "opgemerkt"),
    "aangeven": ("aan", "geef", "gaf", "gaven", "aangegeven"),
    "meedelen": ("mee", "deel", "deelde", "deelden", "meegedeeld"),
    "mededelen": ("mede", "deel", "deelde", "deelden", "medegedeeld"),
    "bekendmaken": ("bekend", "maak", "maakte", "maakten", "bekendgemaakt"),
    "vaststellen": ("vast", "stel", "stelde", "stelden", "vastgesteld"),
    "concluderen": ("", "concludeer", "concludeerde", "concludeerden", "geconcludeerd"),
    "suggereren": ("", "suggereer", "suggereerde", "suggereerden", "gesuggereerd"),
    "opperen": ("", "opper", "opperde", "opperden", "geopperd"),
    "voorstellen": ("voor", "stel", "stelde", "stelden", "voorgesteld"),
    "dreigen": ("", "dreig", "dreigde", "dreigden", "gedreigd"),
    "zweren": ("", "zweer", "zwoer", "zwoeren", "gezworen"),
    "getuigen": ("", "getuig", "getuigde", "getuigden", "getuigd"),
    "verkondigen": ("", "verkondig", "verkondigde", "verkondigden", "verkondigd"),
    "betogen": ("", "betoog", "betoogde", "betoogden", "betoogd"),
    "argumenteren": ("", "argumenteer", "argumenteerde", "argumenteerden", "geargumenteerd"),
    "pleiten": ("", "pleit", "pleitte", "pleitten", "gepleit"),
    "klagen": ("", "klaag", "klaagde", "klaagden", "geklaagd"),
    "herhalen": ("", "herhaal", "herhaalde", "herhaalden", "herhaald"),
    "betreuren": ("", "betreur", "betreurde", "betreurden", "betreurd"),
    "voorspellen": ("", "voorspel", "voorspelde", "voorspelden", "voorspeld"),
    "aanraden": ("aan", "raad", "raadde", "raadden", "aangeraden"),
    "adviseren": ("", "adviseer", "adviseerde", "adviseerden", "geadviseerd"),
    "aanbevelen": ("aan", "beveel", "beval", "bevalen", "aanbevolen"),
    "bevelen": ("", "beveel", "beval", "bevalen", "bevolen"),
    "opdragen": ("op", "draag", "droeg", "droegen", "opgedragen"),
    "verzoeken": ("", "verzoek", "verzocht", "verzochten", "verzocht"),
    "smeken": ("", "smeek", "smeekte", "smeekten", "gesmeekt"),
    "aanvoeren": ("aan", "voer", "voerde", "voerden", "aangevoerd"),
    "aanvullen": ("aan", "vul", "vulde", "vulden", "aangevuld"),
    "vervolgen": ("", "vervolg", "vervolgde", "vervolgden", "vervolgd"),
    "mailen": ("", "mail", "mailde", "mailden", "gemaild"),
    "communiceren": ("", "communiceer", "communiceerde", "communiceerden", "gecommuniceerd"),
    "signaleren": ("", "signaleer", "signaleerde", "signaleerden", "gesignaleerd"),
    "opwerpen": ("op", "werp", "wierp", "wierpen", "opgeworpen"),
    "tegenwerpen": ("tegen", "werp", "wierp", "wierpen", "tegengeworpen"),
    "uitroepen": ("uit", "roep", "riep", "riepen", "uitgeroepen"),
    "oordelen": ("", "oordeel", "oordeelde", "oordeelden", "geoordeeld"),
    "verdedigen": ("", "verdedig", "verdedigde", "verdedigden", "verdedigd"),
    "bijvoegen": ("bij", "voeg", "voegde", "voegden", "bijgevoegd"),
}

# Verbs that mark direct speech (`'Nee!' riep hij`, `klinkt het`) or a quoted phrase
# (`noemde het plan 'een farce'`, `sprak van 'een historische dag'`) but do not report a
# dat-clause as speech.
SPEECH_VERBS: dict[str, VerbParts] = {
    "roepen": ("", "roep", "riep", "riepen", "geroepen"),
    "schreeuwen": ("", "schreeuw", "schreeuwde", "schreeuwden", "geschreeuwd"),
    "fluisteren": ("", "fluister", "fluisterde", "fluisterden", "gefluisterd"),
    "mompelen": ("", "mompel", "mompelde", "mompelden", "gemompeld"),
    "juichen": ("", "juich", "juichte", "juichten", "gejuicht"),
    "lachen": ("", "lach", "lachte", "lachten", "gelachen"),
    "zuchten": ("", "zucht", "zuchtte", "zuchtten", "gezucht"),
    "verzuchten": ("", "verzucht", "verzuchtte", "verzuchtten", "verzucht"),
    "grappen": ("", "grap", "grapte", "grapten", "gegrapt"),
    "klinken": ("", "klink", "klonk", "klonken", "geklonken"),
    "luiden": ("", "luid", "luidde", "luidden", "geluid"),
    "spreken": ("", "spreek", "sprak", "spraken", "gesproken"),
    "noemen": ("", "noem", "noemde", "noemden", "genoemd"),
    "omschrijven": ("", "omschrijf", "omschreef", "omschreven", "omschreven"),
    "bestempelen": ("", "bestempel", "bestempelde", "bestempelden", "bestempeld"),
    "hernemen": ("", "herneem", "hernam", "hernamen", "hernomen"),
    "brullen": ("", "brul", "brulde", "brulden", "gebruld"),
    "snauwen": ("", "snauw", "snauwde", "snauwden", "gesnauwd"),
    "stamelen": ("", "stamel", "stamelde", "stamelden", "gestameld"),
    "beginnen": ("", "begin", "begon", "begonnen", "begonnen"),
    "besluiten": ("", "besluit", "besloot", "besloten", "besloten"),
    "onderbreken": ("", "onderbreek", "onderbrak", "onderbraken", "onderbroken"),
}

# Verbs that report only together with another word: `liet weten dat`, `wees erop dat`,
# `herinnerde eraan dat`, `maakte duidelijk dat`, `gaf te kennen dat`.
# lemma -> (verb lemma, the words that must stand in the same clause)
PHRASAL_REPORTING: dict[str, tuple[str, tuple[str, ...]]] = {
    "laten weten": ("laten", ("weten",)),
    "erop wijzen": ("wijzen", ("erop",)),
    "eraan herinneren": ("herinneren", ("eraan",)),
    "duidelijk maken": ("maken", ("duidelijk",)),
    "kenbaar maken": ("maken", ("kenbaar",)),
    "te kennen geven": ("geven", ("kennen",)),
    "naar voren brengen": ("brengen", ("voren",)),
    "erop hameren": ("hameren", ("erop",)),
    "erop aandringen": ("aandringen", ("erop",)),
    "eraan toevoegen": ("toevoegen", ("eraan",)),
}

# The plain verbs that phrasal cues are built on (their own lemma is no cue).
HOST_VERBS: dict[str, VerbParts] = {
    "laten": ("", "laat", "liet", "lieten", "gelaten"),
    "wijzen": ("", "wijs", "wees", "wezen", "gewezen"),
    "herinneren": ("", "herinner", "herinnerde", "herinnerden", "herinnerd"),
    "maken": ("", "maak", "maakte", "maakten", "gemaakt"),
    "geven": ("", "geef", "gaf", "gaven", "gegeven"),
    "brengen": ("", "breng", "bracht", "brachten", "gebracht"),
    "hameren": ("", "hamer", "hamerde", "hamerden", "gehamerd"),
    "gaan": ("", "ga", "ging", "gingen", "gegaan"),
    "rekenen": ("", "reken", "rekende", "rekenden", "gerekend"),
    "vertrouwen": ("", "vertrouw", "vertrouwde", "vertrouwden", "vertrouwd"),
    "zijn": ("", "ben", "was", "waren", "geweest"),
    "blijven": ("", "blijf", "bleef", "bleven", "gebleven"),
    "lijken": ("", "lijk", "leek", "leken", "geleken"),
}

# Forms the stem rules miss: old or irregular forms, as found in older prose and quotes.
EXTRA_FORMS: dict[str, tuple[str, ...]] = {
    "zeggen": ("zeide", "zeiden", "zegde", "zegden"),
    "vragen": ("vraagde",),
    "zijn": ("is", "bent", "zijn"),
    "gaan": ("gaat",),
    "vinden": ("vindt",),
    "lachen": ("lachtte",),
}

# Verbs whose direct (or indirect) object is the one spoken to: `waarschuwde de premier dat`,
# `verzekerde de bewoners`, `vroeg de minister of`.
ADDRESSEE_OBJECT_VERBS: frozenset[str] = frozenset(
    {
        "waarschuwen",
        "verzekeren",
        "vertellen",
        "beloven",
        "vragen",
        "verwijten",
        "beschuldigen",
        "oproepen",
        "aanraden",
        "adviseren",
        "bevelen",
        "opdragen",
        "verzoeken",
        "smeken",
        "toezeggen",
        "zeggen",
        "laten weten",
        "eraan herinneren",
        "antwoorden",
        "melden",
        "meedelen",
        "mededelen",
        "duidelijk maken",
    }
)

# Prepositions that introduce the one spoken to: `zei hij tegen de aandeelhouders`,
# `liet hij weten aan zijn personeel`. (`aan`/`tegenover` with a medium is a channel.)
ADDRESSEE_PREPOSITIONS: frozenset[str] = frozenset({"tegen", "aan", "tot", "tegenover"})

# Words that, before a colon, introduce what follows as someone's words without a reporting
# verb: `De coach was na afloop duidelijk: ...`, `Het Rode Kruis doet een dringende oproep: ...`.
COLON_INTRO_WORDS: frozenset[str] = frozenset(
    """
    duidelijk kort stellig formeel categoriek resoluut kordaat beslist boodschap oproep reactie
    antwoord conclusie advies waarschuwing oordeel verdict mening standpunt uitleg verklaring
    opgelucht tevreden blij boos kwaad woedend teleurgesteld ontgoocheld bezorgd ongerust
    streng eerlijk openhartig zeker overtuigd optimistisch pessimistisch sceptisch kritisch
    verbaasd verrast geschokt ontstemd fier trots nuchter somber onverbiddelijk lyrisch
    """.split()
)
