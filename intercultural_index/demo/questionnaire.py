"""The questionnaire of the demo, in English and French, written for this site.

Ten core policy areas, as the network has kept them, and in the revised edition the two
optional areas that the 2018 coordinators' meeting asked for (Participation, Interaction).
Each indicator says in which editions it appears: one in both is the same indicator (the
revised edition's row names the earlier one in `same_as`). The revised edition drops the two
questions that cities seldom answered (a dedicated budget line, monitoring of local media) and
asks instead about evaluating the strategy and training newsrooms.

Every text is a pair (English, French); French goes to `demo/locale/fr.po`.
"""

EARLIER, REVISED = "earlier", "revised"
BOTH = (EARLIER, REVISED)

EDITIONS = [
    {
        "code": "first-edition",
        "name": ("First edition (2009)", "Première édition (2009)"),
        "year": 2009,
        "key": EARLIER,
        "open": False,
    },
    {
        "code": "revised-edition",
        "name": (
            "Revised edition (2019), with optional areas",
            "Édition révisée (2019), avec domaines facultatifs",
        ),
        "year": 2019,
        "key": REVISED,
        "open": True,
    },
]

YES_PARTLY_NO = "yes_partly_no"
NUMBER = "number"
CHOICE = "choice"


def question(code, prompt, guidance, example, kind=YES_PARTLY_NO, **extra):
    return {
        "code": code,
        "prompt": prompt,
        "guidance": guidance,
        "example": example,
        "kind": kind,
        **extra,
    }


AREAS = [
    {
        "code": "commitment",
        "name": ("Commitment", "Engagement"),
        "indicators": [
            {
                "code": "strategy",
                "name": (
                    "An adopted intercultural strategy",
                    "Une stratégie interculturelle adoptée",
                ),
                "editions": BOTH,
                "question": question(
                    "commitment-strategy",
                    (
                        "Has the city council adopted an intercultural strategy or action plan?",
                        "Le conseil municipal a-t-il adopté une stratégie ou un plan d'action "
                        "interculturel ?",
                    ),
                    (
                        "Answer yes when the council voted a document with goals and actions; "
                        "partly when it is drafted but not yet adopted.",
                        "Répondez oui si le conseil a voté un document avec des objectifs et des "
                        "actions ; en partie s'il est rédigé mais pas encore adopté.",
                    ),
                    (
                        "A plan voted by the council, with a named lead in each department and a "
                        "yearly public progress report.",
                        "Un plan voté par le conseil, avec un responsable désigné dans chaque "
                        "service et un bilan public chaque année.",
                    ),
                ),
            },
            {
                "code": "budget",
                "name": ("A budget of its own", "Un budget propre"),
                "editions": (EARLIER,),
                "question": question(
                    "commitment-budget",
                    (
                        "Does the strategy have a budget line of its own?",
                        "La stratégie dispose-t-elle d'une ligne budgétaire propre ?",
                    ),
                    (
                        "Count only money set aside for the strategy, not the ordinary budgets "
                        "of departments.",
                        "Ne comptez que les fonds réservés à la stratégie, pas les budgets "
                        "ordinaires des services.",
                    ),
                    (
                        "A line in the city budget that pays for the strategy's actions and its "
                        "coordinator.",
                        "Une ligne du budget municipal qui finance les actions de la stratégie et "
                        "sa coordination.",
                    ),
                ),
            },
            {
                "code": "evaluation",
                "name": ("Evaluation of the strategy", "Évaluation de la stratégie"),
                "editions": (REVISED,),
                "question": question(
                    "commitment-evaluation",
                    (
                        "Is the strategy evaluated, with the results made public?",
                        "La stratégie est-elle évaluée, et les résultats sont-ils rendus publics ?",
                    ),
                    (
                        "Partly when there is an evaluation but its results stay inside the "
                        "administration.",
                        "En partie s'il existe une évaluation mais que ses résultats restent au "
                        "sein de l'administration.",
                    ),
                    (
                        "An evaluation every two or three years, discussed in a public meeting "
                        "with residents' groups.",
                        "Une évaluation tous les deux ou trois ans, discutée en réunion publique "
                        "avec les associations d'habitants.",
                    ),
                ),
            },
        ],
    },
    {
        "code": "education",
        "name": ("Education", "Éducation"),
        "indicators": [
            {
                "code": "mixed-schools",
                "name": ("Mixed schools", "Des écoles mixtes"),
                "editions": BOTH,
                "question": question(
                    "education-mixed-schools",
                    (
                        "Does the city act so that pupils of different backgrounds learn in the "
                        "same schools?",
                        "La ville agit-elle pour que des élèves d'origines diverses apprennent "
                        "dans les mêmes écoles ?",
                    ),
                    (
                        "Think of school catchment areas, admission rules and support for "
                        "schools that parents avoid.",
                        "Pensez à la carte scolaire, aux règles d'admission et au soutien aux "
                        "écoles que les parents évitent.",
                    ),
                    (
                        "Catchment areas drawn across neighbourhoods, and extra teachers for the "
                        "schools that need to win parents back.",
                        "Une carte scolaire qui traverse les quartiers, et des enseignants en plus "
                        "pour les écoles qui doivent regagner la confiance des parents.",
                    ),
                ),
            },
            {
                "code": "parents",
                "name": ("Parents involved", "Des parents associés"),
                "editions": BOTH,
                "question": question(
                    "education-parents",
                    (
                        "How do schools reach parents who do not speak the local language?",
                        "Comment les écoles touchent-elles les parents qui ne parlent pas la "
                        "langue locale ?",
                    ),
                    (
                        "Choose every way that schools of the city use regularly.",
                        "Choisissez tous les moyens que les écoles de la ville emploient "
                        "régulièrement.",
                    ),
                    (
                        "Parents' evenings with interpreters, and parent mentors who speak the "
                        "families' languages.",
                        "Des réunions de parents avec interprètes, et des parents relais qui "
                        "parlent les langues des familles.",
                    ),
                    kind=CHOICE,
                    several=True,
                    options=[
                        (("Interpreters at meetings", "Des interprètes aux réunions"), 40),
                        (
                            ("Letters in several languages", "Des courriers en plusieurs langues"),
                            30,
                        ),
                        (("Parent mentors", "Des parents relais"), 30),
                    ],
                ),
            },
        ],
    },
    {
        "code": "neighbourhoods",
        "name": ("Neighbourhoods", "Quartiers"),
        "indicators": [
            {
                "code": "mixing",
                "name": ("Mixed neighbourhoods", "Des quartiers mixtes"),
                "editions": BOTH,
                "question": question(
                    "neighbourhoods-mixing",
                    (
                        "Does housing policy aim at neighbourhoods where people of different "
                        "backgrounds live side by side?",
                        "La politique du logement vise-t-elle des quartiers où des personnes "
                        "d'origines diverses vivent côte à côte ?",
                    ),
                    (
                        "Partly when it is a stated aim but no rule or programme carries it.",
                        "En partie si c'est un objectif affiché qu'aucune règle ni aucun "
                        "programme ne met en œuvre.",
                    ),
                    (
                        "Social housing spread across every district, and renovation that does "
                        "not push out the people already living there.",
                        "Des logements sociaux répartis dans tous les quartiers, et des "
                        "rénovations qui ne chassent pas ceux qui y habitent déjà.",
                    ),
                ),
            },
            {
                "code": "local-projects",
                "name": ("Neighbourhood projects", "Des projets de quartier"),
                "editions": BOTH,
                "question": question(
                    "neighbourhoods-projects",
                    (
                        "In how many neighbourhoods did residents of different origins run a "
                        "project together last year?",
                        "Dans combien de quartiers des habitants d'origines différentes ont-ils "
                        "mené un projet ensemble l'an dernier ?",
                    ),
                    (
                        "Count neighbourhoods, not projects; the city may have supported them or "
                        "not.",
                        "Comptez les quartiers, pas les projets ; la ville peut les avoir "
                        "soutenus ou non.",
                    ),
                    (
                        "A small grant any group of neighbours can ask for, on condition that it "
                        "brings different people together.",
                        "Une petite subvention que tout groupe de voisins peut demander, à "
                        "condition de réunir des personnes différentes.",
                    ),
                    kind=NUMBER,
                    target=10,
                    unit=("neighbourhoods", "quartiers"),
                ),
            },
        ],
    },
    {
        "code": "public-services",
        "name": ("Public services", "Services publics"),
        "indicators": [
            {
                "code": "staff-diversity",
                "name": ("Staff who reflect the city", "Un personnel à l'image de la ville"),
                "editions": BOTH,
                "question": question(
                    "services-staff",
                    (
                        "Does the city recruit so that its staff reflects the diversity of its "
                        "population?",
                        "La ville recrute-t-elle de façon que son personnel reflète la diversité "
                        "de sa population ?",
                    ),
                    (
                        "Yes needs a written recruitment policy and figures that show its effect.",
                        "Oui suppose une politique de recrutement écrite et des chiffres qui en "
                        "montrent l'effet.",
                    ),
                    (
                        "Job offers published where minorities read them, and interview panels "
                        "trained to avoid bias.",
                        "Des offres d'emploi publiées là où les minorités les lisent, et des "
                        "jurys formés aux biais.",
                    ),
                ),
            },
            {
                "code": "training",
                "name": (
                    "Intercultural competence of staff",
                    "Compétence interculturelle du personnel",
                ),
                "editions": BOTH,
                "question": question(
                    "services-training",
                    (
                        "What share of the city's staff took intercultural training in the last "
                        "three years?",
                        "Quelle part du personnel municipal a suivi une formation "
                        "interculturelle ces trois dernières années ?",
                    ),
                    (
                        "A percentage of all staff; an estimate is fine when no exact figure "
                        "exists.",
                        "Un pourcentage de l'ensemble du personnel ; une estimation suffit s'il "
                        "n'existe pas de chiffre exact.",
                    ),
                    (
                        "Training for every new employee who meets the public, with refresher "
                        "days every few years.",
                        "Une formation pour chaque nouvel agent en contact avec le public, avec "
                        "des journées de remise à niveau régulières.",
                    ),
                    kind=NUMBER,
                    target=30,
                    unit=("%", "%"),
                ),
            },
        ],
    },
    {
        "code": "business",
        "name": ("Business and the labour market", "Entreprises et marché du travail"),
        "indicators": [
            {
                "code": "entrepreneurs",
                "name": ("Support to entrepreneurs", "Soutien aux entrepreneurs"),
                "editions": BOTH,
                "question": question(
                    "business-entrepreneurs",
                    (
                        "Do business support services reach entrepreneurs of migrant origin?",
                        "Les services d'appui aux entreprises touchent-ils les entrepreneurs "
                        "issus de l'immigration ?",
                    ),
                    (
                        "Partly when they are open to all but nobody goes out to find these "
                        "entrepreneurs.",
                        "En partie s'ils sont ouverts à tous mais que personne ne va au-devant "
                        "de ces entrepreneurs.",
                    ),
                    (
                        "Advisers who speak several languages and hold sessions in the "
                        "neighbourhoods' own business associations.",
                        "Des conseillers qui parlent plusieurs langues et tiennent des "
                        "permanences dans les associations de commerçants des quartiers.",
                    ),
                ),
            },
            {
                "code": "diversity-charter",
                "name": (
                    "Employers committed to diversity",
                    "Des employeurs engagés pour la diversité",
                ),
                "editions": BOTH,
                "question": question(
                    "business-charter",
                    (
                        "Has the city, with employers, set up a charter or label for diverse "
                        "workplaces?",
                        "La ville a-t-elle créé, avec les employeurs, une charte ou un label "
                        "pour des lieux de travail divers ?",
                    ),
                    (
                        "A national charter counts when the city actively recruits local "
                        "signatories.",
                        "Une charte nationale compte si la ville recrute activement des "
                        "signataires locaux.",
                    ),
                    (
                        "A yearly meeting where signatory firms compare what they did and what "
                        "it changed.",
                        "Une rencontre annuelle où les entreprises signataires comparent ce "
                        "qu'elles ont fait et ce que cela a changé.",
                    ),
                ),
            },
        ],
    },
    {
        "code": "culture",
        "name": ("Cultural and civil life", "Vie culturelle et associative"),
        "indicators": [
            {
                "code": "funding-criteria",
                "name": (
                    "Funding that rewards mixing",
                    "Des financements qui favorisent la rencontre",
                ),
                "editions": BOTH,
                "question": question(
                    "culture-funding",
                    (
                        "Does cultural funding favour projects that bring people of different "
                        "backgrounds together?",
                        "Les financements culturels favorisent-ils les projets qui réunissent "
                        "des personnes d'origines diverses ?",
                    ),
                    (
                        "Yes when it is a written criterion in the calls for projects.",
                        "Oui si c'est un critère écrit des appels à projets.",
                    ),
                    (
                        "Extra points in every call for projects run jointly by groups of "
                        "different communities.",
                        "Des points en plus, dans chaque appel à projets, pour les projets "
                        "portés ensemble par des associations de communautés différentes.",
                    ),
                ),
            },
            {
                "code": "festivals",
                "name": ("Shared celebrations", "Des fêtes partagées"),
                "editions": BOTH,
                "question": question(
                    "culture-festivals",
                    (
                        "Are the city's main festivals shaped together with its minorities?",
                        "Les grandes fêtes de la ville sont-elles conçues avec ses minorités ?",
                    ),
                    (
                        "Partly when minorities take part but do not help decide the programme.",
                        "En partie si les minorités participent sans contribuer à décider du "
                        "programme.",
                    ),
                    (
                        "A festival committee open to any association, which chooses the "
                        "programme together.",
                        "Un comité des fêtes ouvert à toutes les associations, qui choisit le "
                        "programme en commun.",
                    ),
                ),
            },
        ],
    },
    {
        "code": "public-space",
        "name": ("Public space", "Espace public"),
        "indicators": [
            {
                "code": "design",
                "name": ("Spaces designed with residents", "Des espaces conçus avec les habitants"),
                "editions": BOTH,
                "question": question(
                    "space-design",
                    (
                        "When squares, parks or libraries are redesigned, are residents of "
                        "different origins consulted?",
                        "Quand des places, des parcs ou des bibliothèques sont réaménagés, "
                        "consulte-t-on des habitants d'origines diverses ?",
                    ),
                    (
                        "Yes when consultations reach beyond the people who usually come to "
                        "public meetings.",
                        "Oui si les consultations vont au-delà des personnes qui viennent "
                        "d'habitude aux réunions publiques.",
                    ),
                    (
                        "Planners who go to the market, the mosque and the school gate to ask "
                        "how people want to use the place.",
                        "Des urbanistes qui vont au marché, à la mosquée et à la sortie des "
                        "écoles demander comment les gens veulent utiliser le lieu.",
                    ),
                ),
            },
            {
                "code": "avoided-places",
                "name": ("Places people avoid", "Des lieux que l'on évite"),
                "editions": BOTH,
                "question": question(
                    "space-avoided",
                    (
                        "Does the city act on public places that one group dominates or that "
                        "others avoid?",
                        "La ville agit-elle sur les lieux publics qu'un groupe accapare ou que "
                        "d'autres évitent ?",
                    ),
                    (
                        "Not applicable only when the city has checked and found no such place.",
                        "Sans objet seulement si la ville a vérifié et n'a trouvé aucun lieu de "
                        "ce genre.",
                    ),
                    (
                        "A walk through the district with residents, then new lighting, "
                        "benches and activities that draw everyone.",
                        "Une marche dans le quartier avec les habitants, puis un nouvel "
                        "éclairage, des bancs et des activités qui attirent tout le monde.",
                    ),
                    not_applicable=True,
                ),
            },
        ],
    },
    {
        "code": "mediation",
        "name": ("Mediation and conflict resolution", "Médiation et résolution des conflits"),
        "indicators": [
            {
                "code": "mediation-service",
                "name": ("A mediation service", "Un service de médiation"),
                "editions": BOTH,
                "question": question(
                    "mediation-service",
                    (
                        "Does the city offer mediation trained in cultural differences?",
                        "La ville propose-t-elle une médiation formée aux différences "
                        "culturelles ?",
                    ),
                    (
                        "It may be a city service or an organisation the city funds for this.",
                        "Il peut s'agir d'un service municipal ou d'une organisation que la ville "
                        "finance pour cela.",
                    ),
                    (
                        "Mediators who can be called by neighbours, schools or the police, "
                        "before a dispute reaches court.",
                        "Des médiateurs que voisins, écoles ou police peuvent solliciter avant "
                        "qu'un conflit n'arrive au tribunal.",
                    ),
                ),
            },
            {
                "code": "interfaith",
                "name": ("Dialogue between faiths", "Dialogue entre les convictions"),
                "editions": BOTH,
                "question": question(
                    "mediation-interfaith",
                    (
                        "Is there a regular meeting between the city and the faith and belief "
                        "communities?",
                        "Existe-t-il une rencontre régulière entre la ville et les communautés "
                        "religieuses et de conviction ?",
                    ),
                    (
                        "Partly when meetings happen only after an incident.",
                        "En partie si les rencontres n'ont lieu qu'après un incident.",
                    ),
                    (
                        "A round table that meets several times a year and prepares joint "
                        "answers to tensions.",
                        "Une table ronde qui se réunit plusieurs fois par an et prépare des "
                        "réponses communes aux tensions.",
                    ),
                ),
            },
        ],
    },
    {
        "code": "language",
        "name": ("Language", "Langue"),
        "indicators": [
            {
                "code": "local-language",
                "name": ("Learning the local language", "Apprendre la langue locale"),
                "editions": BOTH,
                "question": question(
                    "language-courses",
                    (
                        "Can newcomers learn the local language free of charge, at times that "
                        "suit working people?",
                        "Les nouveaux arrivants peuvent-ils apprendre gratuitement la langue "
                        "locale, à des horaires compatibles avec un emploi ?",
                    ),
                    (
                        "Partly when courses exist but have waiting lists or fees.",
                        "En partie si des cours existent mais avec liste d'attente ou frais.",
                    ),
                    (
                        "Evening and weekend courses, with childcare, in several neighbourhoods.",
                        "Des cours le soir et le week-end, avec garde d'enfants, dans plusieurs "
                        "quartiers.",
                    ),
                ),
            },
            {
                "code": "heritage-languages",
                "name": ("Languages of origin valued", "Des langues d'origine reconnues"),
                "editions": BOTH,
                "question": question(
                    "language-heritage",
                    (
                        "In how many minority languages does the city support classes, library "
                        "collections or media?",
                        "Dans combien de langues minoritaires la ville soutient-elle des cours, "
                        "des fonds de bibliothèque ou des médias ?",
                    ),
                    (
                        "Count each language once, whatever the kind of support.",
                        "Comptez chaque langue une seule fois, quel que soit le soutien.",
                    ),
                    (
                        "Library shelves in the main languages of the city, and classes open to "
                        "every pupil.",
                        "Des rayons de bibliothèque dans les principales langues de la ville, et "
                        "des cours ouverts à tous les élèves.",
                    ),
                    kind=NUMBER,
                    target=5,
                    unit=("languages", "langues"),
                ),
            },
        ],
    },
    {
        "code": "media",
        "name": ("Media and communication", "Médias et communication"),
        "indicators": [
            {
                "code": "city-communication",
                "name": ("The city's own communication", "La communication de la ville"),
                "editions": BOTH,
                "question": question(
                    "media-communication",
                    (
                        "Does the city's communication show diversity as part of the city's "
                        "everyday life?",
                        "La communication de la ville montre-t-elle la diversité comme une part "
                        "de la vie quotidienne ?",
                    ),
                    (
                        "Look at the city's magazine, website and campaigns of the last year.",
                        "Regardez le magazine, le site et les campagnes de la ville de la "
                        "dernière année.",
                    ),
                    (
                        "Residents of every background shown as neighbours, workers and "
                        "parents, not only in stories about integration.",
                        "Des habitants de toutes origines montrés comme voisins, travailleurs et "
                        "parents, pas seulement dans des sujets sur l'intégration.",
                    ),
                ),
            },
            {
                "code": "media-monitoring",
                "name": ("Monitoring local media", "Suivi des médias locaux"),
                "editions": (EARLIER,),
                "question": question(
                    "media-monitoring",
                    (
                        "Does the city follow how local media portray minorities?",
                        "La ville suit-elle la façon dont les médias locaux présentent les "
                        "minorités ?",
                    ),
                    (
                        "Yes when someone reviews coverage regularly and raises problems with "
                        "editors.",
                        "Oui si quelqu'un examine régulièrement la couverture et signale les "
                        "problèmes aux rédactions.",
                    ),
                    (
                        "A yearly review of local coverage shared with editors in a friendly "
                        "meeting.",
                        "Un bilan annuel de la couverture locale partagé avec les rédactions lors "
                        "d'une rencontre cordiale.",
                    ),
                ),
            },
            {
                "code": "newsroom-training",
                "name": ("Support to newsrooms", "Soutien aux rédactions"),
                "editions": (REVISED,),
                "question": question(
                    "media-newsrooms",
                    (
                        "Does the city offer journalists training or contacts to report on "
                        "diversity fairly?",
                        "La ville propose-t-elle aux journalistes une formation ou des contacts "
                        "pour traiter la diversité avec justesse ?",
                    ),
                    (
                        "Partly when it answers journalists' requests but offers nothing itself.",
                        "En partie si elle répond aux demandes des journalistes sans rien "
                        "proposer d'elle-même.",
                    ),
                    (
                        "A list of residents of many backgrounds who agree to speak to the press "
                        "on any subject.",
                        "Une liste d'habitants de toutes origines prêts à répondre à la presse "
                        "sur tous les sujets.",
                    ),
                ),
            },
        ],
    },
    {
        "code": "participation",
        "name": ("Participation", "Participation"),
        "optional": True,
        "indicators": [
            {
                "code": "advisory-body",
                "name": ("An intercultural council", "Un conseil interculturel"),
                "editions": (REVISED,),
                "question": question(
                    "participation-council",
                    (
                        "Does an intercultural council advise the city, with a real say on "
                        "decisions?",
                        "Un conseil interculturel conseille-t-il la ville, avec un vrai poids "
                        "sur les décisions ?",
                    ),
                    (
                        "Partly when the council exists but is seldom consulted before decisions.",
                        "En partie si le conseil existe mais est rarement consulté avant les "
                        "décisions.",
                    ),
                    (
                        "Members chosen for their commitment rather than their origin, renewed "
                        "regularly, and heard before every major decision.",
                        "Des membres choisis pour leur engagement plutôt que pour leur origine, "
                        "renouvelés régulièrement et entendus avant chaque grande décision.",
                    ),
                ),
            },
            {
                "code": "co-design",
                "name": ("Policies designed together", "Des politiques conçues ensemble"),
                "editions": (REVISED,),
                "question": question(
                    "participation-codesign",
                    (
                        "Who helped design the city's last three new policies?",
                        "Qui a contribué à concevoir les trois dernières politiques de la ville ?",
                    ),
                    (
                        "Choose everyone who took part in writing them, not only those "
                        "informed afterwards.",
                        "Choisissez tous ceux qui ont pris part à leur rédaction, pas seulement "
                        "ceux qui ont été informés ensuite.",
                    ),
                    (
                        "Workshops open to all residents, with newcomers invited in person and "
                        "interpreters present.",
                        "Des ateliers ouverts à tous les habitants, où les nouveaux arrivants "
                        "sont invités personnellement et où des interprètes sont présents.",
                    ),
                    kind=CHOICE,
                    several=True,
                    options=[
                        (("Residents' associations", "Des associations d'habitants"), 35),
                        (("Migrant organisations", "Des associations de migrants"), 35),
                        (
                            ("Residents without an association", "Des habitants sans association"),
                            30,
                        ),
                    ],
                ),
            },
        ],
    },
    {
        "code": "interaction",
        "name": ("Interaction", "Interaction"),
        "optional": True,
        "indicators": [
            {
                "code": "meeting-places",
                "name": ("Places to meet", "Des lieux de rencontre"),
                "editions": (REVISED,),
                "question": question(
                    "interaction-places",
                    (
                        "Does the city run or fund places meant for people of different "
                        "backgrounds to meet?",
                        "La ville gère-t-elle ou finance-t-elle des lieux faits pour que des "
                        "personnes d'origines diverses se rencontrent ?",
                    ),
                    (
                        "Think of community centres, shared gardens or libraries with that "
                        "stated aim.",
                        "Pensez aux maisons de quartier, jardins partagés ou bibliothèques qui "
                        "se donnent cet objectif.",
                    ),
                    (
                        "A community centre whose activities are planned by a mixed group of "
                        "users.",
                        "Une maison de quartier dont les activités sont décidées par un groupe "
                        "d'usagers mixte.",
                    ),
                ),
            },
            {
                "code": "everyday-contact",
                "name": ("Everyday contact", "Le contact au quotidien"),
                "editions": (REVISED,),
                "question": question(
                    "interaction-contact",
                    (
                        "How often do residents say they have a real conversation with someone "
                        "of another background?",
                        "À quelle fréquence les habitants disent-ils avoir une vraie conversation "
                        "avec une personne d'une autre origine ?",
                    ),
                    (
                        "Use the city's latest survey of residents; choose the answer most of "
                        "them gave.",
                        "Utilisez la dernière enquête de la ville auprès des habitants ; "
                        "choisissez la réponse la plus fréquente.",
                    ),
                    (
                        "A question about everyday contact in the yearly residents' survey, so "
                        "the city can follow it over time.",
                        "Une question sur les contacts quotidiens dans l'enquête annuelle auprès "
                        "des habitants, pour en suivre l'évolution.",
                    ),
                    kind=CHOICE,
                    options=[
                        (("Every week", "Chaque semaine"), 100),
                        (("Every month", "Chaque mois"), 60),
                        (("Rarely", "Rarement"), 20),
                        (("We do not know", "Nous ne savons pas"), 0),
                    ],
                ),
            },
        ],
    },
]
