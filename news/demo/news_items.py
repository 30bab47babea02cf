"""Demo news items, written for this site from the network's meeting reports of 2016 to 2019.

Each item: slug, date, city (a demo city's slug, or None), English text, and optionally `fr`
with the French text of the same strings (title, intro, each paragraph).
"""

import datetime

D = datetime.date

NEWS_ITEMS = [
    {
        "slug": "reykjavik-coordinators-review-network",
        "date": D(2016, 9, 19),
        "city": "reykjavik",
        "title": "Coordinators in Reykjavik take stock of a network of 100 cities",
        "intro": (
            "Meeting in Iceland, city coordinators agreed to look closely at how the network "
            "runs now that it counts a hundred members and more."
        ),
        "paragraphs": [
            "Growth brings its own questions. The coordinators gathered in Reykjavik on 15 and "
            "16 September asked how a network of this size can keep its members engaged and the "
            "quality of its work high, and decided to consult cities on its governance.",
            "They also asked for better news in both directions: cities will send a short yearly "
            "report before each coordinators' meeting, and Strasbourg will write to mayors once a "
            "year about their city's progress.",
            "For the year ahead, the meeting proposed a thematic event on human rights hosted by "
            "Oslo, a study visit to Lyon, and a large event in late 2017 to mark ten years of the "
            "programme.",
        ],
    },
    {
        "slug": "limassol-shared-values-conference",
        "date": D(2017, 3, 24),
        "city": "limassol",
        "title": "Limassol debates diverse communities built on shared values",
        "intro": (
            "A conference held under the Cypriot chairmanship of the Council of Europe asked "
            "what the intercultural approach adds to human rights and democracy."
        ),
        "paragraphs": [
            "Mayors from the network and Cypriot partners met in Limassol in March to discuss "
            "how cities can build a shared, plural identity among long-standing residents and "
            "newcomers alike.",
            "Workshops looked at citizen participation, relations between faith communities, "
            "and local partnerships that help cities design and carry out intercultural "
            "policies.",
        ],
    },
    {
        "slug": "oslo-human-rights-seminar",
        "date": D(2017, 6, 16),
        "city": "oslo",
        "title": "Human rights and intercultural integration go hand in hand",
        "intro": (
            "The thematic seminar hosted by Oslo concluded that the two approaches do not "
            "compete: each makes the other stronger."
        ),
        "paragraphs": [
            "Over two days in June, cities and civil society groups compared how they protect "
            "civil rights, encourage democratic participation and defend the rights of LGBTI "
            "residents.",
            "Participants saw that equality, non-discrimination and participation sit at the "
            "heart of both agendas, and that spaces where people meet and organise are what "
            "make rights real at local level.",
        ],
        "fr": {
            "title": "Droits humains et intégration interculturelle vont de pair",
            "intro": (
                "Le séminaire thématique accueilli par Oslo a conclu que les deux approches ne "
                "se concurrencent pas : chacune renforce l'autre."
            ),
            "paragraphs": [
                "Pendant deux jours en juin, des villes et des associations ont comparé leurs "
                "façons de protéger les droits civils, d'encourager la participation "
                "démocratique et de défendre les droits des habitants LGBTI.",
                "Les participants ont constaté que l'égalité, la non-discrimination et la "
                "participation sont au cœur des deux démarches, et que les lieux où l'on se "
                "rencontre et s'organise rendent les droits concrets au niveau local.",
            ],
        },
    },
    {
        "slug": "montreal-anti-rumours-trainers",
        "date": D(2017, 10, 30),
        "city": "montreal",
        "title": "Montreal trains its own anti-rumours trainers",
        "intro": (
            "Before launching its strategy against prejudice, Montreal had a municipal team "
            "trained in the Council of Europe's anti-rumours method."
        ),
        "paragraphs": [
            "Staff from several city departments and local partners spent the session learning "
            "how to spot common rumours about diversity, gather facts and emotional arguments "
            "against them, and train volunteers in turn.",
            "It was the first of three anti-rumours trainings the programme ran in 2017, "
            "followed by sessions in Lisbon and Bilbao.",
        ],
    },
    {
        "slug": "ten-years-of-intercultural-cities",
        "date": D(2017, 11, 30),
        "city": "lisbon",
        "title": "Ten years of intercultural cities celebrated in Lisbon",
        "intro": (
            "From eleven pilot cities in 2008 to more than 120 members on five continents: the "
            "network marked its tenth anniversary in Lisbon."
        ),
        "paragraphs": [
            "Some 270 mayors, ministers, researchers, experts and activists spent two days in "
            "Lisbon looking back at what the programme has achieved and at what it should take "
            "on next.",
            "In a closed session, mayors and national authorities agreed to work together on "
            "coherent integration policies, with the Council of Europe as a neutral broker. This "
            "first policy lab is meant to continue.",
            "The coordinators met the day after the event and welcomed offers from several "
            "cities to host activities in 2018.",
        ],
        "fr": {
            "title": "Dix ans de cités interculturelles fêtés à Lisbonne",
            "intro": (
                "De onze villes pilotes en 2008 à plus de 120 membres sur cinq continents : le "
                "réseau a fêté ses dix ans à Lisbonne."
            ),
            "paragraphs": [
                "Quelque 270 maires, ministres, chercheurs, experts et militants ont passé deux "
                "jours à Lisbonne à faire le bilan du programme et à réfléchir à ses prochains "
                "chantiers.",
                "Lors d'une séance à huis clos, maires et autorités nationales ont convenu de "
                "travailler ensemble à des politiques d'intégration cohérentes, le Conseil de "
                "l'Europe jouant le rôle d'intermédiaire neutre. Ce premier laboratoire "
                "politique doit se poursuivre.",
                "Les coordinateurs se sont réunis le lendemain et ont accueilli les offres de "
                "plusieurs villes pour organiser des activités en 2018.",
            ],
        },
    },
    {
        "slug": "anti-rumours-manual-and-bilbao-training",
        "date": D(2017, 12, 18),
        "city": "bilbao",
        "title": "A manual for anti-rumours work, and a training in Bilbao",
        "intro": (
            "The programme published its anti-rumours manual in December, as trainers from the "
            "Basque network met in Bilbao."
        ),
        "paragraphs": [
            "The manual sets out each step of the method, from finding the rumours that "
            "circulate in a city to running a campaign, and adds an evaluation guide and "
            "examples from cities that have tried it.",
            "In Bilbao, the session addressed NGOs, the Basque government and the university, "
            "to strengthen the trainers who already support anti-rumours agents in ten Basque "
            "towns.",
        ],
    },
    {
        "slug": "new-members-2017",
        "date": D(2017, 12, 20),
        "city": None,
        "title": "Six cities joined the network in 2017",
        "intro": (
            "Ballarat, Mechelen, Klaksvík, Hamamatsu, Zaragoza and Swansea became intercultural "
            "cities this year."
        ),
        "paragraphs": [
            "The newcomers come from Australia, Belgium, the Faroe Islands, Japan, Spain and the "
            "United Kingdom, a sign of how far beyond Europe the network now reaches.",
        ],
    },
    {
        "slug": "rijeka-coordinators-plan-2019",
        "date": D(2018, 10, 2),
        "city": "rijeka",
        "title": "Rijeka meeting sets the network's plans for 2019",
        "intro": (
            "Coordinators gathered in Rijeka heard about new methods and chose the activities "
            "of the coming year."
        ),
        "paragraphs": [
            "Fifty-one cities have joined in the past three years. To share what they know, the "
            "team asked coordinators to send news of their strategies, policies and meetings "
            "more regularly.",
            "The plans for 2019 include a seminar on hate speech and discrimination, a study "
            "visit on gentrification, a third policy lab, an intercultural integration academy "
            "and a working group on impact indicators.",
        ],
        "fr": {
            "title": "À Rijeka, le réseau fixe ses projets pour 2019",
            "intro": (
                "Réunis à Rijeka, les coordinateurs ont découvert de nouvelles méthodes et "
                "choisi les activités de l'année à venir."
            ),
            "paragraphs": [
                "Cinquante et une villes ont rejoint le réseau en trois ans. Pour partager leur "
                "savoir, l'équipe a demandé aux coordinateurs de signaler plus souvent leurs "
                "stratégies, leurs politiques et leurs réunions.",
                "Au programme de 2019 : un séminaire sur le discours de haine et les "
                "discriminations, une visite d'étude sur la gentrification, un troisième "
                "laboratoire politique, une académie de l'intégration interculturelle et un "
                "groupe de travail sur les indicateurs d'impact.",
            ],
        },
    },
    {
        "slug": "turin-hate-speech-recommendations",
        "date": D(2019, 6, 28),
        "city": "turin",
        "title": "Turin event asks whether interculturalism answers hate speech",
        "intro": (
            "Cities met in Turin to go beyond anti-discrimination alone and left with "
            "recommendations to apply at home."
        ),
        "paragraphs": [
            "The event covered six topics, from legal tools against discrimination to "
            "cooperation between city departments, and argued for combining them with "
            "intercultural strategies.",
            "Its report is available in English and French.",
        ],
    },
    {
        "slug": "lublin-smart-indicators",
        "date": D(2019, 6, 14),
        "city": "lublin",
        "title": "In Lublin, a first working group on measuring impact",
        "intro": (
            "How can a city show that its intercultural policies work? A working group met in "
            "Lublin on 11 and 12 June to find out."
        ),
        "paragraphs": [
            "The group wants two kinds of evidence: indicators and data showing the overall "
            "effect of intercultural policies on community cohesion, and proof of which contact "
            "activities work best between neighbours.",
            "Ideally, cities would follow the cohesion climate continuously rather than once "
            "every few years.",
        ],
    },
    {
        "slug": "odessa-coordinators-systemic-design",
        "date": D(2019, 9, 30),
        "city": "odessa",
        "title": "Odessa coordinators rethink how the network works",
        "intro": (
            "For the first time, the yearly meeting of coordinators included a systemic design "
            "session on the future of the programme."
        ),
        "paragraphs": [
            "The network has grown from 11 to more than 130 cities in eleven years and now "
            "covers more countries and more subjects, from equality to human rights.",
            "Interviews before the meeting showed coordinators short of time and staff but "
            "satisfied with the programme's tools, the index first among them.",
        ],
        "fr": {
            "title": "À Odessa, les coordinateurs repensent le fonctionnement du réseau",
            "intro": (
                "Pour la première fois, la réunion annuelle des coordinateurs a consacré une "
                "séance de design systémique à l'avenir du programme."
            ),
            "paragraphs": [
                "Le réseau est passé de 11 à plus de 130 villes en onze ans et couvre désormais "
                "davantage de pays et de sujets, de l'égalité aux droits humains.",
                "Les entretiens menés avant la réunion ont montré des coordinateurs manquant de "
                "temps et de personnel, mais satisfaits des outils du programme, l'index en "
                "tête.",
            ],
        },
    },
]
