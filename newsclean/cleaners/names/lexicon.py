"""Closed word lists the name rules rely on: titles, roles, stop words, organisation words.

These are linguistic facts about English news prose, not data about people (people
live in ``data/gazetteer.csv``). Every word here is lowercase, dots removed.
"""
from __future__ import annotations

import re

# Head words: a title phrase must contain one of these ("former U.S. President",
# "the Kremlin's spokesman", "Mr."). Alone they are enough to make an unknown
# capitalised word a person ("Mr. Nobody").
HONORIFICS = frozenset(
    "mr mrs ms miss mx dr prof sir dame lord lady rev fr hon".split()
)
ROLE_HEADS = frozenset(
    """
    president vice-president minister premier chancellor secretary secretary-general
    spokesman spokeswoman spokesperson adviser advisor aide envoy ambassador diplomat
    director chief general gen col colonel adm admiral lt lieutenant capt captain maj major
    sgt sergeant senator sen rep representative congressman congresswoman governor gov mayor
    judge justice king queen prince princess sheikh ayatollah emir leader speaker chairman
    chairwoman chair commissioner commander head counterpart pm ceo founder lawmaker mp
    official negotiator prosecutor attorney-general attorney chancellor ruler dictator
    strongman tsar czar monarch pope patriarch cardinal archbishop bishop imam rabbi
    candidate nominee challenger opponent rival veteran deputy officer executive manager
    coach analyst reporter correspondent editor columnist author writer professor economist
    superintendent supt inspector insp detective det constable corporal cpl trooper marshal
    councilman councilwoman councilmember councillor alderman assemblyman assemblywoman
    supervisor trustee magistrate reverend advocate adv cllr
    ombudsman ombudswoman ombudsperson
    """.split()
)
# Words that may stand in a title phrase around the head word.
TITLE_MODIFIERS = frozenset(
    """
    former then acting late incoming outgoing interim de facto top senior first
    foreign defense defence interior finance economy economic trade justice health energy
    state national security affairs policy press communications homeland intelligence
    general staff armed forces army navy military war
    white house kremlin pentagon department ministry office cabinet council commission
    presidential prime crown supreme deputy assistant special chief executive
    of the for to and his her their its our longtime trusty veteran close loyal key
    us usa uk eu un nato gop united states nations european america american americans
    russia russian ukraine ukrainian china chinese germany german france french britain
    british uk english israel israeli iran iranian turkey turkish poland polish hungary
    hungarian italy italian spain spanish japan japanese india indian pakistan pakistani
    korea korean north south syria syrian egypt egyptian saudi arabia arabian emirati qatari
    belarus belarusian venezuela venezuelan brazil brazilian mexico mexican canada canadian
    australia australian netherlands dutch finland finnish sweden swedish norway norwegian
    denmark danish estonia estonian latvia latvian lithuania lithuanian georgia georgian
    armenia armenian azerbaijan azerbaijani kazakhstan kazakh taiwan taiwanese palestinian
    lebanese iraqi afghan cuban colombian argentine chilean nigerian kenyan ethiopian
    republican democrat democratic conservative labour party opposition
    """.split()
)
TITLE_WORDS = HONORIFICS | ROLE_HEADS | TITLE_MODIFIERS
# Roles English writes as capitals right before a name ("BBC Radio 1 DJ Trevor Nelson", "Labour
# MEP Glenis Willmott", "Likud MK Tzipi Livni", "UK garage MC Kano"): title heads only in capitals
# without full stops ("D.J. Bettencourt", "Dj" are a person's initials or given name; round 18).
ROLE_ABBREVIATIONS = frozenset("dj mc mk mep msp mla".split())
# Royal titles that make a lone given name a person's whole name ("Prince Harry",
# "Princess Lilibet", "Queen Rania"): the title stays in the canonical name.
ROYAL_TITLES = frozenset("prince princess king queen emperor empress pope".split())

# Determiners and modifiers that may open a title phrase but are not part of it.
TITLE_LEADING_NOISE = frozenset("the his her their its our and of to for a an then longtime trusty veteran close loyal key".split())

# Nationality / institution words in a title -> ISO country code of the role.
TITLE_COUNTRY = {
    **dict.fromkeys("us usa u.s american america washington pentagon white-house".split(), "US"),
    **dict.fromkeys("russia russian kremlin moscow".split(), "RU"),
    **dict.fromkeys("ukraine ukrainian kyiv kiev".split(), "UA"),
    **dict.fromkeys("china chinese beijing".split(), "CN"),
    **dict.fromkeys("germany german berlin".split(), "DE"),
    **dict.fromkeys("france french elysee".split(), "FR"),
    **dict.fromkeys("britain british uk england english".split(), "GB"),
    **dict.fromkeys("israel israeli".split(), "IL"),
    **dict.fromkeys("iran iranian tehran".split(), "IR"),
    **dict.fromkeys("turkey turkish ankara".split(), "TR"),
    **dict.fromkeys("poland polish".split(), "PL"),
    **dict.fromkeys("hungary hungarian".split(), "HU"),
    **dict.fromkeys("italy italian".split(), "IT"),
    **dict.fromkeys("spain spanish".split(), "ES"),
    **dict.fromkeys("japan japanese".split(), "JP"),
    **dict.fromkeys("india indian".split(), "IN"),
    **dict.fromkeys("belarus belarusian".split(), "BY"),
    **dict.fromkeys("venezuela venezuelan".split(), "VE"),
    **dict.fromkeys("canada canadian".split(), "CA"),
    **dict.fromkeys("eu european".split(), "EU"),
}

# Role keys: a title in the text and a role in the gazetteer are compared by key.
# Ordered: the first pattern found (as whole words) decides, so specific roles
# come before the general word they contain ("vice president" before "president").
ROLE_KEYS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("vice president", ("vice president", "vice-president", "vp")),
    ("deputy", ("deputy", "assistant")),
    ("spokesperson", ("spokesman", "spokeswoman", "spokesperson", "press secretary", "spokespeople")),
    ("finance minister", ("chancellor of the exchequer", "finance minister", "treasury secretary", "secretary of the treasury")),
    ("secretary of state", ("secretary of state",)),
    ("foreign minister", ("foreign minister", "minister of foreign affairs", "foreign affairs minister", "top diplomat", "foreign secretary", "high representative for foreign affairs")),
    ("defence minister", ("defence minister", "defense minister", "minister of defence", "minister of defense", "defence secretary", "defense secretary", "secretary of defense", "secretary of defence")),
    ("national security advisor", ("national security advisor", "national security adviser")),
    ("secretary general", ("secretary-general", "secretary general")),
    ("commission president", ("european commission", "commission president")),
    ("council president", ("european council",)),
    ("central bank", ("central bank", "ecb", "federal reserve", "fed chair")),
    ("prime minister", ("prime minister", "premier", "pm")),
    ("chancellor", ("chancellor",)),
    ("attorney general", ("attorney general", "attorney-general")),
    ("speaker", ("speaker",)),
    ("chief of staff", ("chief of staff",)),
    ("ambassador", ("ambassador",)),
    ("president", ("president",)),
    ("supreme leader", ("supreme leader",)),
    ("crown prince", ("crown prince",)),
)

# Lowercase particles allowed inside a name ("Ursula von der Leyen", "Lula da Silva");
# "of" lets a capitalised title run on ("Secretary of State Marco Rubio").
CONNECTORS = frozenset("de da di do dos das du del della dal dalla der den van von ter bin ibn al el la le y of".split())

# Abbreviations that keep their full stop inside a name run.
ABBREVIATIONS = ("Mrs", "Mr", "Ms", "Dr", "Jr", "Sr", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Rev", "Adm", "Capt", "Maj", "Sgt", "Amb", "St", "Hon", "Adv", "Cllr")
NAME_SUFFIXES = frozenset("jr sr ii iii iv junior senior".split())

# Capitalised words that open sentences or headlines and are never part of a name.
STOPWORDS = frozenset(
    """
    a an the and but or nor neither either if when while after before since as at in on of
    for with without by from to into onto upon despite although though however meanwhile yet
    so then thus this that these those his her their our my your its he she they we i you it
    there here what who whom whose which why how where whether did does do done is are was were
    be been being will would can could should may might must shall has have had not no yes all
    both each every some any many much most more less also even just only still today
    yesterday tomorrow tonight now recently last next per according regardless conversely
    indeed apparently additionally moreover furthermore instead once over under about against
    between during through until unlike like amid among following including citing says said
    featuring versus vs via
    asked told dear hello thanks sources reports breaking update exclusive opinion analysis
    watch read see photo video editor note remember whispers rumors rumours years months weeks
    days another other such whatever whoever everyone nobody somebody anyone meet meets
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    mrs mr ms dr one two three first second
    """.split()
)

# A capitalised word right after a name that makes the run an organisation or a
# place rather than a person ("Trump Tower", "Moscow Times", "Jordan Valley").
ORG_WORDS = frozenset(
    """
    times post tower towers university institute institution foundation group party
    airport street square bridge center centre hospital prize award doctrine administration
    avenue hall museum library stadium bank company corp corporation inc ltd llc news agency
    council committee ministry department force forces army navy fund trust school college
    academy church cathedral memorial park station river lake mountain island bay valley road
    plaza channel network media review journal herald tribune gazette monitor telegraph
    express daily weekly organization organisation foundation index report law act plan
    tech technologies holdings industries airlines motors club team cup center democrats
    republicans tories obsession depot utd
    pro max mini plus air ultra edition series model
    kong york jersey angeles francisco diego vegas city county islands coast beach heights
    springs falls
    co inc corp llc ltd plc gmbh sales solutions solution productions production partner
    partners division bureau pavilion programs programmes program design designs research
    card sheriff jail prison brothers services service store stores robotics authority
    utilities editions systems labs laboratories studios studio records entertainment
    pictures films ventures consulting enterprises pharmaceuticals pharma healthcare hotel hotels
    resort restaurant shop market mall theatre theater arena clinic district township
    province region medal trophy championship festival summit conference
    pradesh oblast krai okrug voivodeship governorate prefecture
    observatory telescope laboratory charger router limited amphitheatre amphitheater
    bar pub cafe café spa quay pier wharf marina gallery gardens caucus overground
    initiative grants fellowship scholarship guild monument tollway expressway turnpike
    canal locks trolley biennale
    world beacon honors honours gala
    tavern saloon brewery corridor airways airline lounge bungalow motel diner bistro nightclub
    casino mansion palace manor cottage chalet ranch barracks distillery winery inn canyon creek
    gorge glacier peninsula desert reservoir lagoon plateau highlands boulevard mosque synagogue
    basilica shrine cemetery
    regiment battalion brigade corps squadron orchestra philharmonic symphony choir ensemble
    quartet marathon rally
    """.split()
)

# Plural and singular nouns of people employed by a firm: "<noun> at/with X" makes X the
# firm ("economists at Goldman Sachs", "a lawyer with Michael Best"). Nouns that are also
# verbs ("partners with", "associates with") are left out.
EMPLOYEE_NOUNS = frozenset(
    """
    economist economists analyst analysts strategist strategists lawyer lawyers attorney
    attorneys banker bankers trader traders consultant consultants employee employees
    executive executives engineer engineers researchers accountant accountants staffer staffers
    """.split()
)

# Lowercase nouns of organisations and brands that put a firm's, a title's or a band's name
# right after them ("newspaper Dagens Nyheter", "rights group Susan B. Anthony List", "the
# clothing company Ralph Lauren", "brokerage Merrill Lynch"); nouns of people who may head
# one ("publisher", "owner") or work as one ("broker", "bookmaker") are left out: "publisher
# Harry Chandler" is a person; the plural "bookmakers William Hill" is the firm.
ORGANISATION_NOUNS = frozenset(
    """
    newspaper newspapers magazine magazines tabloid tabloids broadsheet outlet outlets
    publication band label brand brands retailer retailers chain carmaker automaker
    company companies firm firms group agency charity studio startup conglomerate
    brokerage insurer lender bookmakers housebuilder housebuilders homebuilder homebuilders
    """.split()
)

# Words that open the name of a weather system ("Storm Ciarán", "Hurricane Ian").
WEATHER_SYSTEMS = frozenset("storm hurricane typhoon cyclone".split())

# Capitalised words right after a name that make the run a post or a grant named after
# someone ("the Paul and Mary Monroe Endowed Chair", "the John Smith Fellowship"), not a person.
NAMED_POSTS = frozenset("chair chairs professorship professorships fellowship fellowships scholarship scholarships lectureship lecture lectures".split())

# Lowercase nouns that, right after a capitalised run, make it the name of a place
# or institution named after someone ("Walter Reed hospital", "Van Buren counties").
FACILITY_WORDS = frozenset(
    """
    hospital hospitals county counties airport university school schools street avenue road
    center centre stadium station bridge park river lake island hotel museum library college
    district township city province region building tower arena hall highway freeway
    brokerage award awards prize
    """.split()
)

# Arabic and Romance articles that open place names, book titles and chapter names
# ("Al Qur'an", "Al Maa-idah", "El Paso"): a run opening with one is a person only
# when the gazetteer knows the name ("Al Gore") or a title introduces it.
ARTICLE_WORDS = frozenset("al el ul an ad as ash at az".split())

# Given names the gazetteer and the English-nickname list do not already give,
# so that people outside the gazetteer ("Boris Bondarev") are still found.
EXTRA_GIVEN_NAMES = frozenset(
    """
    aleksandr alexandr alexei aleksei alexey andrei andrey andriy andrii anatoly anatoliy
    arkady artem artyom bogdan dmitry dmitri dmitriy dmytro denis denys evgeny evgeni
    yevgeny yevgeniy gennady georgy grigory igor ilya ivan kirill konstantin leonid maxim
    maksim mikhail nikolai nikolay oleg oleksandr oleksii oleksiy pavel petr pyotr petro
    roman ruslan sergey sergei sergej serhiy stanislav stepan taras timur vadim valentin
    valery valeriy vasily vasyl viktor vitaly vitali vitaliy vladimir volodymyr vyacheslav
    yaroslav yuri yury yuriy boris alla anastasia darya ekaterina yekaterina elena yelena
    irina lyudmila marina maria mariya natalia natalya nadezhda olga oksana svetlana
    sviatlana tatiana tatyana valentina veronika yulia yuliya galina ksenia lilia
    mohammed muhammad mohamed mohammad ahmed ahmad ali hassan hussein hussain omar umar
    abdullah abdel abdul khalid khaled mahmoud mustafa mostafa ibrahim ismail yusuf youssef
    saeed salman faisal fahd hamad hamid tamim zayed nasser walid osama bashar hafez ayman
    anwar karim rashid tariq jamal yahya hamza fatima aisha layla leila zainab maryam rania
    hossein javad mohsen ebrahim masoud abbas reza mehdi akbar qasem kamal
    recep mehmet ahmet hakan mevlut kemal emine ekrem
    benjamin benny yair naftali yoav isaac itamar bezalel gideon ehud ariel shimon avi moshe yitzhak
    jose josé juan carlos luis luiz miguel pedro pablo jorge javier alejandro andrés andres
    gustavo nayib nicolás nicolas hugo evo raúl raul fidel ernesto felipe fernando francisco
    manuel maría ana lucía lucia carmen claudia cristina dilma
    jean pierre jacques françois francois emmanuel olaf friedrich annalena heiko wolfgang
    helmut gerhard klaus jürgen jurgen matteo giorgia sergio silvio giuseppe antonio
    mario marco luca giovanni paolo
    narendra rahul amit sonia subrahmanyam shehbaz nawaz imran benazir
    """.split()
)

_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def role_key(text: str) -> str | None:
    """The comparable key of a role or title ("Russian Foreign Minister" -> "foreign minister").

    >>> role_key("Press Secretary of the President")
    'spokesperson'
    >>> role_key("Mr.") is None
    True
    """
    low = " " + " ".join(_WORD.findall(text.lower().replace(".", ""))) + " "
    for key, patterns in ROLE_KEYS:
        if any(f" {p} " in low for p in patterns):
            return key
    return None


def title_country(text: str) -> str | None:
    """The country a title names ("U.S. Secretary of State" -> "US", "Kremlin spokesman" -> "RU")."""
    low = text.lower().replace(".", "").replace("white house", "white-house")
    for word in re.findall(r"[a-z-]+", low):
        if word in TITLE_COUNTRY:
            return TITLE_COUNTRY[word]
    return None
