"""The demo cities: names, countries, networks, years joined and statements, in EN/FR/AR."""

INDEX = {"title": "Member cities", "slug": "cities"}
INDEX_INTRO = (
    "Cities that have joined the Intercultural Cities programme: each reviews its policies with "
    "the Intercultural Cities Index, shares its practices and learns from the others."
)
INDEX_FR = {
    "Member cities": "Villes membres",
    INDEX_INTRO: (
        "Les villes qui ont rejoint le programme des Cités interculturelles : chacune revoit ses "
        "politiques avec l'Index des cités interculturelles, partage ses pratiques et apprend "
        "des autres."
    ),
}
INDEX_AR = {
    "Member cities": "المدن الأعضاء",
    INDEX_INTRO: (
        "المدن التي انضمت إلى برنامج المدن المتداخلة الثقافات: تراجع كل منها سياساتها بمؤشر "
        "المدن المتداخلة الثقافات، وتتقاسم ممارساتها وتتعلم من المدن الأخرى."
    ),
}

# Arabic names of the cities, countries and networks; each Arabic profile says in one sentence
# when the city joined (the French statements are full translations).
CITY_NAMES_AR = {
    "lisbon": "لشبونة",
    "rijeka": "رييكا",
    "oslo": "أوسلو",
    "bergen": "بيرغن",
    "limassol": "ليماسول",
    "montreal": "مونتريال",
    "bilbao": "بلباو",
    "geneva": "جنيف",
    "reggio-emilia": "ريدجو إميليا",
    "erlangen": "إرلانغن",
    "odessa": "أوديسا",
    "lublin": "لوبلين",
    "turin": "تورينو",
    "sabadell": "ساباديل",
    "cascais": "كاشكايش",
    "stavanger": "ستافانغر",
    "reykjavik": "ريكيافيك",
    "botkyrka": "بوتشيركا",
}
COUNTRIES_AR = {
    "Canada": "كندا",
    "Croatia": "كرواتيا",
    "Cyprus": "قبرص",
    "Germany": "ألمانيا",
    "Iceland": "آيسلندا",
    "Italy": "إيطاليا",
    "Norway": "النرويج",
    "Poland": "بولندا",
    "Portugal": "البرتغال",
    "Spain": "إسبانيا",
    "Sweden": "السويد",
    "Switzerland": "سويسرا",
    "Ukraine": "أوكرانيا",
}
NETWORKS_AR = {
    "Italy": "شبكة مدن الحوار الإيطالية",
    "Norway": "الشبكة النرويجية للمدن المتداخلة الثقافات",
    "Portugal": "الشبكة البرتغالية للمدن المتداخلة الثقافات",
    "Spain": "الشبكة الإسبانية للمدن المتداخلة الثقافات",
    "Ukraine": "الشبكة الأوكرانية للمدن المتداخلة الثقافات",
}
STATEMENT_AR = "{city} عضو في برنامج المدن المتداخلة الثقافات منذ عام {year}."
STATEMENT_AR_NO_YEAR = "{city} عضو في برنامج المدن المتداخلة الثقافات."

# English country and network names with their French translations.
COUNTRIES_FR = {
    "Canada": "Canada",
    "Croatia": "Croatie",
    "Cyprus": "Chypre",
    "Germany": "Allemagne",
    "Iceland": "Islande",
    "Italy": "Italie",
    "Norway": "Norvège",
    "Poland": "Pologne",
    "Portugal": "Portugal",
    "Spain": "Espagne",
    "Sweden": "Suède",
    "Switzerland": "Suisse",
    "Ukraine": "Ukraine",
}
NETWORKS = {
    "Italy": ("Città del Dialogo (Italian network)", "Città del Dialogo (réseau italien)"),
    "Norway": (
        "Norwegian network of intercultural cities",
        "Réseau norvégien des cités interculturelles",
    ),
    "Portugal": (
        "Portuguese network of intercultural cities",
        "Réseau portugais des cités interculturelles",
    ),
    "Spain": (
        "Spanish network of intercultural cities (RECI)",
        "Réseau espagnol des cités interculturelles (RECI)",
    ),
    "Ukraine": (
        "Ukrainian network of intercultural cities (ICC-UA)",
        "Réseau ukrainien des cités interculturelles (ICC-UA)",
    ),
}

# slug, English name, French name, country, year joined, statement (English, French)
CITIES = [
    (
        "lisbon",
        "Lisbon",
        "Lisbonne",
        "Portugal",
        2011,
        "Lisbon welcomed the whole network in November 2017 for the event that marked ten years "
        "of Intercultural Cities, where members endorsed the Lisbon Declaration. With Rijeka it "
        "tested a method for mapping the diverse cultural heritage of a neighbourhood together "
        "with its residents.",
        "Lisbonne a accueilli tout le réseau en novembre 2017 pour l'événement qui a marqué les "
        "dix ans des Cités interculturelles, où les membres ont adopté la Déclaration de "
        "Lisbonne. Avec Rijeka, elle a testé une méthode pour cartographier avec les habitants "
        "le patrimoine culturel divers d'un quartier.",
    ),
    (
        "rijeka",
        "Rijeka",
        "Rijeka",
        "Croatia",
        2016,
        "Rijeka hosted the coordinators of the network in September 2018. Alongside Lisbon, it "
        "trained teams of residents, schools and associations to map the cultural heritage of "
        "their neighbourhood as something shared by all who live there.",
        "Rijeka a reçu les coordinateurs du réseau en septembre 2018. Aux côtés de Lisbonne, "
        "elle a formé des équipes d'habitants, d'écoles et d'associations pour cartographier le "
        "patrimoine culturel de leur quartier comme un bien partagé par tous ceux qui y vivent.",
    ),
    (
        "oslo",
        "Oslo",
        "Oslo",
        "Norway",
        2008,
        "Oslo was one of the eleven cities of the pilot phase. In June 2017 it co-organised a "
        "seminar on human rights in the intercultural city, which linked integration policy "
        "with the wider human rights agenda.",
        "Oslo faisait partie des onze villes de la phase pilote. En juin 2017, elle a "
        "co-organisé un séminaire sur les droits humains dans la cité interculturelle, qui a "
        "relié les politiques d'intégration à l'ensemble des droits humains.",
    ),
    (
        "bergen",
        "Bergen",
        "Bergen",
        "Norway",
        2014,
        "Bergen belongs to the Norwegian network. Its mayor spoke before members of the "
        "Parliamentary Assembly of the Council of Europe about what cities can teach national "
        "governments on inclusive societies.",
        "Bergen appartient au réseau norvégien. Sa maire s'est adressée aux membres de "
        "l'Assemblée parlementaire du Conseil de l'Europe sur ce que les villes peuvent apprendre "
        "aux gouvernements nationaux en matière de sociétés inclusives.",
    ),
    (
        "limassol",
        "Limassol",
        "Limassol",
        "Cyprus",
        2011,
        "Limassol asked the programme to help train its police in intercultural community "
        "policing, and in 2019 it hosted a meeting of the policy lab where national governments "
        "work on a model integration strategy.",
        "Limassol a demandé au programme d'aider à former sa police à une police de proximité "
        "interculturelle et, en 2019, elle a accueilli une réunion du laboratoire politique où "
        "les gouvernements nationaux préparent une stratégie d'intégration type.",
    ),
    (
        "montreal",
        "Montreal",
        "Montréal",
        "Canada",
        2011,
        "Montreal is one of the members outside Europe. It takes part in the coordinators' "
        "meetings, and a regional network of intercultural cities is taking shape in Quebec.",
        "Montréal est l'un des membres situés hors d'Europe. Elle participe aux réunions des "
        "coordinateurs, et un réseau régional de cités interculturelles se construit au Québec.",
    ),
    (
        "bilbao",
        "Bilbao",
        "Bilbao",
        "Spain",
        2013,
        "Bilbao hosted a session of the anti-rumours training, building on the Basque network "
        "of anti-rumours agents already active in ten municipalities. It also told its own "
        "residents' stories in the Storycities project.",
        "Bilbao a accueilli une session de la formation anti-rumeurs, en s'appuyant sur le "
        "réseau basque d'agents anti-rumeurs déjà actif dans dix communes. Elle a aussi raconté "
        "les histoires de ses habitants dans le projet Storycities.",
    ),
    (
        "geneva",
        "Geneva",
        "Genève",
        "Switzerland",
        2011,
        "Geneva fights discrimination as one problem with many faces, linking sexism, racism "
        "and homophobia, and opened its services to a study visit of the network. It took part "
        "in Storycities.",
        "Genève combat les discriminations comme un seul problème aux multiples visages, en "
        "reliant sexisme, racisme et homophobie, et a ouvert ses services à une visite d'étude "
        "du réseau. Elle a participé à Storycities.",
    ),
    (
        "reggio-emilia",
        "Reggio Emilia",
        "Reggio d'Émilie",
        "Italy",
        2008,
        "Reggio Emilia joined in the pilot phase and belongs to Città del Dialogo, the Italian "
        "network. Its residents and associations appeared in the Storycities videos about "
        "diversity as an advantage.",
        "Reggio d'Émilie a rejoint le programme dès la phase pilote et appartient à Città del "
        "Dialogo, le réseau italien. Ses habitants et ses associations figurent dans les vidéos "
        "Storycities sur la diversité comme atout.",
    ),
    (
        "erlangen",
        "Erlangen",
        "Erlangen",
        "Germany",
        2013,
        "Erlangen was one of six cities in Storycities, which collected the stories of people "
        "who work with the city to put its intercultural policy into practice.",
        "Erlangen a été l'une des six villes de Storycities, qui a recueilli les récits de "
        "personnes qui travaillent avec la ville pour mettre en œuvre sa politique "
        "interculturelle.",
    ),
    (
        "odessa",
        "Odessa",
        "Odessa",
        "Ukraine",
        2013,
        "Odessa hosted the coordinators in September 2019, when the network used systemic "
        "design to rethink how the programme serves its cities. It has completed the "
        "Intercultural Cities Index and belongs to the Ukrainian network.",
        "Odessa a accueilli les coordinateurs en septembre 2019, quand le réseau a utilisé le "
        "design systémique pour repenser la façon dont le programme sert ses villes. Elle a "
        "rempli l'Index des cités interculturelles et appartient au réseau ukrainien.",
    ),
    (
        "lublin",
        "Lublin",
        "Lublin",
        "Poland",
        2008,
        "Lublin has been a member since the pilot phase. In June 2019 it hosted the first "
        "working group on how to measure the effect of intercultural policies on community "
        "cohesion.",
        "Lublin est membre depuis la phase pilote. En juin 2019, elle a accueilli le premier "
        "groupe de travail sur la mesure des effets des politiques interculturelles sur la "
        "cohésion sociale.",
    ),
    (
        "turin",
        "Turin",
        "Turin",
        "Italy",
        2012,
        "Turin hosted a thematic event in June 2019 that asked whether the intercultural "
        "approach answers discrimination and hate speech better than anti-discrimination rules "
        "alone.",
        "Turin a accueilli en juin 2019 une rencontre thématique qui se demandait si l'approche "
        "interculturelle répond mieux aux discriminations et aux discours de haine que les "
        "seules règles anti-discrimination.",
    ),
    (
        "sabadell",
        "Sabadell",
        "Sabadell",
        "Spain",
        2011,
        "Sabadell belongs to RECI, the Spanish network, and hosted one of its working sessions "
        "in October 2017. It has reviewed its policies with the Intercultural Cities Index.",
        "Sabadell appartient au RECI, le réseau espagnol, et a accueilli l'une de ses sessions "
        "de travail en octobre 2017. Elle a revu ses politiques avec l'Index des cités "
        "interculturelles.",
    ),
    (
        "cascais",
        "Cascais",
        "Cascais",
        "Portugal",
        2015,
        "Cascais completed the Intercultural Cities Index, received an expert visit in 2017 and "
        "took part in Storycities. It belongs to the Portuguese network.",
        "Cascais a rempli l'Index des cités interculturelles, a reçu une visite d'experts en "
        "2017 et a participé à Storycities. Elle appartient au réseau portugais.",
    ),
    (
        "stavanger",
        "Stavanger",
        "Stavanger",
        "Norway",
        2015,
        "Stavanger belongs to the Norwegian network and was one of the six Storycities, "
        "showing on social media the people who make its diversity an advantage.",
        "Stavanger appartient au réseau norvégien et a été l'une des six villes de Storycities, "
        "montrant sur les réseaux sociaux les personnes qui font de sa diversité un atout.",
    ),
    (
        "reykjavik",
        "Reykjavik",
        "Reykjavik",
        "Iceland",
        2013,
        "Reykjavik hosted the coordinators in September 2016, when the network, by then more "
        "than a hundred cities, asked how to grow without losing the engagement of its members.",
        "Reykjavik a reçu les coordinateurs en septembre 2016, quand le réseau, fort alors de "
        "plus de cent villes, s'est demandé comment grandir sans perdre l'engagement de ses "
        "membres.",
    ),
    (
        "botkyrka",
        "Botkyrka",
        "Botkyrka",
        "Sweden",
        None,  # a member by 2017; the reports do not say since when
        "Botkyrka, south of Stockholm, reviewed its Intercultural Cities Index in 2017 and "
        "offered to host one of the network's events in 2018. Many of its residents speak "
        "Finnish, and the municipality serves them in their language.",
        "Botkyrka, au sud de Stockholm, a fait réviser son Index des Cités interculturelles en "
        "2017 et a proposé d'accueillir l'un des événements du réseau en 2018. Beaucoup de ses "
        "habitants parlent finnois, et la commune les sert dans leur langue.",
    ),
]

# Where each city is (latitude, longitude of its centre), for the profile's map link.
LOCATIONS = {
    "lisbon": (38.7223, -9.1393),
    "rijeka": (45.3271, 14.4422),
    "oslo": (59.9139, 10.7522),
    "bergen": (60.3913, 5.3221),
    "limassol": (34.7071, 33.0226),
    "montreal": (45.5019, -73.5674),
    "bilbao": (43.2630, -2.9350),
    "geneva": (46.2044, 6.1432),
    "reggio-emilia": (44.6983, 10.6312),
    "erlangen": (49.5897, 11.0120),
    "odessa": (46.4825, 30.7233),
    "lublin": (51.2465, 22.5684),
    "turin": (45.0703, 7.6869),
    "sabadell": (41.5463, 2.1086),
    "cascais": (38.6979, -9.4215),
    "stavanger": (58.9700, 5.7331),
    "reykjavik": (64.1466, -21.9426),
    "botkyrka": (59.1995, 17.8330),
}

# Each city's own website (the municipality's official address), for the profile's facts.
WEBSITES = {
    "lisbon": "https://www.lisboa.pt/",
    "rijeka": "https://www.rijeka.hr/",
    "oslo": "https://www.oslo.kommune.no/",
    "bergen": "https://www.bergen.kommune.no/",
    "limassol": "https://www.limassolmunicipal.com.cy/",
    "montreal": "https://montreal.ca/",
    "bilbao": "https://www.bilbao.eus/",
    "geneva": "https://www.geneve.ch/",
    "reggio-emilia": "https://www.comune.re.it/",
    "erlangen": "https://www.erlangen.de/",
    "odessa": "https://omr.gov.ua/",
    "lublin": "https://lublin.eu/",
    "turin": "https://www.comune.torino.it/",
    "sabadell": "https://web.sabadell.cat/",
    "cascais": "https://www.cascais.pt/",
    "stavanger": "https://www.stavanger.kommune.no/",
    "reykjavik": "https://reykjavik.is/",
    "botkyrka": "https://www.botkyrka.se/",
}

# Each demo city's contact: clearly not a real person or address. The role says it is a demo
# contact in each language the demo content uses; the address is on a domain reserved for
# examples (RFC 2606), so no message can reach anyone.
DEMO_CONTACT_ROLES = {
    "en": "Intercultural Cities coordinator (demo contact)",
    "fr": "Coordination Cités interculturelles (contact de démonstration)",
    "pt": "Coordenação Cidades Interculturais (contacto de demonstração)",
    "es": "Coordinación de Ciudades Interculturales (contacto de demostración)",
    "it": "Coordinamento Città interculturali (contatto dimostrativo)",
    "de": "Koordination Interkulturelle Städte (Beispielkontakt)",
    "uk": "Координація програми «Міжкультурні міста» (демонстраційний контакт)",
    "ar": "تنسيق برنامج المدن المتداخلة الثقافات (جهة اتصال تجريبية)",
    "eu": "Hiri Kulturartekoen koordinazioa (adibide-kontaktua)",
    "fi": "Kulttuurienväliset kaupungit -ohjelman koordinointi (esittelyyhteystieto)",
    "el": "Συντονισμός Διαπολιτισμικών Πόλεων (επαφή επίδειξης)",
    "tr": "Kültürlerarası Şehirler koordinasyonu (tanıtım amaçlı iletişim)",
}
DEMO_CONTACT_DOMAIN = "demo.example.org"


def demo_contact_email(slug):
    """The demo address of the city `slug`: lisbon@demo.example.org."""
    return f"{slug}@{DEMO_CONTACT_DOMAIN}"
