"""Dutch event triggers mapped to PLOVER event types and modes. Data only.

Written by hand from the PLOVER codebook (its 16 event types, their modes and the
"potential ambiguities" it lists) and the CAMEO categories that PLOVER merges, for Dutch
news language; not translated from the English CAMEO verb dictionary. PLOVER's type and mode
names are the Open Event Data Alliance's (PLOVER manual, CC BY-SA 4.0); AID has no PLOVER
modes, so its mode here is the kind of aid CAMEO distinguishes (071-075: economic, military,
humanitarian, asylum). Events outside PLOVER
(elections, travel, flight and exile, deaths, launches, sales) are listed as `OTHER` with a
descriptive mode, so that they are found and typed too.

A sense is written `TYPE`, `TYPE/mode`, then optionally ` if ` conditions and ` ; ` role rules:

    "COERCE/arrest if obj:human"         an arrest when the object (or passive subject) is a person or group
    "MOBILIZE/troops if obj:troops"       the object's head noun is in NOUN_CLASSES["troops"]
    "CONSULT if pp:met"                   only with a `met` phrase (`spreken met`)
    "AID/military ; target=aan|iobj"      the target comes from an `aan` phrase, else the indirect object
    "RETREAT/release ; target=subj"       the subject is the one released (`vrijkomen`)

Conditions: `obj:CLASS`, `obj:human`, `subj:human`, `pp:PREP`, `pp:PREP:CLASS`, `clause` (a `dat`/`of`
clause follows), `refl` (with `zich`), `noobj`. Roles: `actor=`, `target=`, `place=` with sources `subj`, `obj`,
`iobj`, `door` or any preposition, tried in order; `van=` says whether a noun's `van` phrase or
possessive is its actor (the default) or its target (`de arrestatie van de verdachten`).
Senses are tried in order; the first whose conditions hold is taken. Verbs are keyed by their
infinitive with the particle attached (`oppakken`); the morphology in `verbs.py` finds
`pakte ... op`, `opgepakt` and `op te pakken`.
"""

from __future__ import annotations

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

# PLOVER's cooperative types that become AGREE when they lie in the future (codebook 3.1).
FUTURE_AGREE: frozenset[str] = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})

# Noun classes for conditions; compounds match on their last part (`oproerpolitie` -> `politie`).
NOUN_CLASSES: dict[str, frozenset[str]] = {
    "troops": frozenset(
        "leger legers troepen troep soldaat soldaten militair militairen strijdkrachten reservist reservisten "
        "marinier mariniers parachutisten manschappen eenheden eenheid divisie divisies brigade brigades "
        "bataljon bataljons grondtroepen strijders militie milities commando's special forces".split()
    ),
    "police": frozenset(
        "politie agenten agent politieagenten oproerpolitie me mobiele gendarmerie veiligheidstroepen "
        "veiligheidsdiensten ordediensten rellenpolitie marechaussee politiemacht".split()
    ),
    "weapons": frozenset(
        "wapens wapen tanks tank raketten raket vliegdekschip vliegdekschepen oorlogsschepen oorlogsschip "
        "fregat fregatten onderzeeër onderzeeërs artillerie drones drone gevechtsvliegtuigen gevechtsvliegtuig "
        "munitie luchtafweer kernwapens kernwapen houwitsers pantservoertuigen bommenwerpers kruisraketten "
        "granaten mijnen geschut".split()
    ),
    "crowd_control": frozenset(
        "traangas waterkanon waterkanonnen rubberkogels rubberen wapenstokken wapenstok pepperspray "
        "flitsgranaten knuppels gummiknuppels".split()
    ),
    "aid_goods": frozenset(
        "hulp noodhulp hulpgoederen voedsel voedselpakketten dekens medicijnen vaccins vaccin tenten "
        "drinkwater hulpkonvooi hulpkonvooien voedselhulp hulpgeld hulpmiddelen materiaal "
        "beschermingsmiddelen mondmaskers".split()
    ),
    "money": frozenset(
        "geld euro dollar dollars pond frank miljoen miljard krediet kredieten lening leningen subsidie "
        "subsidies middelen fondsen steunpakket".split()
    ),
    "media": frozenset(
        "twitter facebook instagram telegram tiktok youtube x sociale media internet website blog "
        "berichtendienst".split()
    ),
    "agreement": frozenset(
        "akkoord akkoorden verdrag verdragen overeenkomst overeenkomsten pact resolutie verklaring "
        "handelsakkoord vredesakkoord klimaatakkoord vredesverdrag".split()
    ),
    "troops_or_weapons": frozenset(),  # filled below: either class
    "restriction": frozenset(
        "avondklok noodtoestand beperkingen beperking verbod visumplicht sancties sanctie boycot "
        "embargo blokkade maatregelen maatregel lockdown uitreisverbod inreisverbod".split()
    ),
    "legislation": frozenset(
        "wet wetten wetsvoorstel wetsontwerp plan plannen voorstel voorstellen hervorming maatregel "
        "maatregelen besluit beslissing decreet grondwet".split()
    ),
    "claim": frozenset("beschuldiging beschuldigingen aantijgingen kritiek verwijten claims".split()),
    "relations": frozenset("betrekkingen banden relaties contacten band relatie".split()),
    "prisoners": frozenset("gevangenen gevangene gijzelaars gijzelaar krijgsgevangenen gedetineerden".split()),
    "diplomat": frozenset(
        "ambassadeur ambassadeurs diplomaat diplomaten consul gezant gezanten attaché attachés zaakgelastigde".split()
    ),
    "building": frozenset(
        "kantoor kantoren redactiekantoor hoofdkwartier hoofdkantoor woning woningen huis huizen gebouw gebouwen "
        "ministerie parlement ambassade consulaat moskee kerk synagoge school ziekenhuis redactie studio "
        "paleis fabriek kazerne".split()
    ),
    "deliveries": frozenset(
        "leveringen levering leveranties leverantie wapenleveringen wapenleveranties export import handel "
        "gaslevering gasleveringen betalingen".split()
    ),
    "protesters": frozenset(
        "betogers betoger demonstranten demonstrant activisten activist actievoerders boeren studenten stakers "
        "klimaatactivisten relschoppers opposanten oppositie".split()
    ),
    "protest": frozenset("protest protesten betoging betogingen demonstratie demonstraties opstand".split()),
    "force": frozenset(
        "geweld antwoord aanval aanvallen oorlog ingrijpen invasie vergelding represailles militaire".split()
    ),
    "consequences": frozenset(
        "gevolgen consequenties represailles vergelding maatregelen sancties tegenmaatregelen straffen".split()
    ),
    "office": frozenset(
        "president parlement burgemeester premier leider voorzitter kandidaat raad gemeenteraad kamer senaat "
        "regering paus partijleider opvolger gouverneur presidentskandidaat".split()
    ),
}
NOUN_CLASSES["troops_or_weapons"] = NOUN_CLASSES["troops"] | NOUN_CLASSES["weapons"]

# Nouns for people and groups, beyond names, role nouns and pronouns: `obj:human` holds for these.
GROUP_NOUNS: frozenset[str] = frozenset(
    (
        "mensen mens personen persoon burgers burger inwoners bewoners betogers betoger demonstranten demonstrant "
        "activisten activist journalisten journalist studenten student vrouwen vrouw mannen man kinderen kind "
        "jongeren jongere gevangenen gevangene gijzelaars gijzelaar verdachten verdachte tegenstanders opposanten "
        "oppositieleden oppositiefiguren critici dissidenten dissident leiders leider leden lid deelnemers bond bonden "
        "vluchtelingen vluchteling migranten migrant asielzoekers asielzoeker boeren boer arbeiders werknemers "
        "stakers relschoppers rebellen rebel strijders strijder militanten terroristen terrorist "
        "soldaten soldaat agenten agent politici politicus ambtenaren diplomaten diplomaat ambassadeur "
        "advocaat advocaten rechters artsen leraren priester priesters bisschop bloggers blogger "
        "oppositie regering regime politie leger junta kabinet autoriteiten partij vakbond vakbonden "
        "bevolking volk menigte groep groepen organisatie beweging familie familieleden supporters fans "
        "separatisten opstandelingen extremisten jihadisten islamisten oppositiepartij oppositieleider "
        "kopstukken medewerkers personeel bemanning toeristen passagiers reizigers pelgrims baron baas criminelen "
        "crimineel smokkelaar smokkelaars dader daders slachtoffer slachtoffers spion spionnen hacker hackers "
        "generaal kolonel officier officieren commandant commandanten kandidaat kandidaten kiezers jongens "
        "meisjes tieners zoon dochter broer zus vader moeder echtgenote echtgenoot weduwe"
    ).split()
)

# Where a verb's target comes from, by event type, tried in order (a sense may say otherwise).
# `obj:human`: the object only when it names a person or group; other objects are what is
# given, moved or done (`stuurde een vliegdekschip`, `verkocht auto's`), not whom it is done to.
# In the passive, the object is the passive subject.
TARGET_SOURCES: dict[str, tuple[str, ...]] = {
    "AGREE": ("iobj", "aan", "met", "obj:human"),
    "CONSULT": ("obj", "met"),
    "SUPPORT": ("obj", "iobj", "voor", "met", "achter"),
    "CONCEDE": ("aan", "iobj", "obj"),
    "COOPERATE": ("met", "aan", "obj:human"),
    "AID": ("iobj", "aan", "voor", "naar", "obj:human"),
    "RETREAT": ("obj:human",),
    "REQUEST": ("obj", "iobj", "aan", "bij"),
    "ACCUSE": ("obj", "iobj", "op", "tegen"),
    "REJECT": ("obj", "iobj"),
    "THREATEN": ("iobj", "obj:human", "tegen"),
    "PROTEST": ("tegen", "obj"),
    "SANCTION": ("met", "tegen", "obj", "aan", "iobj"),
    "MOBILIZE": ("tegen", "rond"),
    "COERCE": ("obj", "tegen"),
    "ASSAULT": ("obj", "op", "tegen"),
    "OTHER": ("obj:human",),
}
# Words that never fill a role: negative and reflexive pronouns (`niemand gearresteerd`, `blies zich op`).
NO_ARGUMENT: frozenset[str] = frozenset(
    {"niemand", "niets", "zich", "zichzelf", "elkaar", "mekaar", "er", "het", "stand", "sprake"}
)

# Verbs that lend their object noun's event: `een akkoord bereiken`, `kritiek uiten`, `steun betuigen`.
# The noun becomes the trigger (the verb a part of it), the verb's subject the noun's actor and
# its indirect object or `aan` phrase the noun's target. A `recipient` light verb has the
# target as subject (`de waarnemers kregen toegang`).
LIGHT_VERBS: frozenset[str] = frozenset(
    """plaatsen geven houden voeren brengen afleggen uiten uitspreken verlenen verstrekken opleggen afkondigen uitroepen
    instellen indienen plegen starten beginnen openen bereiken hebben doen nemen betuigen aanbieden
    ondernemen organiseren uitvoeren aankondigen afsluiten sluiten lanceren inzetten toestaan aangaan
    aanleggen treffen leveren uitdelen maken krijgen ontvangen genieten aanvragen zetten stellen
    invoeren aanwenden gebruiken""".split()
)
RECIPIENT_LIGHT_VERBS: frozenset[str] = frozenset({"krijgen", "ontvangen", "genieten"})

# Verbs that are events of their own but whose subject is also the actor of their event-noun
# object: `de Commissie opende een onderzoek`, `de VS kondigden hulp aan`.
TRANSFER_VERBS: frozenset[str] = frozenset(
    """aankondigen starten beginnen openen organiseren lanceren bereiken sluiten aangaan afsluiten
    ondertekenen tekenen hervatten verlengen""".split()
)

# Verbs that say an event happens, starts, goes on or ends (`de protesten braken uit`, `gaan niet
# liggen`): their event-noun subject owns the phrases the parser hangs on them (`tegen de regering`).
OCCURRENCE_VERBS: frozenset[str] = frozenset(
    """uitbreken losbarsten beginnen starten plaatsvinden doorgaan liggen aanhouden voortduren escaleren
    ontstaan eindigen stoppen ophouden toenemen afnemen oplaaien verspreiden ontaarden uitlopen verlopen
    blijven duren groeien aanzwellen""".split()
)
# Words before a time expression that make it a bound, not the event's date (`sinds begin augustus`).
TIME_BOUNDS: frozenset[str] = frozenset(
    {"sinds", "sedert", "vanaf", "tot", "totdat", "voor", "voordat", "na", "nadat", "tegen"}
)

# Event types whose events happen somewhere: they take the article's main place when their
# sentence names none (a statement or a demand has no place worth inferring).
PLACED_TYPES: frozenset[str] = frozenset({"PROTEST", "COERCE", "ASSAULT", "MOBILIZE", "CONSULT", "RETREAT"})

# Verbs whose object or complement is controlled by their object (`vroeg Rusland ... te helpen`):
# the embedded verb's actor is the matrix object, not the matrix subject.
OBJECT_CONTROL: frozenset[str] = frozenset(
    """dwingen vragen verzoeken oproepen aansporen bevelen helpen toestaan verbieden adviseren uitnodigen
    aanmanen opdragen overhalen machtigen""".split()
)

# --- verbal triggers -------------------------------------------------------------------------

VERBS: dict[str, tuple[str, ...]] = {
    # AGREE: promises, offers, agreements to cooperate, invitations, future cooperation.
    "beloven": ("AGREE",),
    "toezeggen": ("AGREE",),
    "aanbieden": ("AGREE if clause", "AGREE ; target=iobj|aan"),
    "instemmen": ("AGREE ; target=met",),
    "overeenkomen": ("AGREE",),
    "afspreken": ("AGREE",),
    "aanvaarden": ("AGREE",),
    "accepteren": ("AGREE",),
    "uitnodigen": ("AGREE ; target=obj",),
    "garanderen": ("AGREE",),
    "verzekeren": ("AGREE if clause", "AGREE"),
    "bemiddelen": ("AGREE",),
    # CONSULT: meetings, visits, talks, calls.
    "ontmoeten": ("CONSULT",),
    "vergaderen": ("CONSULT",),
    "overleggen": ("CONSULT ; target=met",),
    "onderhandelen": ("CONSULT ; target=met",),
    "spreken": ("CONSULT if pp:met ; target=met", "OTHER/statement"),
    "praten": ("CONSULT if pp:met ; target=met", "OTHER/statement"),
    "telefoneren": ("CONSULT/phone ; target=met",),
    "bellen": ("CONSULT/phone ; target=met|obj",),
    "bezoeken": ("CONSULT/visit if obj:human", "CONSULT/visit if obj:place", "OTHER/visit"),
    "ontvangen": ("CONSULT/visit if obj:human", "OTHER/receive"),
    "samenkomen": ("CONSULT",),
    "bijeenkomen": ("CONSULT",),
    "confereren": ("CONSULT",),
    "beraadslagen": ("CONSULT",),
    # SUPPORT: endorse, praise, recognise, sign, defend verbally, improve relations.
    "steunen": ("SUPPORT",),
    "ondersteunen": ("SUPPORT",),
    "prijzen": ("SUPPORT",),
    "loven": ("SUPPORT",),
    "toejuichen": ("SUPPORT",),
    "verwelkomen": ("SUPPORT",),
    "feliciteren": ("SUPPORT",),
    "bedanken": ("SUPPORT",),
    "danken": ("SUPPORT",),
    "complimenteren": ("SUPPORT",),
    "erkennen": ("CONCEDE if clause", "SUPPORT"),
    "ondertekenen": ("SUPPORT",),
    "tekenen": ("SUPPORT if obj:agreement", "OTHER"),
    "bekrachtigen": ("SUPPORT",),
    "ratificeren": ("SUPPORT",),
    "goedkeuren": ("SUPPORT",),
    "onderschrijven": ("SUPPORT",),
    "verdedigen": ("SUPPORT if obj:legislation", "SUPPORT if obj:human", "SUPPORT"),
    "herstellen": ("SUPPORT if obj:relations", "OTHER/restore"),
    "hernieuwen": ("SUPPORT",),
    "aanknopen": ("SUPPORT ; target=met",),
    "opnemen": ("SUPPORT if pp:voor ; target=voor", "OTHER"),
    "bijstaan": ("SUPPORT",),
    # CONCEDE: verbal concessions, easing, pardon, amnesty, acquittal, regret, yielding to demands.
    "toegeven": ("CONCEDE ; target=aan",),
    "zwichten": ("CONCEDE ; target=voor",),
    "opheffen": ("CONCEDE if obj:restriction", "CONCEDE"),
    "versoepelen": ("CONCEDE",),
    "afschaffen": ("CONCEDE if obj:restriction", "OTHER/abolish"),
    "schrappen": ("CONCEDE if obj:restriction", "OTHER/cancel"),
    "intrekken": ("CONCEDE if obj:legislation", "CONCEDE if obj:claim", "CONCEDE"),
    "vrijspreken": ("CONCEDE",),
    "begenadigen": ("CONCEDE",),
    "amnestiëren": ("CONCEDE",),
    "betreuren": ("CONCEDE",),
    "excuseren": ("CONCEDE",),
    "tegemoetkomen": ("CONCEDE",),
    "inwilligen": ("CONCEDE",),
    "inbinden": ("CONCEDE",),
    # COOPERATE: material cooperation, exchanges, extraditions, intelligence sharing.
    "samenwerken": ("COOPERATE ; target=met",),
    "uitleveren": ("COOPERATE ; target=aan",),
    "overdragen": ("COOPERATE if obj:human ; target=aan", "OTHER/transfer ; target=aan"),
    "uitwisselen": ("RETREAT/release if obj:prisoners", "COOPERATE ; target=met"),
    "delen": ("COOPERATE if pp:met ; target=met", "OTHER"),
    "investeren": ("COOPERATE if pp:met ; target=met", "OTHER/investment"),
    "patrouilleren": ("COOPERATE if word:samen", "MOBILIZE/police"),
    "hervatten": ("COOPERATE",),
    "handeldrijven": ("COOPERATE ; target=met",),
    # AID: money, loans, aid goods, military aid, asylum, rescue, shelter.
    "lenen": ("AID/economic ; target=iobj|aan",),
    "uitlenen": ("AID/economic ; target=iobj|aan",),
    "schenken": ("AID/economic if obj:money ; target=iobj|aan", "AID/humanitarian ; target=iobj|aan"),
    "doneren": ("AID/economic if obj:money ; target=iobj|aan", "AID/humanitarian ; target=iobj|aan"),
    "financieren": ("AID/economic",),
    "subsidiëren": ("AID/economic",),
    "leveren": (
        "AID/military if obj:weapons ; target=aan|iobj",
        "AID/humanitarian if obj:aid_goods ; target=aan|iobj",
        "OTHER/delivery ; target=aan|iobj",
    ),
    "sturen": (
        "MOBILIZE/troops if obj:troops ; place=naar",
        "MOBILIZE/police if obj:police ; place=naar",
        "MOBILIZE/weapons if obj:weapons ; place=naar",
        "AID/humanitarian if obj:aid_goods ; target=naar|aan|iobj",
        "AID/humanitarian if pp:met:aid_goods ; target=naar|aan|iobj",
        "OTHER/send ; target=naar|aan|iobj",
    ),
    "zenden": (
        "MOBILIZE/troops if obj:troops ; place=naar",
        "AID/humanitarian if obj:aid_goods ; target=naar|aan|iobj",
        "OTHER/send",
    ),
    "uitdelen": ("AID/humanitarian ; target=aan",),
    "uittrekken": ("AID/economic if obj:money ; target=voor", "OTHER"),
    "vrijmaken": ("AID/economic if obj:money ; target=voor", "OTHER"),
    "helpen": ("AID ; target=obj|iobj",),
    "redden": ("AID ; target=obj",),
    "bevrijden": ("AID ; target=obj",),
    "evacueren": ("AID/humanitarian ; target=obj",),
    "opvangen": ("AID/humanitarian if obj:human ; target=obj", "OTHER"),
    # RETREAT: withdrawals, releases, disarmament, ceasefires kept, access, resignations.
    "terugtrekken": (
        "RETREAT/withdraw if refl ; place=uit",
        "RETREAT/withdraw if obj:troops_or_weapons ; place=uit",
        "CONCEDE if obj:legislation",
        "RETREAT/withdraw ; place=uit",
    ),
    "wegtrekken": ("RETREAT/withdraw ; place=uit",),
    "weghalen": ("RETREAT/withdraw if obj:troops_or_weapons ; place=uit", "OTHER/remove"),
    "terugroepen": ("SANCTION/withdraw ; place=uit",),
    "verlaten": ("RETREAT/withdraw if subj:troops ; place=obj", "OTHER/leave ; place=obj"),
    "ontruimen": ("RETREAT/withdraw",),
    "vrijlaten": ("RETREAT/release ; target=obj",),
    "vrijkomen": ("RETREAT/release ; target=subj ; actor=none",),
    "overgeven": ("RETREAT/disarm if refl", "RETREAT/disarm"),
    "capituleren": ("RETREAT/disarm",),
    "ontwapenen": ("RETREAT/disarm",),
    "inleveren": ("RETREAT/disarm if obj:weapons ; target=bij", "OTHER"),
    "neerleggen": ("RETREAT/disarm if obj:weapons", "OTHER"),
    "toelaten": ("RETREAT/access if obj:human ; place=tot", "RETREAT/access if obj:aid_goods ; place=tot", "CONCEDE"),
    "aftreden": ("RETREAT/resign",),
    "opstappen": ("RETREAT/resign",),
    "terugtreden": ("RETREAT/resign",),
    "demobiliseren": ("RETREAT/disarm",),
    # REQUEST: requests, demands, calls, appeals, orders.
    "eisen": ("REQUEST",),
    "vragen": ("REQUEST if obj:human", "REQUEST if pp:om", "REQUEST if iobj", "REQUEST"),
    "verzoeken": ("REQUEST",),
    "oproepen": ("REQUEST",),
    "aandringen": ("REQUEST ; target=bij",),
    "verlangen": ("REQUEST",),
    "smeken": ("REQUEST",),
    "pleiten": ("REQUEST",),
    "aansporen": ("REQUEST",),
    "bevelen": ("REQUEST",),
    "opdragen": ("REQUEST",),
    "vorderen": ("REQUEST",),
    "aanvragen": ("REQUEST",),
    "appelleren": ("REQUEST ; target=aan",),
    "manen": ("REQUEST",),
    # ACCUSE: disapproval, criticism, accusations, lawsuits, charges, investigations.
    "beschuldigen": ("ACCUSE/allege",),
    "betichten": ("ACCUSE/allege",),
    "verwijten": ("ACCUSE/allege ; target=iobj|obj",),
    "verdenken": ("ACCUSE/allege",),
    "aanklagen": ("ACCUSE/allege",),
    "vervolgen": ("ACCUSE/allege if obj:human", "OTHER/continue"),
    "dagvaarden": ("ACCUSE/allege",),
    "dagen": ("ACCUSE/allege if pp:voor",),
    "slepen": ("ACCUSE/allege if pp:voor",),
    "veroordelen": ("SANCTION/convict if pp:tot", "SANCTION/convict if pp:wegens", "ACCUSE/disapprove"),
    "bekritiseren": ("ACCUSE/disapprove",),
    "hekelen": ("ACCUSE/disapprove",),
    "laken": ("ACCUSE/disapprove",),
    "afkeuren": ("ACCUSE/disapprove",),
    "klagen": ("ACCUSE/disapprove ; target=over",),
    "protesteren": (
        "ACCUSE/disapprove if pp:op:media ; target=tegen",
        "ACCUSE/disapprove if pp:via:media ; target=tegen",
        "PROTEST/demo ; target=tegen",
    ),
    "onderzoeken": ("ACCUSE/investigate",),
    "doorlichten": ("ACCUSE/investigate",),
    "ontbieden": ("ACCUSE/disapprove if obj:diplomat", "OTHER/summon"),
    "aanspreken": ("ACCUSE/disapprove",),
    # REJECT: rejections, refusals, cancellations of meetings, vetoes, defiance.
    "weigeren": ("REJECT ; target=iobj|obj",),
    "afwijzen": ("REJECT",),
    "verwerpen": ("REJECT",),
    "uitsluiten": ("REJECT",),
    "afzeggen": ("REJECT/meet",),
    "annuleren": ("REJECT/meet",),
    "afblazen": ("REJECT/meet",),
    "boycotten": ("PROTEST/boycott",),
    "negeren": ("REJECT",),
    "trotseren": ("REJECT/yield",),
    "tarten": ("REJECT/yield",),
    "tegenhouden": ("REJECT",),
    "blokkeren": (
        "PROTEST/obstruct if subj:protesters",
        "COERCE/censor if obj:media",
        "COERCE/censor if pp:tot:media",
        "REJECT",
    ),
    "afketsen": ("REJECT",),
    "tegenstemmen": ("REJECT",),
    "ontkennen": ("OTHER/deny",),
    # THREATEN: threats and coercive warnings.
    "dreigen": ("THREATEN ; target=iobj|obj|tegen",),
    "bedreigen": ("THREATEN/violence",),
    "waarschuwen": (
        "THREATEN/violence if pp:voor:force",
        "THREATEN if pp:voor:consequences",
        "THREATEN if pp:met",
        "OTHER/warning",
    ),
    "intimideren": ("COERCE",),
    # PROTEST: demonstrations, strikes, hunger strikes, boycotts, blockades, riots, vandalism.
    "betogen": ("PROTEST/demo ; target=tegen",),
    "demonstreren": ("PROTEST/demo ; target=tegen",),
    "manifesteren": ("PROTEST/demo ; target=tegen",),
    "staken": ("PROTEST/strike if subj:human ; target=tegen",),
    "rellen": ("PROTEST/riot",),
    "relschoppen": ("PROTEST/riot",),
    "plunderen": ("PROTEST/riot",),
    "bekladden": ("PROTEST/vandalize",),
    "bezetten": ("PROTEST/obstruct if subj:protesters", "COERCE/seize"),
    "marcheren": ("PROTEST/demo ; target=tegen",),
    # SANCTION: reductions of relations, expulsions, convictions, sanctions, withdrawals.
    "verbreken": ("SANCTION/withdraw ; target=met",),
    "bevriezen": ("SANCTION/discontinue",),
    "opschorten": ("SANCTION/discontinue",),
    "stopzetten": ("SANCTION/discontinue",),
    "stoppen": ("SANCTION/discontinue if obj:aid_goods", "SANCTION/discontinue if obj:deliveries", "OTHER/stop"),
    "opzeggen": ("SANCTION/discontinue",),
    "zetten": ("SANCTION/expel if pp:uit", "OTHER"),
    "uitwijzen": ("SANCTION/expel if obj:diplomat", "COERCE/deport"),
    "uitzetten": ("SANCTION/expel if obj:diplomat", "SANCTION/expel if pp:uit", "COERCE/deport"),
    "royeren": ("SANCTION/expel",),
    "schorsen": ("SANCTION/expel",),
    "uitstappen": ("SANCTION/withdraw ; target=uit",),
    "sanctioneren": ("SANCTION/discontinue",),
    "straffen": ("SANCTION",),
    "beboeten": ("SANCTION/convict",),
    "verbannen": ("SANCTION/expel",),
    "ontzetten": ("SANCTION/expel",),
    # MOBILIZE: military or police moves short of force.
    "mobiliseren": ("MOBILIZE/troops",),
    "inzetten": (
        "MOBILIZE/troops if obj:troops",
        "MOBILIZE/police if obj:police",
        "ASSAULT/crowd-control if obj:crowd_control ; target=tegen",
        "MOBILIZE/weapons if obj:weapons",
        "OTHER/deploy",
    ),
    "ontplooien": ("MOBILIZE/troops if obj:troops", "MOBILIZE/weapons if obj:weapons", "OTHER/deploy"),
    "stationeren": (
        "MOBILIZE/troops if obj:troops",
        "MOBILIZE/weapons",
    ),
    "verplaatsen": (
        "MOBILIZE/troops if obj:troops ; place=naar",
        "MOBILIZE/weapons if obj:weapons ; place=naar",
        "OTHER/move",
    ),
    "samentrekken": ("MOBILIZE/troops if obj:troops ; place=rond|bij|aan", "OTHER"),
    "samenscholen": ("PROTEST/demo",),
    "testen": ("MOBILIZE/weapons if obj:weapons", "OTHER/test"),
    "afvuren": ("ASSAULT/heavy-weapons if obj:weapons ; target=op", "ASSAULT/firearms ; target=op"),
    "oefenen": ("MOBILIZE/troops",),
    # COERCE: arrests, detentions, raids, bans, censorship, curfews, deportations, cyber attacks.
    "arresteren": ("COERCE/arrest",),
    "oppakken": ("COERCE/arrest if obj:human", "OTHER/pick-up"),
    "aanhouden": ("COERCE/arrest if obj:human", "OTHER/continue"),
    "opsluiten": ("COERCE/arrest",),
    "vasthouden": ("COERCE/arrest if obj:human", "OTHER/hold"),
    "vastzetten": ("COERCE/arrest if obj:human", "OTHER/fix"),
    "detineren": ("COERCE/arrest",),
    "interneren": ("COERCE/arrest",),
    "inrekenen": ("COERCE/arrest",),
    "oprollen": ("COERCE/arrest if obj:human",),
    "deporteren": ("COERCE/deport ; place=naar",),
    "verbieden": ("COERCE/restrict",),
    "censureren": ("COERCE/censor",),
    "afsluiten": (
        "COERCE/withhold if obj:media",
        "COERCE/withhold if noobj",
        "COERCE/restrict if obj:place",
        "OTHER/close",
    ),
    "afsnijden": ("COERCE/withhold",),
    "platleggen": ("COERCE/cyber if obj:media", "PROTEST/strike"),
    "hacken": ("COERCE/cyber",),
    "binnenvallen": ("COERCE/seize if obj:building", "ASSAULT"),
    "doorzoeken": ("COERCE/seize",),
    "confisqueren": ("COERCE/seize",),
    "onteigenen": ("COERCE/seize",),
    "uiteendrijven": ("COERCE/restrict",),
    "onderdrukken": ("COERCE",),
    "omsingelen": ("COERCE/restrict",),
    "verjagen": ("COERCE/restrict",),
    "muilkorven": ("COERCE/censor",),
    # ASSAULT: deliberate violence.
    "aanvallen": ("ASSAULT",),
    "binnendringen": ("ASSAULT",),
    "bestoken": ("ASSAULT/heavy-weapons if pp:met:weapons", "ASSAULT"),
    "beschieten": ("ASSAULT/heavy-weapons if pp:met:weapons", "ASSAULT/firearms"),
    "bombarderen": ("ASSAULT/aerial",),
    "doden": ("ASSAULT",),
    "vermoorden": ("ASSAULT/targeted",),
    "liquideren": ("ASSAULT/targeted",),
    "executeren": ("ASSAULT/targeted",),
    "terechtstellen": ("ASSAULT/targeted",),
    "ombrengen": ("ASSAULT",),
    "doodschieten": ("ASSAULT/firearms",),
    "neerschieten": ("ASSAULT/firearms",),
    "schieten": ("ASSAULT/firearms ; target=op",),
    "ontvoeren": ("ASSAULT/abduct",),
    "gijzelen": ("ASSAULT/abduct",),
    "kapen": ("ASSAULT/abduct",),
    "martelen": ("ASSAULT/torture",),
    "folteren": ("ASSAULT/torture",),
    "mishandelen": ("ASSAULT/beat",),
    "slaan": ("ASSAULT/beat if obj:human", "OTHER"),
    "uiteenslaan": ("ASSAULT/crowd-control",),
    "aftuigen": ("ASSAULT/beat",),
    "verkrachten": ("ASSAULT/sexual",),
    "opblazen": ("ASSAULT/explosives",),
    "vernietigen": ("ASSAULT/destroy",),
    "verwoesten": ("ASSAULT/destroy",),
    "platbranden": ("ASSAULT/primitive",),
    "steken": ("PROTEST/strike if subj:human,noobj ; target=tegen", "ASSAULT/primitive if obj:human", "OTHER"),
    "neersteken": ("ASSAULT/primitive",),
    "vechten": ("ASSAULT ; actor=subj|met",),
    "bevechten": ("ASSAULT",),
    "strijden": ("ASSAULT",),
    "innemen": ("COERCE/seize if obj:place", "OTHER"),
    "veroveren": ("COERCE/seize",),
    "belegeren": ("ASSAULT",),
    "invaderen": ("ASSAULT",),
    "binnentrekken": ("ASSAULT",),
    # OTHER: events outside PLOVER, with a descriptive mode.
    "kiezen": ("OTHER/election if obj:office", "OTHER/election if noobj", "OTHER/choice"),
    "verkiezen": ("OTHER/election",),
    "herverkiezen": ("OTHER/election",),
    "stemmen": ("OTHER/vote",),
    "winnen": ("OTHER/win",),
    "verliezen": ("OTHER/loss",),
    "reizen": ("OTHER/travel ; place=naar|in",),
    "vliegen": ("OTHER/travel ; place=naar|in",),
    "landen": ("OTHER/travel ; place=in|op",),
    "vertrekken": ("OTHER/travel ; place=naar|uit",),
    "aankomen": ("OTHER/travel ; place=in",),
    "terugkeren": ("OTHER/travel ; place=naar",),
    "terugkomen": ("OTHER/travel ; place=naar",),
    "verhuizen": ("OTHER/travel ; place=naar",),
    "vluchten": ("OTHER/flight ; place=naar|uit",),
    "uitwijken": ("OTHER/flight ; place=naar",),
    "onderduiken": ("OTHER/flight",),
    "emigreren": ("OTHER/travel ; place=naar",),
    "overlijden": ("OTHER/death",),
    "sterven": ("OTHER/death",),
    "omkomen": ("OTHER/death",),
    "sneuvelen": ("OTHER/death",),
    "verongelukken": ("OTHER/death",),
    "verdrinken": ("OTHER/death",),
    "lanceren": ("OTHER/launch",),
    "introduceren": ("OTHER/launch",),
    "onthullen": ("OTHER/launch",),
    "presenteren": ("OTHER/launch",),
    "uitbrengen": ("OTHER/launch",),
    "verkopen": ("OTHER/sale",),
    "kopen": ("OTHER/purchase",),
    "overnemen": ("OTHER/acquisition",),
    "fuseren": ("OTHER/merger",),
    "benoemen": ("OTHER/appointment",),
    "aanstellen": ("OTHER/appointment",),
    "beëdigen": ("OTHER/appointment",),
    "inhuldigen": ("OTHER/appointment",),
    "aantreden": ("OTHER/appointment",),
    "ontslaan": ("OTHER/dismissal",),
    "oprichten": ("OTHER/founding",),
    "trouwen": ("OTHER/marriage",),
    "aankondigen": ("OTHER/statement",),
    "zeggen": ("OTHER/statement",),
    "verklaren": ("OTHER/statement",),
    "melden": ("OTHER/statement",),
    "bevestigen": ("OTHER/statement",),
    "meedelen": ("OTHER/statement",),
    "bekendmaken": ("OTHER/statement",),
    "schrijven": ("OTHER/statement",),
    "twitteren": ("OTHER/statement",),
    "posten": ("OTHER/statement",),
    "beweren": ("OTHER/statement",),
    "claimen": ("OTHER/statement",),
    "stellen": ("OTHER/statement if clause", "OTHER"),
    "benadrukken": ("OTHER/statement",),
    "beklemtonen": ("OTHER/statement",),
    "onderstrepen": ("OTHER/statement",),
    "reageren": ("OTHER/statement",),
    "verhogen": ("OTHER/increase",),
    "verlagen": ("OTHER/decrease",),
    "stijgen": ("OTHER/increase",),
    "dalen": ("OTHER/decrease",),
    "hervormen": ("OTHER/reform",),
    "frauderen": ("OTHER/fraud",),
    "vervalsen": ("OTHER/fraud",),
    "uitbreken": ("OTHER/outbreak",),
    "ontsnappen": ("OTHER/escape",),
}

# Multi-word and idiomatic verbs: the verb, then (words, senses...): the words must stand in the
# verb's clause, in this order (`kwamen ... de straat op`, `staken ... in brand`, `nam ... in beslag`).
# A single word is a separable particle (`zette ... uit`) or a fixed complement.
MULTIWORD: dict[str, tuple[tuple[str, ...], ...]] = {
    "komen": (
        ("de straat op", "PROTEST/demo ; target=tegen"),
        ("op straat", "PROTEST/demo ; target=tegen"),
        ("in opstand", "PROTEST/riot ; target=tegen"),
        ("in actie", "PROTEST/demo ; target=tegen"),
        ("om het leven", "OTHER/death"),
        ("tot een akkoord", "AGREE"),
        ("tot een overeenkomst", "AGREE"),
        ("overeen", "AGREE"),
        ("bijeen", "CONSULT"),
        ("samen", "CONSULT"),
        ("vrij", "RETREAT/release ; target=subj ; actor=none"),
        ("om", "OTHER/death"),
        ("aan de macht", "OTHER/takeover"),
    ),
    "gaan": (
        ("de straat op", "PROTEST/demo ; target=tegen"),
        ("op straat", "PROTEST/demo ; target=tegen"),
        ("in staking", "PROTEST/strike ; target=tegen"),
        ("in hongerstaking", "PROTEST/hunger"),
        ("om tafel", "CONSULT ; target=met"),
        ("in beroep", "ACCUSE/allege ; target=tegen"),
        ("akkoord", "AGREE ; target=met"),
        ("op de vlucht", "OTHER/flight"),
        ("in ballingschap", "OTHER/exile"),
    ),
    "trekken": (
        ("de straat op", "PROTEST/demo ; target=tegen"),
        ("ten strijde", "ASSAULT ; target=tegen"),
        ("zich terug", "RETREAT/withdraw ; place=uit"),
    ),
    "zitten": (("om tafel", "CONSULT ; target=met"), ("in hongerstaking", "PROTEST/hunger")),
    "leggen": (
        ("het werk neer", "PROTEST/strike"),
        ("de wapens neer", "RETREAT/disarm"),
        ("naast zich neer", "REJECT"),
        ("plat", "COERCE/cyber if obj:media", "PROTEST/strike"),
        ("aan banden", "COERCE/restrict"),
        ("het loodje", "OTHER/death"),
    ),
    "steken": (("in brand", "ASSAULT/primitive"), ("de draak", "ACCUSE/disapprove ; target=met")),
    "nemen": (
        ("in beslag", "COERCE/seize"),
        ("in hechtenis", "COERCE/arrest"),
        ("gevangen", "COERCE/arrest"),
        ("onder vuur", "ASSAULT/firearms"),
        ("in gijzeling", "ASSAULT/abduct"),
        ("ontslag", "RETREAT/resign"),
        ("het op voor", "SUPPORT ; target=voor"),
        ("op voor", "SUPPORT ; target=voor"),
        ("deel aan", "OTHER/participation"),
    ),
    "roepen": (("op het matje", "ACCUSE/disapprove"), ("op", "REQUEST"), ("terug", "SANCTION/withdraw ; place=uit")),
    "wijzen": (("van de hand", "REJECT"), ("af", "REJECT"), ("uit", "SANCTION/expel if obj:diplomat", "COERCE/deport")),
    "dagen": (("voor de rechter", "ACCUSE/allege"), ("voor de rechtbank", "ACCUSE/allege")),
    "slepen": (("voor de rechter", "ACCUSE/allege"), ("voor de rechtbank", "ACCUSE/allege")),
    "brengen": (
        ("op de markt", "OTHER/launch"),
        ("in stelling", "MOBILIZE/weapons"),
        ("een bezoek", "CONSULT/visit ; target=aan"),
        ("om het leven", "ASSAULT"),
        ("tot staan", "COERCE/restrict"),
        ("uit", "OTHER/launch"),
    ),
    "openen": (("het vuur", "ASSAULT/firearms ; target=op"),),
    "geven": (
        ("geen gehoor", "REJECT ; target=aan"),
        ("gehoor", "CONCEDE ; target=aan"),
        ("toe", "CONCEDE ; target=aan"),
        ("de opdracht", "REQUEST"),
        ("het bevel", "REQUEST"),
        ("groen licht", "SUPPORT ; target=voor|aan"),
    ),
    "stellen": (
        ("aan de kaak", "ACCUSE/disapprove"),
        ("een ultimatum", "THREATEN/relations ; target=aan"),
        ("in staat van beschuldiging", "ACCUSE/allege"),
        ("onder curatele", "COERCE/restrict"),
        ("in vrijheid", "RETREAT/release"),
        ("voor", "OTHER/proposal"),
    ),
    "zetten": (
        ("onder druk", "COERCE"),
        ("achter de tralies", "COERCE/arrest"),
        ("het land uit", "SANCTION/expel if obj:diplomat", "COERCE/deport"),
        ("uit", "SANCTION/expel if obj:diplomat", "SANCTION/expel if pp:uit", "COERCE/deport"),
        ("op straat", "OTHER/dismissal"),
        ("stop", "SANCTION/discontinue"),
        ("vast", "COERCE/arrest if obj:human"),
        (
            "in",
            "MOBILIZE/troops if obj:troops",
            "MOBILIZE/police if obj:police",
            "ASSAULT/crowd-control if obj:crowd_control ; target=tegen",
            "MOBILIZE/weapons if obj:weapons",
        ),
    ),
    "houden": (
        ("vast", "COERCE/arrest if obj:human"),
        ("gevangen", "COERCE/arrest"),
        ("tegen", "REJECT"),
        ("onder vier ogen", "CONSULT"),
        ("toezicht", "OTHER/supervision ; target=op"),
    ),
    "laten": (
        ("vallen", "SANCTION/withdraw"),
        ("in de steek", "SANCTION/withdraw"),
        ("vrij", "RETREAT/release"),
        ("toe", "RETREAT/access if obj:human", "CONCEDE"),
    ),
    "drijven": (("uiteen", "COERCE/restrict"), ("uit elkaar", "COERCE/restrict")),
    "slaan": (
        ("uiteen", "ASSAULT/crowd-control"),
        ("uit elkaar", "ASSAULT/crowd-control"),
        ("neer", "ASSAULT/crowd-control if obj:protest", "ASSAULT/beat"),
        ("op de vlucht", "OTHER/flight"),
        ("de handen ineen", "COOPERATE ; target=met"),
        ("alarm", "ACCUSE/disapprove"),
    ),
    "blazen": (("zich op", "ASSAULT/suicide-attack"), ("op", "ASSAULT/explosives")),
    "spreken": (("vrij", "CONCEDE"), ("uit", "OTHER/statement"), ("af", "AGREE")),
    "stappen": (
        ("uit het verdrag", "SANCTION/withdraw"),
        ("op", "RETREAT/resign"),
        ("uit", "SANCTION/withdraw ; target=uit"),
        ("naar de rechter", "ACCUSE/allege ; target=tegen"),
    ),
    "treden": (("af", "RETREAT/resign"), ("op", "COERCE if pp:tegen ; target=tegen", "OTHER")),
    "vallen": (
        ("binnen", "COERCE/seize if obj:building", "ASSAULT"),
        ("aan", "ASSAULT"),
        ("in", "ASSAULT ; place=obj"),
        ("doden", "OTHER/death"),
    ),
    "vuren": (("af", "ASSAULT/heavy-weapons if obj:weapons ; target=op", "ASSAULT/firearms ; target=op"),),
    "schieten": (("dood", "ASSAULT/firearms"), ("neer", "ASSAULT/firearms"), ("op", "ASSAULT/firearms ; target=op")),
    "doen": (
        ("een oproep", "REQUEST ; target=aan"),
        ("een beroep", "REQUEST ; target=op"),
        ("aangifte", "ACCUSE/allege ; target=tegen"),
    ),
    "voeren": (
        ("actie", "PROTEST/demo ; target=tegen"),
        ("campagne", "OTHER/campaign"),
        ("oorlog", "ASSAULT ; target=tegen"),
    ),
    "kondigen": (("aan", "OTHER/statement"), ("af", "OTHER/statement")),
    "keren": (("terug", "OTHER/travel ; place=naar"),),
    "vragen": (("om", "REQUEST"),),
    "dringen": (("aan", "REQUEST ; target=bij"),),
    "zeggen": (("toe", "AGREE ; target=iobj"), ("af", "REJECT/meet"), ("op", "SANCTION/discontinue")),
    "stemmen": (("in", "AGREE ; target=met"), ("tegen", "REJECT")),
    "werken": (("samen", "COOPERATE ; target=met"), ("tegen", "REJECT")),
    "keuren": (("goed", "SUPPORT"), ("af", "ACCUSE/disapprove")),
    "bieden": (
        ("aan", "AGREE if clause", "AGREE ; target=iobj|aan"),
        ("excuses aan", "CONCEDE"),
        ("het hoofd", "REJECT"),
    ),
    "pakken": (("op", "COERCE/arrest if obj:human", "OTHER/pick-up"), ("aan", "OTHER")),
    "heffen": (("op", "CONCEDE"),),
    "vangen": (("op", "AID/humanitarian if obj:human", "OTHER"),),
    "delen": (("uit", "AID/humanitarian ; target=aan"),),
    "leveren": (("uit", "COOPERATE ; target=aan"), ("in", "RETREAT/disarm if obj:weapons", "OTHER")),
    "dragen": (("over", "COOPERATE if obj:human ; target=aan", "OTHER/transfer ; target=aan"),),
    "wisselen": (("uit", "RETREAT/release if obj:prisoners", "COOPERATE ; target=met"),),
    "halen": (("weg", "RETREAT/withdraw if obj:troops_or_weapons ; place=uit", "OTHER/remove"), ("bakzeil", "CONCEDE")),
    "juichen": (("toe", "SUPPORT"),),
    "scharen": (("zich achter", "SUPPORT ; target=achter"),),
    "nodigen": (("uit", "AGREE ; target=obj"),),
    "klagen": (("aan", "ACCUSE/allege"),),
    "schorten": (("op", "SANCTION/discontinue"),),
    "sluiten": (
        ("op", "COERCE/arrest"),
        ("uit", "REJECT"),
        ("een akkoord", "AGREE ; target=met"),
        ("af", "COERCE/withhold if obj:media", "COERCE/restrict if obj:place", "COERCE/withhold"),
    ),
}

# --- nominal triggers -------------------------------------------------------------------------
# noun (singular or plural as written; compounds match on their last part) -> senses.
NOUNS: dict[str, tuple[str, ...]] = {
    # AGREE
    "akkoord": ("AGREE",),
    "akkoorden": ("AGREE",),
    "overeenkomst": ("AGREE",),
    "overeenkomsten": ("AGREE",),
    "belofte": ("AGREE",),
    "beloftes": ("AGREE",),
    "toezegging": ("AGREE",),
    "toezeggingen": ("AGREE",),
    "bereidheid": ("AGREE",),
    "bereid": ("AGREE",),
    "aanbod": ("AGREE",),
    "uitnodiging": ("AGREE",),
    "compromis": ("AGREE",),
    "deal": ("AGREE",),
    "wapenstilstand": ("CONCEDE",),
    "staakt-het-vuren": ("CONCEDE if verb:afkondigen", "CONCEDE if verb:aankondigen", "RETREAT/ceasefire"),
    "bestand": ("RETREAT/ceasefire",),
    # CONSULT
    "onderhoud": ("CONSULT ; target=met",),
    "gesprek": ("CONSULT ; target=met",),
    "gesprekken": ("CONSULT ; target=met",),
    "telefoongesprek": ("CONSULT/phone ; target=met",),
    "videogesprek": ("CONSULT/phone ; target=met",),
    "overleg": ("CONSULT ; target=met",),
    "onderhandelingen": ("CONSULT ; target=met",),
    "onderhandeling": ("CONSULT ; target=met",),
    "ontmoeting": ("CONSULT ; target=met",),
    "bijeenkomst": ("CONSULT",),
    "vergadering": ("CONSULT",),
    "meeting": ("CONSULT ; target=met",),
    "top": ("CONSULT/multilateral if det",),
    "topontmoeting": ("CONSULT/multilateral",),
    "topoverleg": ("CONSULT/multilateral",),
    "summit": ("CONSULT/multilateral",),
    "conferentie": ("CONSULT/multilateral",),
    "bezoek": ("CONSULT/visit ; target=aan",),
    "staatsbezoek": ("CONSULT/visit ; target=aan",),
    "werkbezoek": ("CONSULT/visit ; target=aan",),
    "dialoog": ("CONSULT ; target=met",),
    "besprekingen": ("CONSULT ; target=met",),
    "bespreking": ("CONSULT ; target=met",),
    "consultaties": ("CONSULT",),
    "bemiddeling": ("CONSULT",),
    # SUPPORT
    "steun": ("AID/economic if verb:geven", "SUPPORT ; target=voor|aan"),
    "steunbetuiging": ("SUPPORT ; target=voor|aan",),
    "solidariteit": ("SUPPORT ; target=met",),
    "lof": ("SUPPORT ; target=voor",),
    "erkenning": ("SUPPORT ; van=target",),
    "goedkeuring": ("SUPPORT",),
    "handtekening": ("SUPPORT",),
    "ondertekening": ("SUPPORT",),
    "felicitaties": ("SUPPORT",),
    "groen licht": ("SUPPORT",),
    # CONCEDE
    "gratie": ("CONCEDE ; target=aan|iobj",),
    "amnestie": ("CONCEDE ; target=aan|voor",),
    "pardon": ("CONCEDE",),
    "vrijspraak": ("CONCEDE ; van=target",),
    "excuses": ("CONCEDE ; target=aan",),
    "verontschuldigingen": ("CONCEDE",),
    "spijt": ("CONCEDE",),
    "toegeving": ("CONCEDE",),
    "toegevingen": ("CONCEDE",),
    "concessie": ("CONCEDE",),
    "concessies": ("CONCEDE",),
    "versoepeling": ("CONCEDE",),
    "versoepelingen": ("CONCEDE",),
    # COOPERATE
    "samenwerking": ("COOPERATE ; target=met",),
    "uitlevering": ("COOPERATE ; van=target",),
    "oefening": ("COOPERATE if word:gezamenlijk", "COOPERATE if word:gezamenlijke", "MOBILIZE/troops"),
    "oefeningen": ("COOPERATE if word:gezamenlijke", "MOBILIZE/troops"),
    "manoeuvres": ("COOPERATE if word:gezamenlijke", "MOBILIZE/troops"),
    "handel": ("COOPERATE",),
    "integratie": ("COOPERATE ; target=met|tussen",),
    "partnerschap": ("COOPERATE ; target=met",),
    "joint venture": ("COOPERATE",),
    # AID
    "lening": ("AID/economic ; target=aan|voor|iobj",),
    "leningen": ("AID/economic ; target=aan|voor|iobj",),
    "noodlening": ("AID/economic ; target=aan|voor|iobj",),
    "krediet": ("AID/economic ; target=aan|voor|iobj",),
    "kredietlijn": ("AID/economic ; target=aan|voor|iobj",),
    "subsidie": ("AID/economic ; target=aan|voor",),
    "schenking": ("AID/economic ; target=aan",),
    "gift": ("AID/economic ; target=aan",),
    "donatie": ("AID/economic ; target=aan",),
    "hulp": ("AID ; target=aan|voor|iobj",),
    "noodhulp": ("AID/humanitarian ; target=aan|voor|iobj",),
    "hulpgoederen": ("AID/humanitarian ; target=aan|voor|iobj",),
    "ontwikkelingshulp": ("AID/economic ; target=aan|voor",),
    "militaire hulp": ("AID/military ; target=aan|voor",),
    "wapenleveringen": ("AID/military ; target=aan",),
    "wapenleverantie": ("AID/military ; target=aan",),
    "wapenleveranties": ("AID/military ; target=aan",),
    "steunpakket": ("AID/economic ; target=aan|voor",),
    "hulppakket": ("AID ; target=aan|voor",),
    "asiel": ("AID/asylum ; target=aan|iobj",),
    "redding": ("AID ; van=target",),
    "reddingsoperatie": ("AID",),
    "evacuatie": ("AID/humanitarian ; van=target",),
    "opvang": ("AID/humanitarian ; van=target",),
    "bailout": ("AID/economic",),
    # RETREAT
    "terugtrekking": ("RETREAT/withdraw ; place=uit",),
    "aftocht": ("RETREAT/withdraw",),
    "vrijlating": ("RETREAT/release ; van=target",),
    "ontwapening": ("RETREAT/disarm",),
    "ontslag": ("RETREAT/resign",),
    "aftreden": ("RETREAT/resign",),
    "vertrek": ("RETREAT/resign if verb:aankondigen", "OTHER/departure"),
    "gevangenenruil": ("RETREAT/release",),
    "toegang": ("RETREAT/access ; target=iobj",),
    "overgave": ("RETREAT/disarm",),
    "capitulatie": ("RETREAT/disarm",),
    # REQUEST
    "eis": ("REQUEST",),
    "eisen": ("REQUEST",),
    "oproep": ("REQUEST ; target=aan",),
    "oproepen": ("REQUEST ; target=aan",),
    "verzoek": ("REQUEST ; target=aan",),
    "verzoeken": ("REQUEST ; target=aan",),
    "smeekbede": ("REQUEST",),
    "appel": ("REQUEST ; target=aan",),
    "ultimatum": ("THREATEN/relations ; target=aan",),
    "petitie": ("REQUEST",),
    "bevel": ("REQUEST",),
    "vordering": ("REQUEST",),
    "pleidooi": ("REQUEST",),
    # ACCUSE
    "kritiek": ("ACCUSE/disapprove ; target=op",),
    "beschuldiging": ("ACCUSE/allege ; target=aan",),
    "beschuldigingen": ("ACCUSE/allege ; target=aan",),
    "aantijging": ("ACCUSE/allege",),
    "aantijgingen": ("ACCUSE/allege",),
    "verwijt": ("ACCUSE/allege",),
    "verwijten": ("ACCUSE/allege",),
    "veroordeling": ("SANCTION/convict if pp:tot", "ACCUSE/disapprove ; van=target"),
    "afkeuring": ("ACCUSE/disapprove",),
    "klacht": ("ACCUSE/allege ; target=tegen",),
    "klachten": ("ACCUSE/allege ; target=tegen",),
    "aanklacht": ("ACCUSE/allege ; target=tegen",),
    "aangifte": ("ACCUSE/allege ; target=tegen",),
    "rechtszaak": ("ACCUSE/allege ; target=tegen",),
    "groepsactie": ("ACCUSE/allege ; target=tegen",),
    "proces": ("ACCUSE/allege ; target=tegen",),
    "onderzoek": ("ACCUSE/investigate ; target=naar",),
    "onderzoeken": ("ACCUSE/investigate ; target=naar",),
    "enquête": ("ACCUSE/investigate ; target=naar",),
    "verdenking": ("ACCUSE/allege",),
    "protestnota": ("ACCUSE/disapprove",),
    "veroordelingen": ("ACCUSE/disapprove",),
    "farce": ("ACCUSE/disapprove",),
    # REJECT
    "weigering": ("REJECT",),
    "afwijzing": ("REJECT",),
    "veto": ("REJECT",),
    "boycot": ("PROTEST/boycott ; target=van|tegen",),
    "gehoor": ("REJECT if neg ; target=aan", "CONCEDE ; target=aan"),
    # THREATEN
    "dreigement": ("THREATEN",),
    "dreigementen": ("THREATEN",),
    "dreiging": ("THREATEN",),
    "bedreiging": ("THREATEN/violence",),
    "bedreigingen": ("THREATEN/violence",),
    "waarschuwing": ("THREATEN if pp:aan", "OTHER/warning"),
    # PROTEST
    "protest": ("PROTEST/demo ; target=tegen",),
    "protesten": ("PROTEST/demo ; target=tegen",),
    "protestactie": ("PROTEST/demo ; target=tegen",),
    "protestacties": ("PROTEST/demo ; target=tegen",),
    "volksprotesten": ("PROTEST/demo ; target=tegen",),
    "betoging": ("PROTEST/demo ; target=tegen",),
    "betogingen": ("PROTEST/demo ; target=tegen",),
    "demonstratie": ("PROTEST/demo ; target=tegen",),
    "demonstraties": ("PROTEST/demo ; target=tegen",),
    "manifestatie": ("PROTEST/demo ; target=tegen",),
    "mars": ("PROTEST/demo ; target=tegen",),
    "protestmars": ("PROTEST/demo ; target=tegen",),
    "optocht": ("PROTEST/demo ; target=tegen",),
    "massaprotest": ("PROTEST/demo ; target=tegen",),
    "actie": ("PROTEST/demo if verb:voeren ; target=tegen",),
    "acties": ("PROTEST/demo if verb:voeren ; target=tegen",),
    "staking": ("PROTEST/strike ; target=tegen",),
    "stakingen": ("PROTEST/strike ; target=tegen",),
    "algemene staking": ("PROTEST/strike",),
    "hongerstaking": ("PROTEST/hunger",),
    "zitstaking": ("PROTEST/obstruct",),
    "bezetting": ("PROTEST/obstruct if subj:protesters", "COERCE/seize"),
    "blokkade": ("PROTEST/obstruct if subj:protesters", "COERCE/restrict"),
    "wegblokkade": ("PROTEST/obstruct",),
    "rellen": ("PROTEST/riot",),
    "rel": ("PROTEST/riot",),
    "onlusten": ("PROTEST/riot",),
    "opstand": ("PROTEST/riot ; target=tegen",),
    "volksopstand": ("PROTEST/riot ; target=tegen",),
    "ongeregeldheden": ("PROTEST/riot",),
    "plunderingen": ("PROTEST/riot",),
    "revolutie": ("PROTEST/riot ; target=tegen",),
    "sit-in": ("PROTEST/obstruct",),
    "wake": ("PROTEST/demo",),
    # SANCTION
    "sancties": ("SANCTION/discontinue ; target=tegen|aan|iobj",),
    "sanctie": ("SANCTION/discontinue ; target=tegen|aan|iobj",),
    "strafmaatregelen": ("SANCTION/discontinue ; target=tegen",),
    "embargo": ("SANCTION/discontinue ; target=tegen|op",),
    "wapenembargo": ("SANCTION/discontinue ; target=tegen|op",),
    "importverbod": ("SANCTION/discontinue ; target=op",),
    "exportverbod": ("SANCTION/discontinue ; target=op",),
    "handelsverbod": ("SANCTION/discontinue",),
    "uitwijzing": ("SANCTION/expel ; van=target",),
    "uitzetting": ("COERCE/deport ; van=target",),
    "schorsing": ("SANCTION/expel ; van=target",),
    "celstraf": ("COERCE/arrest",),
    "gevangenisstraf": ("COERCE/arrest",),
    "boete": ("SANCTION/convict",),
    "vonnis": ("SANCTION/convict",),
    # MOBILIZE
    "mobilisatie": ("MOBILIZE/troops",),
    "troepenopbouw": ("MOBILIZE/troops",),
    "troepenmacht": ("MOBILIZE/troops",),
    "paraatheid": ("MOBILIZE/troops",),
    "raketproef": ("MOBILIZE/weapons",),
    "raketlancering": ("MOBILIZE/weapons",),
    "kernproef": ("MOBILIZE/weapons",),
    "stelling": ("MOBILIZE/weapons if verb:brengen",),
    # COERCE
    "arrestatie": ("COERCE/arrest ; van=target",),
    "arrestaties": ("COERCE/arrest ; van=target",),
    "aanhouding": ("COERCE/arrest ; van=target",),
    "aanhoudingen": ("COERCE/arrest ; van=target",),
    "hechtenis": ("COERCE/arrest",),
    "detentie": ("COERCE/arrest ; van=target",),
    "opsluiting": ("COERCE/arrest ; van=target",),
    "gevangenneming": ("COERCE/arrest ; van=target",),
    "huisarrest": ("COERCE/arrest",),
    "avondklok": ("COERCE/curfew",),
    "noodtoestand": ("COERCE/martial-law",),
    "staat van beleg": ("COERCE/martial-law",),
    "krijgswet": ("COERCE/martial-law",),
    "uitzonderingstoestand": ("COERCE/martial-law",),
    "censuur": ("COERCE/censor",),
    "verbod": ("COERCE/restrict ; target=op",),
    "deportatie": ("COERCE/deport ; van=target",),
    "deportaties": ("COERCE/deport ; van=target",),
    "inval": ("COERCE/seize ; target=in|bij",),
    "invallen": ("COERCE/seize ; target=in|bij",),
    "huiszoeking": ("COERCE/seize ; target=bij",),
    "huiszoekingen": ("COERCE/seize ; target=bij",),
    "razzia": ("COERCE/arrest",),
    "beslag": ("COERCE/seize",),
    "inbeslagname": ("COERCE/seize",),
    "repressie": ("COERCE ; target=van|tegen",),
    "onderdrukking": ("COERCE ; van=target",),
    "intimidatie": ("COERCE ; target=van",),
    "cyberaanval": ("COERCE/cyber ; target=op",),
    "hack": ("COERCE/cyber",),
    "desinformatie": ("COERCE/misinformation",),
    "blokkering": ("COERCE/censor",),
    # ASSAULT
    "aanval": ("ASSAULT ; target=op",),
    "aanvallen": ("ASSAULT ; target=op",),
    "aanslag": ("ASSAULT ; target=op",),
    "aanslagen": ("ASSAULT ; target=op",),
    "bomaanslag": ("ASSAULT/explosives ; target=op",),
    "zelfmoordaanslag": ("ASSAULT/suicide-attack ; target=op",),
    "terreuraanslag": ("ASSAULT ; target=op",),
    "bombardement": ("ASSAULT/aerial ; target=op",),
    "bombardementen": ("ASSAULT/aerial ; target=op",),
    "luchtaanval": ("ASSAULT/aerial ; target=op",),
    "luchtaanvallen": ("ASSAULT/aerial ; target=op",),
    "droneaanval": ("ASSAULT/drone ; target=op",),
    "raketaanval": ("ASSAULT/heavy-weapons ; target=op",),
    "beschieting": ("ASSAULT ; target=van|op",),
    "beschietingen": ("ASSAULT ; target=van|op",),
    "schietpartij": ("ASSAULT/firearms",),
    "gevechten": ("ASSAULT ; actor=tussen",),
    "gevecht": ("ASSAULT ; actor=tussen",),
    "strijd": ("ASSAULT ; actor=tussen",),
    "oorlog": ("ASSAULT ; actor=tussen ; target=tegen",),
    "invasie": ("ASSAULT ; target=van|in",),
    "inval leger": ("ASSAULT",),
    "offensief": ("ASSAULT ; target=tegen|op",),
    "grondoffensief": ("ASSAULT ; target=tegen|op",),
    "moord": ("ASSAULT/targeted ; van=target",),
    "moorden": ("ASSAULT/targeted ; van=target",),
    "aanslag op het leven": ("ASSAULT/targeted",),
    "executie": ("ASSAULT/targeted ; van=target",),
    "executies": ("ASSAULT/targeted ; van=target",),
    "bloedbad": ("ASSAULT/targeted",),
    "slachtpartij": ("ASSAULT/targeted",),
    "ontvoering": ("ASSAULT/abduct ; van=target",),
    "gijzeling": ("ASSAULT/abduct ; van=target",),
    "kaping": ("ASSAULT/abduct ; van=target",),
    "marteling": ("ASSAULT/torture ; van=target",),
    "martelingen": ("ASSAULT/torture ; van=target",),
    "folteringen": ("ASSAULT/torture ; van=target",),
    "foltering": ("ASSAULT/torture ; van=target",),
    "mishandeling": ("ASSAULT/beat ; van=target",),
    "mishandelingen": ("ASSAULT/beat ; van=target",),
    "verkrachting": ("ASSAULT/sexual ; van=target",),
    "geweld": ("ASSAULT ; target=tegen",),
    "politiegeweld": ("ASSAULT/beat ; target=tegen",),
    "brandstichting": ("ASSAULT/primitive",),
    "traangas": ("ASSAULT/crowd-control ; target=tegen",),
    "waterkanonnen": ("ASSAULT/crowd-control ; target=tegen",),
    "waterkanon": ("ASSAULT/crowd-control ; target=tegen",),
    "genocide": ("ASSAULT/targeted",),
    "etnische zuivering": ("ASSAULT",),
    # OTHER
    "verkiezingen": ("OTHER/election",),
    "verkiezing": ("OTHER/election ; van=target",),
    "herverkiezing": ("OTHER/election",),
    "stemming": ("OTHER/vote",),
    "referendum": ("OTHER/election",),
    "volksraadpleging": ("OTHER/election",),
    "stembusgang": ("OTHER/election",),
    "reis": ("OTHER/travel ; place=naar",),
    "rondreis": ("OTHER/travel ; place=door|in",),
    "ballingschap": ("OTHER/exile",),
    "vlucht": ("OTHER/flight ; place=naar|uit",),
    "overlijden": ("OTHER/death",),
    "dood": ("OTHER/death",),
    "lancering": ("OTHER/launch",),
    "introductie": ("OTHER/launch",),
    "presentatie": ("OTHER/launch",),
    "verkoop": ("OTHER/sale",),
    "overname": ("OTHER/acquisition",),
    "fusie": ("OTHER/merger",),
    "benoeming": ("OTHER/appointment ; van=target",),
    "inhuldiging": ("OTHER/appointment ; van=target",),
    "aardbeving": ("OTHER/disaster",),
    "overstroming": ("OTHER/disaster",),
    "overstromingen": ("OTHER/disaster",),
    "orkaan": ("OTHER/disaster",),
    "ongeluk": ("OTHER/accident",),
    "ramp": ("OTHER/disaster",),
    "crisis": ("OTHER/crisis",),
    "fraude": ("OTHER/fraud",),
    "staatsgreep": ("OTHER/coup",),
    "coup": ("OTHER/coup",),
    "machtswissel": ("OTHER/transition",),
    "evenement": ("OTHER/event",),
    "aankondiging": ("OTHER/statement",),
    "verklaring": ("OTHER/statement",),
    "persconferentie": ("OTHER/statement",),
    "hervorming": ("OTHER/reform",),
    "gebeurtenissen": ("OTHER/event",),
    "incident": ("OTHER/event",),
    "conflict": ("OTHER/conflict",),
}

# Nouns that name events in general (MEANTIME-style detection) without a PLOVER reading.
# Compounds match on their last part (`ontwikkelaarsconferentie` -> `conferentie`).
EVENT_NOUNS: frozenset[str] = frozenset(
    """evenement evenementen conferentie conferenties keynote introductie lancering aankondiging aankondigingen
    presentatie verkoop verkopen gebruik overname fusie release preview demonstratie opening start begin einde
    vertrek aankomst terugkeer verandering veranderingen wijziging wijzigingen verbetering verbeteringen
    stijging daling groei levering leveringen bestelling bestellingen verbinding integratie
    plaatsing verwijzing melding meldingen reactie reacties kritiek klacht klachten rechtszaak proces
    onderzoek incident ongeluk uitval storing conflict oorlog crisis ramp beslissing
    besluit keuze overeenkomst regeling verkiezing stemming campagne bezoek reis vlucht bijeenkomst
    vergadering gesprek interview toespraak verklaring verzoek vraag vragen antwoord optreden concert show
    beurs festival wedstrijd toernooi finale ceremonie uitreiking viering herdenking begrafenis huwelijk
    geboorte dood overlijden moord aanslag aanval explosie brand staking protest betoging actie
    operatie ingreep transplantatie behandeling test proef experiment lancering ontwikkeling productie
    uitbreiding investering overdracht uitzending publicatie bekendmaking ontdekking uitvinding
    ontslag benoeming aanstelling vertrek pensioen verlof terugtreden aftreden comeback
    kerstverkoop ontwikkelaarsconferentie ontwikkelaarsbijeenkomst muziekevenement media-evenement
    persconferentie handelsmerkconflict beleidsverandering groepsactie overtreding schending
    commentaar werk verwachting situatie maatregelen maatregel""".split()
)

# Verbs that are no event of their own: they qualify another (`blijkt`, `lijkt te`) or, with an
# infinitive or participle, serve it as auxiliaries and modals.
NON_EVENT_VERBS: frozenset[str] = frozenset({"blijken", "lijken", "schijnen", "hoeven", "zullen"})
AUXILIARY_VERBS: frozenset[str] = frozenset({"hebben", "zijn", "worden", "kunnen", "moeten", "mogen", "willen", "gaan"})

# Heads of names of events (`Worldwide Developers Conference`, `Olympische Spelen`).
NAMED_EVENT_HEADS: frozenset[str] = frozenset(
    """conference conferentie summit expo congres festival games spelen beurs show forum top kampioenschap
    kampioenschappen olympiade marathon tour biënnale biennale fair week""".split()
)

# Nouns that end like event nouns but name things or groups (`regering`, `vereniging`, `woning`).
NOT_EVENT_NOUNS: frozenset[str] = frozenset(
    """regering vereniging woning opleiding richting omgeving ervaring rekening mening afdeling
    organisatie natie positie informatie redactie functie administratie generatie fractie populatie
    relatie traditie editie sectie stichting instelling leiding tekening kleding voeding lading
    uitrusting inrichting bevolking beweging verzekering oplossing uitzondering uitdrukking
    helling aanwijzing vergunning wetgeving verbazing kennisgeving verwachting verwachtingen engineering
    podcasting marketing timing planning briefing""".split()
)

# Derivational endings of event nouns; used only with the parse (a NOUN) and outside NOT_EVENT_NOUNS.
EVENT_NOUN_SUFFIXES: tuple[str, ...] = ("atie", "ering", "eling", "ing")

# --- factuality -------------------------------------------------------------------------------

NEGATORS: frozenset[str] = frozenset({"niet", "geen", "nooit", "nergens", "niemand", "niets", "noch", "allerminst"})

# Cues and the certainty they give the event they govern or modify.
# `wil`, `van plan` and `naar verwachting` make an event PROBABLE; `kan`, `mogelijk` POSSIBLE.
CERTAINTY_ADVERBS: dict[str, str] = {
    "waarschijnlijk": "PROBABLE",
    "vermoedelijk": "PROBABLE",
    "allicht": "PROBABLE",
    "naar verwachting": "PROBABLE",
    "naar verluidt": "PROBABLE",
    "kennelijk": "PROBABLE",
    "blijkbaar": "PROBABLE",
    "ogenschijnlijk": "PROBABLE",
    "wellicht": "POSSIBLE",
    "misschien": "POSSIBLE",
    "mogelijk": "POSSIBLE",
    "mogelijkerwijs": "POSSIBLE",
    "eventueel": "POSSIBLE",
    "onwaarschijnlijk": "PROBABLE",
}
# Adverbs that put an event in doubt and deny it (`onwaarschijnlijk` = probably not).
NEGATIVE_CERTAINTY: frozenset[str] = frozenset({"onwaarschijnlijk", "uitgesloten"})

# Verbs that govern an event (its head, or with `te`) and what they say about it.
# modality: the cue recorded on the event; certainty: the certainty it gives.
MODAL_VERBS: dict[str, tuple[str, str]] = {
    "willen": ("wil", "PROBABLE"),
    "kunnen": ("kan", "POSSIBLE"),
    "mogen": ("mag", "POSSIBLE"),
    "dreigen": ("dreigt", "POSSIBLE"),
    "lijken": ("lijkt", "PROBABLE"),
    "schijnen": ("schijnt", "PROBABLE"),
    "plannen": ("plant", "PROBABLE"),
    "overwegen": ("overweegt", "POSSIBLE"),
    "proberen": ("probeert", "POSSIBLE"),
    "trachten": ("tracht", "POSSIBLE"),
    "hopen": ("hoopt", "POSSIBLE"),
    "beogen": ("beoogt", "PROBABLE"),
    "voornemen": ("neemt zich voor", "PROBABLE"),
}
# Fixed phrases that govern an event with `te` or `om ... te`: `van plan zijn`, `op het punt staan`.
MODAL_PHRASES: dict[str, tuple[str, str]] = {
    "van plan": ("van plan", "PROBABLE"),
    "zinnens": ("zinnens", "PROBABLE"),
    "voornemens": ("voornemens", "PROBABLE"),
    "op het punt": ("op het punt", "PROBABLE"),
    "bereid": ("bereid", "PROBABLE"),
}
# Future auxiliaries: the event lies ahead (MEANTIME keeps such events CERTAIN).
FUTURE_AUXILIARIES: frozenset[str] = frozenset({"zullen", "gaan"})
# Reportative `zou`: `hij zou het geld hebben gestolen` reports an allegation (PROBABLE).
REPORTATIVE: frozenset[str] = frozenset({"zou", "zouden"})
# Verbs of claiming: the event they report is PROBABLE (the claimant's word, not the paper's).
CLAIM_VERBS: frozenset[str] = frozenset({"claimen", "beweren", "stellen", "menen", "geloven", "vermoeden", "denken"})
# Subordinators that leave the event of their clause open (UNDERSPECIFIED): conditions, questions, purposes.
OPEN_SUBORDINATORS: frozenset[str] = frozenset({"als", "indien", "tenzij", "mits", "of", "zodat", "opdat"})
# Verbs whose complement event is not (yet) real: demands, requests, orders; the complement is UNDERSPECIFIED.
NONFACTUAL_GOVERNORS: frozenset[str] = frozenset(
    """dwingen eisen vragen verzoeken oproepen bevelen weigeren voorkomen verhinderen""".split()
)
# Words that open a verb-final subordinate clause (`dat hij zijn ambtgenoot een lening geeft`).
SUBORDINATE_OPENERS: frozenset[str] = frozenset(
    {"dat", "omdat", "nadat", "terwijl", "zodat", "hoewel", "als", "of", "wanneer", "toen", "voordat", "doordat"}
)
