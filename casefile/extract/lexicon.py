"""Small word lists for English news prose: titles, speech verbs, countries, org words.

Everything here is generic vocabulary; no list names a particular article's people.
"""
from __future__ import annotations

# ---- countries ------------------------------------------------------------------

# canonical country name -> other names and demonyms that refer to it
COUNTRIES: dict[str, tuple[str, ...]] = {
    "Afghanistan": ("Afghan",),
    "Albania": ("Albanian",),
    "Algeria": ("Algerian",),
    "Angola": ("Angolan",),
    "Argentina": ("Argentine", "Argentinian"),
    "Armenia": ("Armenian",),
    "Australia": ("Australian",),
    "Austria": ("Austrian",),
    "Azerbaijan": ("Azerbaijani",),
    "Bahrain": ("Bahraini",),
    "Bangladesh": ("Bangladeshi",),
    "Belarus": ("Belarusian",),
    "Belgium": ("Belgian",),
    "Benin": ("Beninese",),
    "Bolivia": ("Bolivian",),
    "Bosnia and Herzegovina": ("Bosnian",),
    "Botswana": ("Botswanan",),
    "Brazil": ("Brazilian",),
    "Brunei": ("Bruneian",),
    "Bulgaria": ("Bulgarian",),
    "Burkina Faso": ("Burkinabe",),
    "Burundi": ("Burundian",),
    "Cambodia": ("Cambodian",),
    "Cameroon": ("Cameroonian",),
    "Canada": ("Canadian",),
    "Chad": ("Chadian",),
    "Chile": ("Chilean",),
    "China": ("Chinese", "People's Republic of China", "People\u2019s Republic of China", "PRC"),
    "Colombia": ("Colombian",),
    "Congo": ("Republic of the Congo", "Congo-Brazzaville"),
    "Democratic Republic of Congo": ("Democratic Republic of the Congo", "DRC", "DR Congo", "Congo-Kinshasa",
                                     "Congolese"),
    "Cote d'Ivoire": ("Côte d'Ivoire", "Côte d\u2019Ivoire", "Cote d\u2019Ivoire", "Ivory Coast", "Ivorian"),
    "Costa Rica": ("Costa Rican",),
    "Croatia": ("Croatian",),
    "Cuba": ("Cuban",),
    "Cyprus": ("Cypriot",),
    "Czech Republic": ("Czech", "Czechia"),
    "Denmark": ("Danish",),
    "Djibouti": ("Djiboutian",),
    "Ecuador": ("Ecuadorian",),
    "Egypt": ("Egyptian",),
    "Eritrea": ("Eritrean",),
    "Estonia": ("Estonian",),
    "Ethiopia": ("Ethiopian",),
    "Fiji": ("Fijian",),
    "Finland": ("Finnish",),
    "France": ("French",),
    "Gabon": ("Gabonese",),
    "Georgia": ("Georgian",),
    "Germany": ("German",),
    "Ghana": ("Ghanaian",),
    "Greece": ("Greek",),
    "Guatemala": ("Guatemalan",),
    "Guinea": ("Guinean",),
    "Haiti": ("Haitian",),
    "Honduras": ("Honduran",),
    "Hungary": ("Hungarian",),
    "Iceland": ("Icelandic",),
    "India": ("Indian",),
    "Indonesia": ("Indonesian",),
    "Iran": ("Iranian",),
    "Iraq": ("Iraqi",),
    "Ireland": ("Irish",),
    "Israel": ("Israeli",),
    "Italy": ("Italian",),
    "Jamaica": ("Jamaican",),
    "Japan": ("Japanese",),
    "Jordan": ("Jordanian",),
    "Kazakhstan": ("Kazakh",),
    "Kenya": ("Kenyan",),
    "Kuwait": ("Kuwaiti",),
    "Kyrgyzstan": ("Kyrgyz",),
    "Laos": ("Lao", "Laotian"),
    "Latvia": ("Latvian",),
    "Lebanon": ("Lebanese",),
    "Liberia": ("Liberian",),
    "Libya": ("Libyan",),
    "Lithuania": ("Lithuanian",),
    "Luxembourg": (),
    "Madagascar": ("Malagasy",),
    "Malawi": ("Malawian",),
    "Malaysia": ("Malaysian",),
    "Maldives": ("Maldivian",),
    "Mali": ("Malian",),
    "Malta": ("Maltese",),
    "Mauritania": ("Mauritanian",),
    "Mauritius": ("Mauritian",),
    "Mexico": ("Mexican",),
    "Moldova": ("Moldovan",),
    "Mongolia": ("Mongolian",),
    "Montenegro": ("Montenegrin",),
    "Morocco": ("Moroccan",),
    "Mozambique": ("Mozambican",),
    "Myanmar": ("Myanmarese", "Burma", "Burmese"),
    "Namibia": ("Namibian",),
    "Nepal": ("Nepali", "Nepalese"),
    "Netherlands": ("Dutch",),
    "New Zealand": (),
    "Nicaragua": ("Nicaraguan",),
    "Niger": ("Nigerien",),
    "Nigeria": ("Nigerian",),
    "North Korea": ("North Korean", "DPRK", "Democratic People's Republic of Korea",
                    "Democratic People\u2019s Republic of Korea"),
    "North Macedonia": ("Macedonian",),
    "Norway": ("Norwegian",),
    "Oman": ("Omani",),
    "Pakistan": ("Pakistani",),
    "Palestine": ("Palestinian",),
    "Panama": ("Panamanian",),
    "Papua New Guinea": (),
    "Paraguay": ("Paraguayan",),
    "Peru": ("Peruvian",),
    "Philippines": ("Philippine", "Filipino"),
    "Poland": ("Polish",),
    "Portugal": ("Portuguese",),
    "Qatar": ("Qatari",),
    "Romania": ("Romanian",),
    "Russia": ("Russian", "Russian Federation"),
    "Rwanda": ("Rwandan",),
    "Saudi Arabia": ("Saudi",),
    "Senegal": ("Senegalese",),
    "Serbia": ("Serbian",),
    "Sierra Leone": ("Sierra Leonean",),
    "Singapore": ("Singaporean",),
    "Slovakia": ("Slovak",),
    "Slovenia": ("Slovenian",),
    "Somalia": ("Somali",),
    "South Africa": ("South African",),
    "South Korea": ("South Korean", "Republic of Korea", "ROK"),
    "South Sudan": ("South Sudanese",),
    "Spain": ("Spanish",),
    "Sri Lanka": ("Sri Lankan",),
    "Sudan": ("Sudanese",),
    "Sweden": ("Swedish",),
    "Switzerland": ("Swiss",),
    "Syria": ("Syrian",),
    "Tajikistan": ("Tajik",),
    "Tanzania": ("Tanzanian",),
    "Thailand": ("Thai",),
    "Togo": ("Togolese",),
    "Tunisia": ("Tunisian",),
    "Turkey": ("Turkish", "Turkiye", "T\u00fcrkiye"),
    "Turkmenistan": ("Turkmen",),
    "Uganda": ("Ugandan",),
    "Ukraine": ("Ukrainian",),
    "United Arab Emirates": ("UAE", "Emirati"),
    "United Kingdom": ("UK", "U.K.", "Britain", "British", "Great Britain"),
    "United States": ("United States of America", "U.S.", "US", "USA", "U.S.A.", "America", "American"),
    "Uruguay": ("Uruguayan",),
    "Uzbekistan": ("Uzbek",),
    "Venezuela": ("Venezuelan",),
    "Vietnam": ("Vietnamese", "Viet Nam"),
    "Yemen": ("Yemeni",),
    "Zambia": ("Zambian",),
    "Zimbabwe": ("Zimbabwean",),
    # the smaller UN members
    "Andorra": ("Andorran",),
    "Antigua and Barbuda": ("Antiguan",),
    "Bahamas": ("Bahamian",),
    "Barbados": ("Barbadian",),
    "Belize": ("Belizean",),
    "Bhutan": ("Bhutanese",),
    "Cabo Verde": ("Cape Verde", "Cape Verdean"),
    "Central African Republic": (),
    "Comoros": ("Comorian",),
    "Dominica": (),
    "Dominican Republic": ("Dominican",),
    "El Salvador": ("Salvadoran",),
    "Equatorial Guinea": ("Equatoguinean",),
    "Eswatini": ("Swaziland", "Swazi"),
    "Gambia": ("Gambian",),
    "Grenada": ("Grenadian",),
    "Guinea-Bissau": ("Bissau-Guinean",),
    "Guyana": ("Guyanese",),
    "Kiribati": (),
    "Lesotho": (),
    "Liechtenstein": (),
    "Marshall Islands": ("Marshallese",),
    "Micronesia": ("Micronesian",),
    "Monaco": ("Monegasque",),
    "Nauru": ("Nauruan",),
    "Palau": ("Palauan",),
    "Saint Kitts and Nevis": (),
    "Saint Lucia": ("Saint Lucian",),
    "Samoa": ("Samoan",),
    "San Marino": (),
    "Seychelles": ("Seychellois",),
    "Solomon Islands": (),
    "Suriname": ("Surinamese",),
    "Timor-Leste": ("East Timor", "Timorese"),
    "Tonga": ("Tongan",),
    "Trinidad and Tobago": ("Trinidadian",),
    "Tuvalu": ("Tuvaluan",),
    "Vanuatu": ("Ni-Vanuatu",),
}

# plural demonyms that name a people, e.g. "the Kenyans"
COUNTRY_OF: dict[str, str] = {}
for _country, _others in COUNTRIES.items():
    COUNTRY_OF[_country] = _country
    for _other in _others:
        COUNTRY_OF[_other] = _country
        if _other[-1] in "nioa" and " " not in _other and not _other.isupper():
            COUNTRY_OF[_other + "s"] = _country  # "Kenyans", "Thais", "Israelis": the people

# countries whose other names a story may use instead of ours, fullest first: a story that never
# writes our name calls the country by the first of these it writes ("the DPRK", "Burma")
NAMES_IN_USE = {
    "North Korea": ("Democratic People's Republic of Korea", "Democratic People\u2019s Republic of Korea", "DPRK"),
    "South Korea": ("Republic of Korea", "ROK"),
    "Myanmar": ("Burma",),
    "United Kingdom": ("Britain", "Great Britain"),
    "China": ("People's Republic of China", "People\u2019s Republic of China", "PRC"),
}

# words after a demonym that make the phrase the country itself ("the Peruvian side")
COUNTRY_STAND_INS = frozenset({"side", "leadership"})

# ---- titles ---------------------------------------------------------------------

# words that head a person's title; matched case-insensitively
TITLE_HEADS = frozenset("""
president vice-president premier chancellor king queen prince princess emir amir sheikh sultan emperor pope
reporter columnist commentator
minister ministers secretary secretary-general undersecretary under-secretary director director-general
ambassador envoy consul consul-general counselor counsellor councilor councillor attache attaché
spokesperson spokesman spokeswoman chairman chairwoman chairperson chair governor mayor senator
representative congressman congresswoman lawmaker legislator speaker advisor adviser commissioner
commander general gen. admiral adm. colonel col. lieutenant lt. maj. captain capt. sergeant sgt.
officer chief head leader member deputy coordinator administrator attorney judge justice
professor prof. dr. mr. mrs. ms. sen. rep. gov. dean rector ceo cfo founder co-founder
economist analyst researcher scholar fellow expert lecturer editor correspondent journalist
manager executive coach captain player striker official diplomat politburo comrade
president-elect presidents lady counsel volunteer democrat
academician scientist engineer lawyer physician doctor teacher architect designer artist writer author
historian consultant entrepreneur businessman businesswoman owner partner candidate inspector
prosecutor curator auditor pilot astronaut ambassador-at-large
""".split())

# nouns that make a title only in an apposition ("X, a research associate at Y,"), never
# before a name: capitalised they are ordinary words of names ("Student Enrollment Survey")
APPOSITION_TITLE_HEADS = TITLE_HEADS | frozenset("""
associate student specialist strategist medalist champion athlete statistician poet runner master farmer
villager resident nurse activist photographer calligrapher dealer vendor worker
""".split())

# words that may precede a title head inside a title ("Vice Foreign Minister")
TITLE_MODIFIERS = frozenset("""
vice deputy assistant acting senior chief special executive first principal permanent foreign
prime national security state former general associate interim press defense defence
""".split())

# honorifics that are titles on their own and always precede a name
HONORIFICS = frozenset({"Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Adm.", "Col.", "Lt.", "Maj.",
                        "Capt.", "Sgt.", "Sen.", "Rep.", "Gov.", "Mr", "Mrs", "Ms", "Dr",
                        # military ranks as the U.S. services abbreviate them ("RADM Michael Day")
                        "RADM", "VADM", "ADM", "GEN", "LTG", "MG", "BG", "COL", "LTC", "MAJ", "CAPT", "CDR",
                        "LCDR", "Gen", "Adm", "Brig.", "Lt.-Gen.", "Maj.-Gen.", "Cmdr."})

# words a description may use for a title it does not repeat: "the U.S. lawmaker" for a
# Representative, "the top diplomat" for a Secretary of State or a foreign minister
DESCRIPTION_CLASSES: dict[str, frozenset[str]] = {
    "lawmaker": frozenset({"representative", "senator", "congressman", "congresswoman", "legislator", "mp"}),
    "legislator": frozenset({"representative", "senator", "congressman", "congresswoman", "lawmaker", "mp"}),
    "diplomat": frozenset({"secretary", "ambassador", "envoy", "minister", "consul", "consul-general"}),
    "envoy": frozenset({"ambassador", "representative"}),
}

# ---- organisations and places ---------------------------------------------------

ORG_HEADS = frozenset("""
Ministry Department Agency Society Council League Government Committee Commission Association
Organization Organisation Union Company Corporation Corp. Inc. Ltd. Group Bank Fund Institute
University College Center Centre Office Bureau Administration Army Navy Force Forces Party Congress
Parliament Assembly Senate House Court Embassy Consulate Forum Foundation Authority Command Police
Academy Federation Alliance Coalition Mission Service Services Secretariat Cabinet Board Network
Times Post News Press Daily Institution Partnership Club Team Industries Airlines Airways
Exchange Chamber Conference Directorate Ministries Tribunal Coast Guard Nations States
Subcommittee Co. Limited LLC PLC Holdings Institut Movement Front Research Consulting Economics Analytics
Confederation Observatory Chemicals Pharmaceuticals Motors Electronics Logistics Materials Minerals
Resources Foods Textiles Wire Review Journal Magazine Tribune Herald Gazette Hospital Unit
Radio Television Broadcasting TV Online Trust
""".split())

# organisations named without a word that says so ("Hamas said"): name -> the name used for it
NAMED_ORGANIZATIONS = {
    "Hamas": "Hamas", "Hezbollah": "Hezbollah", "Taliban": "Taliban", "Houthis": "Houthis",
    "al-Qaida": "al-Qaida", "Al-Qaida": "al-Qaida", "al-Qaeda": "al-Qaida", "Al-Qaeda": "al-Qaida",
    "al Qaeda": "al-Qaida", "Islamic State": "Islamic State", "ISIS": "Islamic State", "ISIL": "Islamic State",
    "ZANU-PF": "ZANU-PF", "G7": "G7", "G20": "G20", "G-7": "G7", "G-20": "G20", "BRICS": "BRICS",
    "Kremlin": "Kremlin", "Pentagon": "Pentagon",
}

# organisations whose other names only world knowledge ties to them: one participant per story
# what Chinese wire copy calls an institution instead of naming it: "the country's top economic planner said"
CHINESE_EPITHETS = {
    "top economic planner": "National Development and Reform Commission",
    "top political advisory body": "Chinese People's Political Consultative Conference",
    "cabinet": "State Council",
}

WELL_KNOWN_ORGS: tuple[tuple[str, ...], ...] = (
    ("Association of Southeast Asian Nations", "ASEAN"),
    ("North Atlantic Treaty Organization", "NATO"),
    ("European Union", "EU", "E.U."),
    ("World Health Organization", "WHO"),
    ("International Monetary Fund", "IMF"),
    ("World Trade Organization", "WTO"),
    ("Organization of the Petroleum Exporting Countries", "OPEC"),
    ("African Union", "AU"),
    ("Shanghai Cooperation Organization", "SCO"),
    ("Asia-Pacific Economic Cooperation", "APEC"),
    ("Forum on China-Africa Cooperation", "FOCAC"),
    ("National People's Congress", "National People\u2019s Congress", "NPC"),
    ("Chinese People's Political Consultative Conference", "Chinese People\u2019s Political Consultative Conference",
     "CPPCC"),
    ("Communist Party of China", "CPC", "Chinese Communist Party", "CCP"),
    ("People's Liberation Army", "People\u2019s Liberation Army", "PLA", "Chinese army", "Chinese military"),
    ("Federal Bureau of Investigation", "FBI"),
    ("Central Intelligence Agency", "CIA"),
    ("Pentagon", "Department of Defense", "U.S. Department of Defense", "Defense Department",
     "U.S. Defense Department"),
    ("State Department", "U.S. State Department", "Department of State", "U.S. Department of State"),
    ("Treasury Department", "U.S. Treasury Department", "Department of the Treasury", "U.S. Treasury"),
    ("Justice Department", "U.S. Justice Department", "Department of Justice", "U.S. Department of Justice", "DOJ"),
)

# institutions one word names on its own ("Congress passed", "the Senate voted")
STANDALONE_INSTITUTIONS = frozenset({"Congress", "Parliament", "Senate", "Cabinet", "Bundestag", "Bundesrat",
                                     "Knesset", "Duma"})

# words naming a ministry's field; they sit inside org names and titles, never in a person's name
PORTFOLIO_WORDS = frozenset("""
Affairs Foreign Defense Defence Commerce Health Finance Education Interior Justice Trade Industry
Agriculture Energy Environment Labor Labour Transport Transportation Culture Information Economy
Economic Security Home Planning Development Tourism Science Technology Water Resources Housing
Works Communications Treasury Public Political Homeland Intelligence Human Rights Humanitarian
International National Federal State Central Relations Cooperation Commercial Military Armed
Strategic Studies Policy Research Reform Emergency Management Social Welfare Civil Aviation
Economics Investment Expatriates Crime Counterterrorism Cybersecurity Climate
""".split())

# adjectives of regions, faiths and blocs: inside org names ("African Union"), never a person's name
REGION_ADJECTIVES = frozenset("""
African Asian European Arab Arabian Western Eastern Northern Southern Southeast Southeastern Latin
Middle Central Islamic Muslim Christian Catholic Jewish Buddhist Communist Socialist Democratic
Republican Nordic Baltic Balkan Caribbean Pacific Atlantic Gulf Persian Kurdish Tibetan Uyghur Uygur
Democrat Congressional Provincial Municipal Native Hawaiian Mandarin English Arabic Swahili
Internet Web Twitter Facebook
""".split())

PLACE_HEADS = frozenset("""
Province Region District Village City County Strait Sea Ocean Island Islands Mountain Mountains
River Lake Gulf Bay Peninsula Valley Desert Prefecture Municipality Town Township Canal Port Airport
""".split())

# territories and regions that are not countries in the table above
PLACES = frozenset({"Taiwan", "Hong Kong", "Macao", "Macau", "Gaza", "West Bank", "Tibet", "Xinjiang",
                    "Africa", "Asia", "Europe", "Latin America", "Middle East", "Kashmir", "Crimea",
                    "Indo-Pacific", "Horn of Africa", "Puerto Rico", "Greenland", "Southeast Asia",
                    "New York", "Los Angeles", "Shanghai", "Mumbai", "Karachi", "Lahore", "Mombasa", "Dubai",
                    "Taipei"})

# capitals stand for their governments ("Beijing relies on aid"); a capital is read as its
# country so that one real entity stays one participant
CAPITALS: dict[str, str] = {
    "Beijing": "China", "Washington": "United States", "Moscow": "Russia", "Tokyo": "Japan",
    "London": "United Kingdom", "Paris": "France", "Berlin": "Germany", "New Delhi": "India",
    "Islamabad": "Pakistan", "Kabul": "Afghanistan", "Tehran": "Iran", "Nairobi": "Kenya",
    "Addis Ababa": "Ethiopia", "Pretoria": "South Africa", "Seoul": "South Korea", "Pyongyang": "North Korea",
    "Hanoi": "Vietnam", "Bangkok": "Thailand", "Jakarta": "Indonesia", "Manila": "Philippines",
    "Kuala Lumpur": "Malaysia", "Canberra": "Australia", "Ottawa": "Canada", "Ankara": "Turkey",
    "Riyadh": "Saudi Arabia", "Doha": "Qatar", "Baghdad": "Iraq", "Damascus": "Syria", "Kyiv": "Ukraine",
    "Kiev": "Ukraine", "Warsaw": "Poland", "Rome": "Italy", "Madrid": "Spain", "Brasilia": "Brazil",
    "Havana": "Cuba", "Caracas": "Venezuela", "Abuja": "Nigeria", "Accra": "Ghana", "Dakar": "Senegal",
    "Kampala": "Uganda", "Kigali": "Rwanda", "Lusaka": "Zambia", "Harare": "Zimbabwe", "Luanda": "Angola",
    "Kinshasa": "Democratic Republic of Congo", "Khartoum": "Sudan", "Vientiane": "Laos", "Phnom Penh": "Cambodia",
    "Colombo": "Sri Lanka", "Dhaka": "Bangladesh", "Kathmandu": "Nepal", "Tashkent": "Uzbekistan",
    "Abu Dhabi": "United Arab Emirates", "Tel Aviv": "Israel", "Jerusalem": "Israel",
}

# words that end or start names of things, never of people ("Karuma Power Project", "Camp X")
THING_WORDS = frozenset("""
Project Program Programme Initiative Act Plan Games Cup Olympics Olympic Summit Festival Award Prize
Day Week Stadium Base Camp Bridge Road Street Avenue Square Palace Museum Hotel
Church Temple Mosque Station Railway Highway Expressway Zone Terminal Dam Plant Mine Treaty Accord
Agreement Declaration Convention Protocol Strategy Doctrine Communique Communiques Assurances
Relations Policy Conference Expo Exhibition Fair Show Series Season League Championship Tournament
Party Covid Coronavirus Pandemic Vaccine Airport Port Building Tower Center Centre Village Hill
Period Dynasty Era War Revolution Meeting Dialogue Dialogues Session Report Index Text Agenda
Assessment Weapons Technologies Protection Area Cities Communities Harbor Thought Dome Year Check
Catering Express Market System Package Testing Homestay Flight Platform Leaders Delegation Airplanes
Edition Channel Model Marathon Open Race Trophy Operation Site Sites List
""".split())

# ---- time words (capitalised, never names) --------------------------------------

TIME_WORDS = frozenset("""
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
August September October November December Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec.
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Christmas Easter Ramadan
""".split())

# capitalised words that start sentences or headlines but never start a name
COMMON_CAPITALS = frozenset("""
The A An In On At After Before During For From With Meanwhile However But And Or As This That These
Those It He She They We I You His Her Their Our Its My Your While When Since Following According Both
Other Some Many Most Last Next If Although Though Because Under Over Through By To Of Also Yet So
Such Each Every All No Not Now Then There Here What Which Who Whom Whose Why How Where Despite Amid
Among Between Into About Against Within Without Upon Until Unlike Like Including Regarding Earlier
Later Today Yesterday Tomorrow Tonight Still Even Just Only Once Again Instead Indeed Thus Hence
Overall Finally First Second Third Photo File FILE Readout Statement Read More Related Top Rather
Following Highlighting Concerns Visiting Villagers Students Officials Analysts Experts Several Few
Another Any Much More Less Recent Current Last Whether Given Asked Speaking Addressing Noting Thanks
Echoing Citing Quoting Recalling
Please Dear Let Do Does Did Is Are Was Were Be Will Would Can Could Should Might Must Shall Yes Well
People
""".split())

# ---- speech -----------------------------------------------------------------------

# verbs that introduce reported content directly ("X said the talks ...", "..., X added")
SAY_VERBS = frozenset("""
voiced voices suspects
said say says saying added adds adding noted notes noting told tell tells telling stated states
explained explains argued argues insisted insists claimed claims believes believed thinks thought
warned warns urged urges stressed stresses emphasized emphasizes emphasised underscored underscores
reiterated reiterates asserted asserts maintained maintains wrote writes tweeted announced announces
declared declares acknowledged acknowledges admitted admits concluded concludes predicted predicts
pointed cautioned cautions recalled recalls contended contends replied replies responded responds
remarked observed observes hoped hopes expects expected assured assures affirmed affirms reaffirmed
reaffirms agreed agrees welcomed welcomes expressed expresses conveyed conveys highlighted highlights
indicated indicates confirmed confirms suggested suggests proposed proposes pledged pledges promised
promises vowed vows denied denies reported reports revealed reveals disclosed discloses estimated
recognized recognizes recognised underlined underlines hailed hails described describes accused
accuses called calls warn note argue insist claim believe add admit stress urge contend estimate predict
communicated communicates condemned condemns raised raises cited cites alleged alleges found finds
demanded demands projected previewed previews forecast forecasts forecasted informed informs reinforced reinforces characterized
characterizes characterised threatened threatens attached relayed relays dismissed dismisses rejected rejects
dispelled outlined outlines enumerated enumerates detailed details committed commits encouraged encourages
identified identifies ordered orders echoed echoes accuse
""".split())

# of SAY_VERBS, those whose bare object is reported content even without "that"
# ("X urged the parties to ...", "X said the talks ..."); the rest need "that" (readout style)
DIRECT_OBJECT_VERBS = frozenset("""
suspects
said say says told tell tells stated states explained explains argued argues insisted insists
claimed claims believes believed thinks thought warned warns urged urges stressed stresses added adds
noted notes tweeted predicted predicts cautioned cautions contended contends projected forecast forecasts
forecasted encouraged encourages ordered orders
""".split())

# readout verbs whose object is what was said ("The President reaffirmed his commitment to ...")
READOUT_VERBS = frozenset("""
underscored underscores emphasized emphasizes emphasised reaffirmed reaffirms reiterated reiterates
expressed expresses welcomed welcomes highlighted highlights conveyed conveys affirmed affirms voiced
underlined underlines communicated communicates condemned condemns proposed proposes accused accuses
raised raises cited cites alleged alleges demanded demands previewed previews reinforced reinforces accuse
threatened threatens attached relayed relays dispelled outlined outlines enumerated enumerates confirmed
confirms detailed details echoed echoes
""".split())

# what "X called the report ..." calls it, when that is a judgement (speech), not a name
JUDGEMENTS = frozenset("""
groundless baseless unfounded false absurd ridiculous flawed misleading unacceptable irresponsible outrageous
racist xenophobic wrong unfair illegal disgraceful shameful
""".split())

# "X was firm that ...", "X made clear ...": an adjective after a copula (or "made") reporting speech
SPEECH_ADJECTIVES = frozenset("""
firm clear adamant confident optimistic hopeful certain sure emphatic unequivocal
""".split())

# readout verbs that commit to an act: "X pledged to ...", "X vowed to ..."
COMMITMENT_VERBS = frozenset("""
pledged pledges vowed vows promised promises agreed agrees committed commits proposed proposes
""".split())

# participles whose object is what was said: "..., underscoring the importance of ..."
READOUT_PARTICIPLES = frozenset("""
underscoring emphasizing emphasising stressing reiterating reaffirming highlighting welcoming
""".split())

# what "raised" must be followed by to report words ("raised concerns about"), not money or walls
RAISED_OBJECTS = frozenset({"concerns", "concern", "questions", "objections", "doubts", "opportunities"})
# what "reinforced" must be followed by to report words ("reinforced his commitment to"), not troops
REINFORCED_OBJECTS = frozenset({"commitment", "commitments", "support", "importance", "message", "position",
                                "stance", "opposition", "resolve"})
# what "attached" must be followed by ("attached great importance to"), not a file
ATTACHED_OBJECTS = frozenset({"importance", "significance"})
# what "threatened" must be followed by ("threatened more sanctions"), not a storm threatening a coast
THREATENED_OBJECTS = frozenset({"sanctions", "retaliation", "tariffs", "action", "measures", "countermeasures",
                                "consequences", "legal", "military", "force", "to"})
# "X characterized the plan as reckless": a judgement, reported with its verb
DESCRIBING_VERBS = frozenset({"characterized", "characterizes", "characterised", "described", "describes",
                              "dismissed", "dismisses", "rejected", "rejects", "identified", "identifies"})
RAISED_THE_OBJECTS = frozenset({"issue", "issues", "matter", "need", "question", "prospect", "importance"})

# verbs that may close a sentence of reported content: "..., Dupont added."
CLOSING_VERBS = frozenset("""
reported reports
said says say added adds noted notes told stated explained argued argues insisted claimed warned
stressed emphasized emphasised underscored reiterated asserted wrote tweeted declared acknowledged
admitted concluded predicted pointed cautioned recalled contended replied responded remarked
observed believes believed thinks explained continued warn warns note argue insist insists claim claims
believe add admit admits stress contend estimate estimates predict announced announces
""".split())

# participles that attach reported content to the clause's subject: "..., saying that ..."
PARTICIPLES = frozenset("""
saying adding noting stressing emphasizing emphasising underscoring urging warning stating
explaining insisting arguing asserting calling reiterating pointing expressing describing committing
""".split())

PRONOUNS = frozenset("""
he she they it him her them his its their we i you us our me my your
""".split())
PERSON_PRONOUNS = frozenset({"he", "she"})

# plural nouns for unnamed speaking groups ("U.S. officials say")
GROUP_NOUNS = frozenset("""
officials analysts experts diplomats lawmakers residents critics observers sources leaders
authorities scientists researchers economists activists witnesses organizers organisers police
""".split())

# "both sides", "the two leaders"
GROUP_PAIR_NOUNS = frozenset({"sides", "leaders", "parties", "ministers", "presidents", "delegations", "countries",
                              "nations", "governments"})

# short words between a subject and its speech verb ("Dupont once again said")
ADVERBS = frozenset("""
also further again once later then earlier recently previously repeatedly separately however still already
has have had had been was is will would reportedly publicly frequently strongly firmly
""".split())

PREPOSITIONS = frozenset("""
of to for with from by on at in into about between among against over under after before during
behalf through toward towards via per like than as upon
""".split())
