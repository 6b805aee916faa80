"""Small word lists shared by the extraction modules.

They are deliberately general (function words, roles, organisation and place keywords, a
country/capital gazetteer) so the pipeline behaves the same on articles it has never seen.
Everything is stored accent-folded and lower-cased; compare with ``text.fold``.
"""

from __future__ import annotations

import re
from pathlib import Path

from .text import fold


def word_set(text: str) -> frozenset[str]:
    """A set of words written as one whitespace-separated string (easy to read and edit),
    accent-folded like the words they are compared with ("comisión" matches "Comisión")."""
    return frozenset(fold(word) for word in text.split())


EN_STOPWORDS = word_set("""
    a about after all also an and any are as at be been before but by can could did do
    does for from had has have he her him his how i if in into is it its me more my no
    not of on or our out she so some than that the their them then there these they this
    those to up us was we were what when where which while who will with would you your
    """)

ES_STOPWORDS = word_set("""
    a al con como de del el en es esta este fue ha han la las le les lo los mas muy no
    nos para pero por que se si sin sobre su sus tambien un una uno y ya yo tu te mi
    """)

# Capitalised words that start sentences or headings but never start a name.
COMMON_CAPITALISED = word_set("""
    honour honor worship lordship ladyship excellency majesty
    a about above across after again against all also although among an and another any
    are around as at because before behind being below beside besides between both but by
    despite do does during each either even every few following for from further had has
    have he her hers here his how however i if in inside instead into is it its just last
    later let many meanwhile more most much my neither next no nor not now of off on once
    one only or other others our out outside over perhaps shortly since so some still such
    than that the their them then there these they this those though through throughout
    thus to today together tomorrow too toward towards two under unless until upon us very
    was we were what whatever when whenever where whether which while who whom whose why
    will with within without yes yesterday yet you your breaking update
    updated video watch photo photos exclusive live urgent read click see former
    late leaked independent several early dear hello thanks thank please she him himself
    herself me mine ours theirs itself themselves official officials covid ebola zika sars
    mpox analysis opinion latest ellos ellas nosotros ustedes usted ella i'd i'm i'll i've
    i’d i’m i’ll i’ve
    fajr dhuhr zuhr asr maghrib isha
    """)

# Abbreviations of common things, not of organisations: "a DNA test", "CCTV footage".
COMMON_ACRONYMS = word_set("""
    dna rna cctv fir gp gps gdp ceo cfo coo cto tv id pdf sms hiv aids ngo ngos mp mps suv
    atm vat pin usb icu ppe ivf mri ct hr ai api faq pr lgbt lgbtq vip diy rip asap fyi
    ok am pm bc ad ev evs lng lpg co2 ict iq pac pacs ipo ipos ceos gmo ied ieds
    ptsd adhd covid sars ufo ufos nft nfts pow pows rpg gmt utc est edt cst cdt pst pdt
    cet cest bst aest aedt
    """)

# Languages and nationalities: capitalised, named often, but neither people nor places.
DEMONYMS = word_set("""
    english french german spanish portuguese italian dutch flemish arabic darija berber
    amazigh russian chinese mandarin cantonese japanese korean hindi urdu bengali punjabi
    tamil swahili yoruba igbo hausa amharic turkish kurdish persian farsi greek polish
    ukrainian hebrew yiddish latin catalan basque galician romanian hungarian czech slovak
    serbian croatian bosnian bulgarian albanian swedish norwegian danish finnish icelandic
    estonian latvian lithuanian british american european african asian arab latino latina
    hispanic venezuelan venezuelans colombian brazilian mexican argentine argentinian
    chilean peruvian cuban bolivian ecuadorian canadian australian indian pakistani nigerian
    kenyan ghanaian irish scottish welsh swiss austrian belgian israeli palestinian iranian
    iraqi syrian lebanese egyptian moroccan algerian tunisian libyan saudi emirati qatari
    yemeni afghan filipino indonesian malaysian thai vietnamese creole quechua guarani
    twi akan ewe fante pidgin patois malayalam malayali keralite keralites telugu kannada
    marathi gujarati sindhi pashto dari balochi sinhala sinhalese nepali tagalog cebuano
    ilocano javanese sundanese malay khmer lao burmese tigrinya oromo somali xhosa
    afrikaans wolof fulani lingala kinyarwanda luganda kikuyu kalenjin maasai uzbek kazakh
    azerbaijani azeri armenian georgian mongolian tibetan uyghur maori samoan tongan
    """)

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

DAYS = word_set(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur "
    "thurs fri sat sun"
)

# Abbreviated honorifics: a following name is a person.
HONORIFICS = word_set(
    "mr mrs ms miss dr prof sr sra srta mx sir dame lord lady rev madame monsieur mme mlle adv "
    "herr frau señor senor señora senora signor signora hon honourable honorable "
    # Malaysian and Bruneian honours and forms of address ("Datuk X", "Encik Azman")
    "datuk datin dato tun toh encik puan cik tuan haji hajah pengiran "
    # Indonesian forms of address ("Pak Budi", "Bu Endang"), Amharic ones ("Ato Abebe",
    # "Weizero Tigist") and the engineer's title used in East Africa ("Eng. Dawit")
    "pak bu ibu bapak ato weizero weizerit eng engr"
)

# Forms of address written after a given name, and the gender each says ("Ayşe Hanım",
# "Ahmet Bey", "Mehmet Efendi").
ADDRESS_AFTER = {"bey": "m", "efendi": "m", "hanim": "f"}

# "Kamarulzaman bin Abdul Rashid", "Nur Aqilah binti Mohd Yusri": whose son or daughter
PATRONYMIC_PARTICLES = word_set("bin binti bte")

# Small words a title-case title or slogan leaves in lower case, in the languages quoted
# most ("Safe Streets for All", "Con el Mazo Dando"): such a quotation is a title.
TITLE_SMALL_WORDS = word_set("""
    a an in on at to for with from by or nor but as is of the and
    de del la las los el le les des du da do der die das und y e et con por para
    """)

# Roles and titles that precede a person's name ("Interior Minister X", "Major X").
ROLES = word_set("""
    president vice-president minister deputy major general senator governor mayor judge
    chief colonel captain lieutenant sergeant inspector commander secretary pope king queen
    prince princess sheikh lawmaker congressman congresswoman representative rep sen gov gen
    lt col capt sgt cmdr adm admiral ambassador chancellor premier prosecutor attorney
    commissioner director spokesman spokeswoman spokesperson bishop cardinal
    archbishop councillor councilman councilwoman superintendent officer agent detective
    corporal marshal dictator emperor mp mep mla mlc ceo coroner chairman chairwoman professor
    comrade
    chairperson constable sheriff rabbi imam pastor reverend dean provost coach
    collector magistrate tehsildar sarpanch treasurer registrar ombudsman alderman
    barrister advocate mpa mna
    alderwoman trustee headteacher superintendent inspector-general councilmember corporator
    councilor cllr cr recorder assemblyman assemblywoman assemblymember undersecretary
    under-secretary
    subsecretario subsecretaria secretario ministro ministra presidente presidenta
    gobernador gobernadora alcalde alcaldesa diputado diputada senador senadora procurador
    ministre maire préfet député sénateur procureur bürgermeister
    bupati walikota gubernur camat lurah
    """)

# Words that mark a capitalised sequence as an organisation.
ORG_KEYWORDS = word_set("""
    dinas badan komisi dewan kementerian
    red observatorio observatório centro colectivo coletivo coordinadora unión união
    asamblea assembleia junta oficina revista diario periódico periodico jornal
    court courts ministry ministries police party guard guards forces force body office
    agency university team post news brigade council assembly government army navy
    airforce bank company corporation corp inc ltd llc plc group association union
    committee commission department institute foundation service services network times
    journal tribune press organization organisation federation league senate congress
    parliament front movement alliance coalition church club school college center centre
    unit command guardia policía policia tribunal nations authority bureau board
    directorate administration cabinet embassy consulate commission fund programme program
    channel television radio tv daily herald gazette review magazine newspaper reuters
    sa ag gmbh nv bv spa sas sarl srl ab asa oy kk pty systems holdings industries
    laboratories labs pharma airlines airways motors technologies collective syndicate
    confederation cooperative co-operative guild society library museum hospital clinic
    resources energy partners capital ventures media logistics solutions software
    electronics automotive petroleum telecom communications insurance brands foods mining
    partido partei parti partito movimento movimiento mouvement frente aliança alianza
    sindicato ministerio ministère ministerium consejo conselho conseil instituto institut
    fundación fundação stiftung universidad universidade université universität banco
    banque comisión comissão comité federación confederación gewerkschaft verband verein
    logistik athletic rovers wanderers rangers afc cf corps nation trust trusts fm jail
    autoridade autoridad autorità câmara associação asociación guarda agência agencia morcha
    sangh sena samiti parishad
    serviço servicio ministério secretaria secretaría fiscalía procuraduría defensoría
    prison penitentiary elementary academy diocese archdiocese management consulting
    rail railway railways railroad transit
    consultancy associates
    advisors advisers
    platinum minerals metals steel cement coal café cafe restaurant bakery brewery
    pizzeria supermarket llp lp
    chemicals pharmaceuticals plastics textiles paints fertilizers fertilisers refinery
    utilities semiconductors
    """)

# Organisation words that end a company's name: "Corvalis" alone is still Corvalis Systems
# (but "Wrexley" is not Wrexley General Hospital: institutions take a place's name).
COMPANY_WORDS = word_set("""
    sa ag gmbh nv bv spa sas sarl srl ab asa oy kk pty inc ltd llc plc corp corporation
    company group holdings industries systems laboratories labs pharma airlines airways
    motors technologies bank fc club resources energy partners capital ventures media
    logistics solutions software electronics automotive petroleum telecom communications
    insurance brands foods mining co logistik athletic rovers wanderers rangers afc cf
    platinum minerals metals steel cement coal chemicals pharmaceuticals plastics
    textiles paints fertilizers fertilisers refinery utilities semiconductors
    """)
# Legal forms that end a company's registered name: "Nordwerk Malta Ltd" is Nordwerk.
LEGAL_FORMS = word_set("""
    sa ag gmbh nv bv spa sas sarl srl ab asa oy kk pty inc ltd llc plc corp co kg se fc afc
    cf llp lp sab
    """)

# Parliaments and courts named by one word: organisations, though "in the Bundestag"
# reads like a place.
LEGISLATURES = word_set("""
    bundestag bundesrat knesset duma sejm storting riksdag folketing eduskunta althing
    oireachtas dail seanad cortes congreso senado asamblea camara stortinget nationalrat
    kongress majlis lok sabha rajya parliament congress senate assembly
    """)

# Words that mark a capitalised sequence as a place.
PLACE_KEYWORDS = word_set("""
    plaza street st avenue ave road square river mountain mountains lake island islands
    city province county valley state region district bay sea ocean gulf peninsula park
    municipality parish village town desert rua calle avenida rue strasse straße via praça
    praca piazza platz plein lane boulevard quay building domain marae barangay brgy serra
    highway motorway freeway expressway
    sierra regency kabupaten kecamatan kelurahan oblast raion krai okrug voivodeship
    prefecture governorate emirate wilaya
    cemetery cementerio cemitério cemiterio cimetière cimetiere friedhof parque barrio bairro
    puente ponte bridge
    """)

# Portfolio words left at the front of a name after a long ministerial title.
PORTFOLIO_WORDS = word_set(
    "interior justice peace defense defence foreign affairs finance health education security "
    "state home economy trade labour labor"
)

COUNTRIES = word_set("""
    afghanistan albania algeria andorra angola argentina armenia australia austria
    azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan
    bolivia bosnia botswana brazil brunei bulgaria burkina burundi cambodia cameroon canada
    chad chile china colombia comoros congo croatia cuba cyprus czechia czech denmark
    djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france
    gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti
    honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan
    jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho
    liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives
    mali malta mauritania mauritius mexico micronesia moldova monaco mongolia montenegro
    morocco mozambique myanmar namibia nauru nepal netherlands nicaragua niger nigeria
    norway oman pakistan palau palestine panama paraguay peru philippines poland portugal
    qatar romania russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia
    somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania
    thailand togo tonga tunisia turkey turkmenistan tuvalu uganda ukraine uruguay
    uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe england scotland wales
    europe africa asia america americas antarctica oceania caribbean
    """) | frozenset(
    [
        "united states", "united kingdom", "south africa", "south korea", "north korea",
        "new zealand", "saudi arabia", "costa rica", "el salvador", "puerto rico",
        "dominican republic", "ivory coast", "sri lanka", "united arab emirates",
        "latin america", "south america", "north america", "central america",
        "middle east", "hong kong", "trinidad and tobago", "east timor",
    ]
)  # fmt: skip

CITIES = word_set("""
    caracas bogota bogotá lima quito santiago buenos aires montevideo asuncion la paz
    brasilia rio sao paulo mexico havana panama managua tegucigalpa kingston washington
    new york london paris madrid berlin rome moscow beijing tokyo delhi mumbai cairo
    istanbul ankara tehran baghdad damascus beirut jerusalem riyadh dubai doha kabul
    islamabad karachi dhaka bangkok hanoi jakarta manila seoul sydney melbourne toronto
    ottawa montreal vancouver chicago miami houston los angeles boston brussels amsterdam
    vienna geneva zurich lisbon athens warsaw prague budapest kyiv kiev stockholm oslo
    copenhagen helsinki dublin edinburgh lagos nairobi johannesburg addis ababa khartoum
    tripoli tunis algiers rabat maracaibo valencia barquisimeto medellin cali guayaquil
    durban pretoria accra abuja kampala kigali harare lusaka luanda dakar
    kinshasa casablanca marseille lyon milan munich hamburg frankfurt barcelona seville
    manchester birmingham glasgow liverpool bristol leeds philadelphia atlanta seattle
    denver dallas phoenix detroit auckland wellington brisbane perth adelaide singapore
    kolkata chennai bangalore bengaluru hyderabad lahore shanghai osaka taipei
    """) | frozenset(
    ["buenos aires", "la paz", "sao paulo", "são paulo", "rio de janeiro", "new york",
     "los angeles", "san francisco", "mexico city", "panama city", "addis ababa",
     "new delhi", "tel aviv", "san juan", "santo domingo", "guatemala city", "san salvador",
     "san jose", "san josé", "hong kong", "kuala lumpur", "cape town"]
)  # fmt: skip

# States and provinces that are written alone ("Victoria's Department of Health").
REGIONS = word_set("""
    victoria queensland tasmania ontario quebec alberta manitoba saskatchewan
    california texas florida ohio michigan illinois arizona nevada oregon
    colorado minnesota wisconsin missouri tennessee kentucky alabama louisiana
    massachusetts pennsylvania maryland indiana iowa kansas nebraska oklahoma utah
    bavaria saxony catalonia andalusia galicia lombardy sicily sardinia tuscany brittany
    normandy scotland wales kerala gujarat maharashtra punjab sindh balochistan bihar
    rajasthan karnataka zulia aragua carabobo tachira anzoategui
    """) | frozenset(
    ["new south wales", "western australia", "south australia", "northern territory",
     "british columbia", "nova scotia", "new brunswick", "new jersey", "new mexico",
     "north carolina", "south carolina", "west virginia", "tamil nadu", "uttar pradesh",
     "west bengal", "madhya pradesh", "andhra pradesh"]
)  # fmt: skip
# Capitals, large cities and first-level regions of the whole world (a data file, since
# it is long): news from anywhere names them without "in" or "city" beside them.
WORLD_PLACES = frozenset(
    fold(line.strip())
    for line in (Path(__file__).with_name("places.txt")).read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
)
# Every known place name: a country, city or region.
GAZETTEER = COUNTRIES | CITIES | REGIONS | WORLD_PLACES

# Speech verbs (as written, lower case). "according to" is handled separately.
CUE_VERBS = word_set("""
    said says say told tells tell added adds stated states tweeted tweets wrote writes
    shouted shouts posted posts asked asks affirmed affirms denounced denounces yelled
    yells declared declares explained explains insisted insists claimed claims noted notes
    warned warns replied replies recalled recalls argued argues announced announces
    screamed screams cried cries urged urges continued continues responded responds
    admitted admits added remarked remarks pleaded pleads confirmed confirms told testified
    testifies exclaimed exclaims whispered whispers stressed stresses concluded concludes
    indicated indicates reported reports assured assures promised promises repeated
    repeats begged begs acknowledged acknowledges revealed reveals
    add tweet write shout ask declare explain insist warn reply recall argue announce urge
    confirm admit stress scream yell testify exclaim whisper acknowledge reveal plead
    remark assure repeat report respond conclude
    saying telling adding insisting warning arguing claiming explaining noting stressing
    writing tweeting posting declaring announcing urging asking replying recalling
    accused accuses accusing vowed vows vowing pledged pledges demanded demands denied
    denies suggested suggests predicted predicts condemned condemns criticised criticized
    criticises criticizes praised praises dismissed dismisses complained complains
    spoke speaks speaking answered answers cautioned cautions conceded concedes
    retorted retorts countered counters quipped quips snapped snaps interjected
    observed observes contended contends maintained maintains asserted asserts
    remarking observing contending maintaining asserting
    remembers remembered remember
    """)
# Phrasal speech verbs: "Villasenor shot back".
_PHRASAL_CUES = ("shot back", "fired back", "hit back", "chimed in", "puts it", "put it")

# Social and messaging platforms: companies, so organisations, though rarely written with
# an organisation word.
PLATFORMS = word_set("""
    twitter facebook instagram whatsapp telegram signal youtube tiktok linkedin snapchat
    reddit threads bluesky mastodon wechat weibo x
    """)

# Names of deities are not people, organisations or places the archive tracks.
DEITY_WORDS = word_set("god gods allah christ jesus yahweh jehovah")

CUE_PATTERN = r"(?:" + "|".join(sorted([*_PHRASAL_CUES, *CUE_VERBS], key=len, reverse=True)) + r")"
CUE_RE = re.compile(r"\b(" + CUE_PATTERN + r"|[Aa]ccording to)\b")

# Kin and role nouns that make "the mother of X" a speaker of its own, not X.
RELATION_NOUNS = word_set("""
    mother father wife husband son daughter brother sister sisters brothers parents family
    lawyer lawyers attorney spokesman spokeswoman spokesperson friend friends colleague
    colleagues widow uncle aunt cousin grandmother grandfather relatives partner
    """)

# Verbs that also introduce their speaker after them ("said Mr. X"); "asked X" names the
# person asked, so it is not in this list.
INVERTED_CUES = word_set(
    "said says added adds wrote writes continued explained recalled noted insisted argued "
    "warned stated declared replied"
)

# Nouns that describe a person in an apposition ("X, a journalist", "X is a student").
PERSON_NOUNS = word_set("""
    journalist reporter student member officer lawyer professor researcher writer author
    spokesman spokeswoman spokesperson minister president leader director activist pilot
    agent inspector policeman policewoman soldier doctor editor correspondent analyst
    politician deputy lawmaker senator governor mayor judge prosecutor mother father wife
    husband son daughter brother sister friend colleague chief commander general colonel
    captain official founder chairman chairwoman candidate opponent ally critic economist
    historian expert investigator detective actor actress singer musician artist player
    coach manager executive banker businessman businesswoman entrepreneur teacher priest
    bishop nun man woman boy girl resident neighbour neighbor witness victim survivor
    vendor evacuee rider protester protestor demonstrator marcher voter shopper commuter
    motorist pensioner farmer miner fisherman fisherwoman nurse midwife paramedic firefighter
    guard cleaner cook waiter waitress bartender trader seller buyer tenant landlord patient
    pupil parishioner worshipper mourner relative onlooker bystander eyewitness tourist
    consultant surgeon physician clinician pharmacist dentist therapist psychologist
    scientist engineer architect accountant auditor contractor employee staffer aide
    adviser advisor organiser organizer campaigner volunteer carer caregiver porter
    technician mechanic electrician plumber builder labourer laborer driver pilot
    """)

# Given names whose bearer is, in the overwhelming majority, a man or a woman. Used only to
# agree "he"/"she" with an antecedent; a name in neither list simply has no known gender.
MALE_NAMES = word_set("""
    humza musa isa yahya joshua nikita misha kostya zakaria zakariya akira elia jona
    juma onyekachi oluwaseyi ezra ibrahima moussa aliyu garba shehu
    aaron abdul abdullah abraham adam adrian ahmed ahmad alan albert alberto alejandro alex
    alexander alfredo ali amir andre andres andrew andrzej angel anil antonio arjun arturo
    bernardo ben benjamin bilal boris brian bruno carlos cesar charles chen chinedu chris
    christian christopher daniel darius david diego dmitri eduardo emeka emmanuel enrique
    eric ernesto esteban fernando francisco frank gabriel george gerardo gonzalo guillermo
    gustavo hassan hector henry hugo ibrahim ignacio ivan jack jacob james javier jean
    jeffrey jim joao joaquin john jorge jose josef joseph juan julian julio karim kevin
    khalid klaus kwame leonardo leopoldo luis lukas manuel marco marcos mario mark martin
    matteo michael miguel mohamed mohammed muhammad nicolas nikolai olusegun omar oscar
    pablo patrick paul pedro peter pierre rafael rahul rajesh ramon raul ricardo richard
    robert roberto rodrigo ruben sam samuel sergei sergio simon stefan stephen steven
    sunil thomas tom tomasz victor vladimir wei william yusuf
    abdel adebayo adewale ahmet akin aleksander aleksandr alessandro alvaro amadou andrei
    anton antoine arnaud axel baptiste bartosz bernard bjorn callum cedric chidi ciaran
    colin conor cristian damian declan dele derek desmond dieter dmitry dougie duarte
    dylan emil emre enzo ethan fabio fabrizio farid felipe felix florian francois
    fran gareth gaston gheorghe giancarlo gianluca giorgio giovanni giuseppe gordon graham
    gregor gunter hamza hans harry hassan hernan hugh ian idris ikechukwu ilya imran ion
    ionut jakub jamal jan jaroslaw javi jens joachim joao joerg jonas jorg jorge josep
    jozef juergen jurgen kai kamal kemal kenji kwabena kwame kofi lars laurent lazar leon
    levent liam lorenzo luca lucas luka marcel marek marius matthias maxim mehmet mikhail
    milan mustafa nabil nathan niall nikola nils nuno obinna olaf oliver olumide omar
    oren osman pascal pavel philippe piotr radu rafal raphael reza rhys riccardo rohit
    rolf ronan rui ryan sandeep sanjay santiago sebastian segun sean senthil shane silvio
    soren stanislav sven tariq theo tobias tomas tunde umar uwe valentin vasile vikram
    vincent wojciech xavier yannick yaw yves zoran
    """)
FEMALE_NAMES = word_set("""
    adriana aisha alejandra alexandra alice alicia amina ana anna anne angela anita ayesha
    barbara beatriz camila carla carmen carolina catherine chiamaka claire claudia daniela
    diana elena elizabeth emily emma eva fatima fatma gabriela gloria grace hannah helen
    ines ingrid irina isabel isabella jane jennifer jessica joan julia karen katarzyna
    laura leila lucia luisa lucy magdalena margaret maria mariana marie marisol marta mary
    maya mercedes monica nadia nancy natalia natasha ngozi nicole olga olivia patricia
    paula priya rachel rosa ruth sandra sara sarah silvia sofia sophie susan susana
    svetlana tatiana teresa valentina valeria victoria yolanda zainab zoe
    abena adaeze adriana agnieszka aisling alba amara amelie anastasia andreea angelica
    anja annegret annika aparna astrid aylin beatrice bianca birgit brigitte bronwen
    catalina celine chloe claudine clemence clementine dagmar deborah deepa dolores dorota
    edith elif elise eleanor elisabeth elisa emilia erin esther eszter fadwa fatou
    femi folake francesca funmilayo gemma georgina gisela giulia halima harriet heike
    helga hilde ines ioana irene isabelle jacqueline janet janine jolanta josefina
    judith julie justyna kalinda karin katharina katja kerstin kinga lalla lara larissa
    leonor lidia lina lucie ludmila magda malgorzata manon mareike margarida marguerite
    marianne marina marisa marlene martina mathilde megan melanie mia miriam monika
    nadine naomi nathalie niamh nina noor nour nuria oksana olena patrycja pilar rania
    rebecca rekiya renata rhiannon rocio ruxandra sabine samira sandrine saoirse selin
    shreya sian simone siobhan sonia stefania sunita suzanne sylvie tamara tanja tereza
    ursula ute vanessa vera veronica wanda yasmin yusra zeynep zofia zuzana
    """)
MALE_NOUNS = word_set("""
    mr sir lord sr senor señor don king prince father husband son brother uncle grandfather
    nephew spokesman chairman businessman policeman congressman councilman fireman boyfriend
    man boy
    """)
FEMALE_NOUNS = word_set("""
    mrs ms miss dame lady sra srta senora señora dona doña madam queen princess mother wife
    daughter sister aunt grandmother niece widow spokeswoman chairwoman businesswoman
    policewoman congresswoman councilwoman actress girlfriend woman girl
    """)

# Common given names across the languages the archive sees; a capitalised pair starting
# with one of these is very likely a person.
GIVEN_NAMES = (
    MALE_NAMES
    | FEMALE_NAMES
    | word_set("""
    dean rich fernanda ximena paola guadalupe leticia lorena mauricio marcelo emilio humberto
    jaime octavio salvador
    aaron abdul abraham adam adrian adriana ahmed alan albert alberto alejandra alejandro
    alex alexander alexandra alfredo ali alice alicia ana andrea andres andrew angel angela
    anna anne antonio arturo barbara ben benjamin bernardo brian carla carlos carmen
    carolina catherine cesar charles chris christian christopher claudia daniel daniela
    david diana diego eduardo elena elizabeth emily emma enrique eric ernesto esteban eva
    fernando francisco frank gabriel gabriela george gerardo gloria gonzalo guillermo
    gustavo hector helen henry hugo ignacio iris isabel ivan jack jacob james jane javier
    jeffrey jennifer jesus jessica jim joan joaquin john jorge jose joseph juan julia julian
    julio karen kevin laura leonardo leopoldo lisa lucia luis luisa manuel marco marcos
    margaret maria mariana mario mark martin mary mercedes michael miguel monica nancy
    natalia nicolas oscar pablo patricia patrick paul pedro peter rafael ramon raul
    ricardo richard robert roberto rodrigo rosa ruben samuel sandra sara sarah sergio
    silvia simon sofia stephen steven susan susana teresa thomas tom victor victoria
    william yolanda
    """)
)
