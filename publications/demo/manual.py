"""Demo manual: a guide to building a city anti-rumour strategy, in English and French.

Facts from the network's 2017 annual report (the anti-rumour methodology, the trainings in
Montreal, Lisbon and Bilbao, the pilot in Sahab); every sentence is written for this demo.
"""

MANUAL = {
    "slug": "anti-rumour-strategy-guide",
    "title": "Building an anti-rumour strategy: a guide for cities",
    "intro": (
        "Rumours about newcomers travel faster than facts. This guide walks city officials "
        "and their partners through the anti-rumour method promoted by the Intercultural "
        "Cities programme, from spotting the first rumour to measuring what a campaign changed."
    ),
    "document_title": "Building an anti-rumour strategy (whole guide, PDF)",
    "document_file": "anti-rumour-strategy-guide.pdf",
}

MANUAL_FR = {
    MANUAL["title"]: "Construire une stratégie anti-rumeurs : guide pour les villes",
    MANUAL["intro"]: (
        "Les rumeurs sur les nouveaux arrivants circulent plus vite que les faits. Ce guide "
        "accompagne les agents municipaux et leurs partenaires dans la méthode anti-rumeurs "
        "promue par le programme des Cités interculturelles, du repérage de la première rumeur "
        "à la mesure de ce qu’une campagne a changé."
    ),
}

# Each chapter: slug, title, summary, then (heading, [paragraphs]) sections, with the French.
CHAPTERS = [
    {
        "slug": "why-rumours-matter",
        "title": "Why rumours matter",
        "title_fr": "Pourquoi les rumeurs comptent",
        "summary": "How a local myth turns into distrust, and why a city should answer it.",
        "summary_fr": (
            "Comment un mythe local devient méfiance, et pourquoi la ville doit y répondre."
        ),
        "sections": [
            (
                "Myths are local",
                "Des mythes locaux",
                [
                    (
                        "Most rumours about diversity are tied to a place: the claim that "
                        "migrants take all the kindergarten places, or jump the queue for social "
                        "housing. They spread because reliable figures are hard to find.",
                        "La plupart des rumeurs sur la diversité sont liées à un lieu : l’idée "
                        "que les migrants prennent toutes les places en crèche ou passent avant "
                        "les autres pour un logement social. Elles se répandent parce que les "
                        "chiffres fiables sont difficiles à trouver.",
                    ),
                    (
                        "Left unanswered, such stories feed prejudice, make people avoid each "
                        "other and prepare the ground for discrimination and even hate speech.",
                        "Sans réponse, ces récits nourrissent les préjugés, éloignent les gens "
                        "les uns des autres et préparent le terrain à la discrimination, voire "
                        "au discours de haine.",
                    ),
                ],
            ),
            (
                "A public policy, not a one-off campaign",
                "Une politique publique, pas une campagne ponctuelle",
                [
                    (
                        "The method treats the fight against rumours as a lasting city policy. "
                        "It combines research, a network of local partners, trained volunteers "
                        "and awareness campaigns, and it is evaluated like any other policy.",
                        "La méthode fait de la lutte contre les rumeurs une politique municipale "
                        "durable. Elle associe recherche, réseau de partenaires locaux, "
                        "bénévoles formés et campagnes de sensibilisation, et elle s’évalue "
                        "comme toute autre politique.",
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "finding-the-rumours",
        "title": "Finding the rumours in your city",
        "title_fr": "Repérer les rumeurs de votre ville",
        "summary": "Listening before acting: where rumours circulate and who repeats them.",
        "summary_fr": "Écouter avant d’agir : où circulent les rumeurs et qui les répète.",
        "sections": [
            (
                "Listen first",
                "D’abord écouter",
                [
                    (
                        "Start by asking front-line staff, neighbourhood associations, teachers "
                        "and social workers which stories they hear most often. Surveys and "
                        "focus groups help to rank them.",
                        "Commencez par demander aux agents de terrain, aux associations de "
                        "quartier, aux enseignants et aux travailleurs sociaux quelles histoires "
                        "ils entendent le plus souvent. Enquêtes et groupes de discussion aident "
                        "à les classer.",
                    ),
                    (
                        "Choose a few rumours to work on: those that are widespread, that harm "
                        "relations between groups and that the city can answer with evidence.",
                        "Choisissez quelques rumeurs à traiter : celles qui sont répandues, qui "
                        "abîment les relations entre groupes et auxquelles la ville peut "
                        "répondre avec des preuves.",
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "facts-and-arguments",
        "title": "Gathering facts and arguments",
        "title_fr": "Rassembler faits et arguments",
        "summary": "Data to correct the record, and stories that speak to feelings.",
        "summary_fr": (
            "Des données pour rétablir les faits, et des récits qui parlent aux émotions."
        ),
        "sections": [
            (
                "Figures are not enough",
                "Les chiffres ne suffisent pas",
                [
                    (
                        "Collect objective data from the city’s own services: who actually "
                        "receives housing, how school places are allocated, what newcomers "
                        "contribute to the local economy.",
                        "Rassemblez des données objectives auprès des services de la ville : qui "
                        "obtient réellement un logement, comment les places scolaires sont "
                        "attribuées, ce que les nouveaux arrivants apportent à l’économie locale.",
                    ),
                    (
                        "People rarely change their minds because of a table of numbers. Pair "
                        "each fact with an emotional argument: a personal story, a shared "
                        "experience, a question that invites doubt.",
                        "On change rarement d’avis devant un tableau de chiffres. Associez "
                        "chaque fait à un argument émotionnel : une histoire personnelle, une "
                        "expérience partagée, une question qui invite au doute.",
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "network-and-agents",
        "title": "Building the network and training anti-rumour agents",
        "title_fr": "Construire le réseau et former les agents anti-rumeurs",
        "summary": (
            "Partners from civil society, and volunteers who answer rumours where they start."
        ),
        "summary_fr": "Des partenaires de la société civile, et des bénévoles qui répondent aux "
        "rumeurs là où elles naissent.",
        "sections": [
            (
                "An alliance of local actors",
                "Une alliance d’acteurs locaux",
                [
                    (
                        "The city convenes associations, schools, businesses, unions and "
                        "religious groups into an anti-rumour network. The network, not the "
                        "town hall alone, carries the message.",
                        "La ville réunit associations, écoles, entreprises, syndicats et "
                        "groupes religieux dans un réseau anti-rumeurs. C’est le réseau, et pas "
                        "la mairie seule, qui porte le message.",
                    ),
                ],
            ),
            (
                "Training agents",
                "Former les agents",
                [
                    (
                        "Anti-rumour agents are volunteers trained to question a rumour calmly "
                        "in everyday conversations. In 2017 the programme trained trainers for "
                        "Montreal, ran a session for about forty participants at the Lisbon "
                        "milestone event, and another in Bilbao, where the Basque network ZAS "
                        "already brings together agents from ten municipalities.",
                        "Les agents anti-rumeurs sont des bénévoles formés à questionner "
                        "calmement une rumeur dans les conversations de tous les jours. En "
                        "2017, le programme a formé des formateurs pour Montréal, animé une "
                        "session pour une quarantaine de participants lors de l’événement de "
                        "Lisbonne, puis une autre à Bilbao, où le réseau basque ZAS réunit déjà "
                        "des agents de dix communes.",
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "campaigns-and-evaluation",
        "title": "Running campaigns and measuring their effect",
        "title_fr": "Mener des campagnes et en mesurer l’effet",
        "summary": "Reaching the whole population, and checking what changed.",
        "summary_fr": "Toucher toute la population, et vérifier ce qui a changé.",
        "sections": [
            (
                "Campaigns that meet people where they are",
                "Des campagnes qui vont vers les gens",
                [
                    (
                        "Campaigns work best when they piggyback on something people already "
                        "care about. In Sahab, in Jordan, an anti-rumour strand was added to a "
                        "school campaign on recycling, so that pupils and their families could "
                        "question myths about refugees.",
                        "Les campagnes fonctionnent mieux lorsqu’elles s’appuient sur un sujet "
                        "qui intéresse déjà les habitants. À Sahab, en Jordanie, un volet "
                        "anti-rumeurs a été ajouté à une campagne scolaire sur le recyclage, "
                        "pour que les élèves et leurs familles puissent interroger les mythes "
                        "sur les réfugiés.",
                    ),
                ],
            ),
            (
                "Evaluate from the start",
                "Évaluer dès le départ",
                [
                    (
                        "Decide at the outset how success will be measured: how many people "
                        "the network reached, whether attitudes moved, which rumours faded. "
                        "The programme’s manual includes an assessment guide for this purpose.",
                        "Décidez dès le départ comment mesurer le succès : combien de personnes "
                        "le réseau a touchées, si les attitudes ont bougé, quelles rumeurs se "
                        "sont éteintes. Le manuel du programme comprend un guide d’évaluation à "
                        "cet effet.",
                    ),
                ],
            ),
        ],
    },
]
