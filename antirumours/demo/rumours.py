"""Demo rumour cards, written for this demo in English with their French translation.

Figures marked "demo figure" are illustrative and must be replaced by the city's own data
before publication; the OECD finding on the fiscal impact of migration is a published one.
`{city}` is replaced by the city's name.
"""

OECD_FISCAL = {
    "statement": "Across OECD countries, the net fiscal impact of immigrants, what they pay in "
    "taxes minus what they receive, stays within half a percent of GDP either way.",
    "figure": "±0.5% GDP",
    "source": "OECD, International Migration Outlook 2013",
    "source_url": "https://www.oecd.org/migration/",
    "date": "2013",
}
OECD_FISCAL_FR = {
    OECD_FISCAL["statement"]: "Dans les pays de l'OCDE, l'effet budgétaire net des immigrés, "
    "ce qu'ils paient en impôts moins ce qu'ils reçoivent, reste dans une fourchette d'un demi "
    "pour cent du PIB, dans un sens comme dans l'autre.",
    OECD_FISCAL["figure"]: "±0,5 % du PIB",
    OECD_FISCAL["source"]: "OCDE, Perspectives des migrations internationales 2013",
}

# (slug, prevalence, channels, found_through, English fields, French translations)
RUMOURS = [
    {
        "slug": "jobs",
        "prevalence": 4,
        "channels": ["conversation", "workplace", "social-media"],
        "found_through": ["survey", "focus-groups"],
        "title": "They take our jobs",
        "claim": "People say that newcomers accept any wage, so employers hire them instead of "
        "local workers.",
        "key_message": "Newcomers mostly fill jobs that stay empty and create work when they "
        "open businesses.",
        "target_groups": "Migrant workers, especially young men",
        "places": "Building sites, the central market, waiting rooms of the employment office",
        "arguments": [
            (
                "fact",
                {
                    "statement": "Of the job offers that stayed open more than six months in "
                    "{city}, most were in care, agriculture and hospitality, where newcomers now "
                    "work.",
                    "figure": "62%",
                    "source": "{city} employment observatory (demo figure)",
                    "source_url": "",
                    "date": "2024",
                },
            ),
            (
                "fact",
                {
                    "statement": (
                        "Businesses opened by residents born abroad employ people of every "
                        "origin in the city."
                    ),
                    "figure": "1 in 8",
                    "source": "{city} register of new businesses (demo figure)",
                    "source_url": "",
                    "date": "2023",
                },
            ),
            (
                "empathy",
                {
                    "text": "Being afraid of losing your job, or of your children not "
                    "finding one, is a real worry. It deserves an answer about wages and "
                    "training, not a scapegoat."
                },
            ),
            (
                "question",
                {
                    "text": "Who looked after your parents, built your street or picked "
                    "the fruit you bought this week?"
                },
            ),
            (
                "story",
                {
                    "title": "Karim's workshop",
                    "text": "Karim arrived as a mechanic whose "
                    "diploma was not recognised. He repaired bicycles in a shared garage, "
                    "then opened a workshop. Today he trains three apprentices from the "
                    "neighbourhood.",
                },
            ),
        ],
        "fr": {
            "They take our jobs": "Ils nous prennent nos emplois",
            "People say that newcomers accept any wage, so employers hire them instead of "
            "local workers.": "On dit que les nouveaux arrivants acceptent n'importe quel "
            "salaire et que les employeurs les embauchent à la place des travailleurs d'ici.",
            "Newcomers mostly fill jobs that stay empty and create work when they open "
            "businesses.": "Les nouveaux arrivants occupent surtout des emplois restés vacants "
            "et créent du travail quand ils ouvrent une entreprise.",
            "Migrant workers, especially young men": "Travailleurs migrants, surtout les jeunes "
            "hommes",
            "Building sites, the central market, waiting rooms of the employment office": (
                "Chantiers, marché central, salles d'attente de l'agence pour l'emploi"
            ),
            "Of the job offers that stayed open more than six months in {city}, most were in "
            "care, agriculture and hospitality, where newcomers now work.": "Parmi les offres "
            "d'emploi restées ouvertes plus de six mois à {city}, la plupart concernaient le "
            "soin, l'agriculture et l'hôtellerie, où travaillent aujourd'hui les nouveaux "
            "arrivants.",
            "{city} employment observatory (demo figure)": "Observatoire de l'emploi de {city} "
            "(chiffre de démonstration)",
            "Businesses opened by residents born abroad employ people of every origin in the "
            "city.": "Les entreprises ouvertes par des habitants nés à l'étranger emploient des "
            "personnes de toutes origines.",
            "1 in 8": "1 sur 8",
            "{city} register of new businesses (demo figure)": "Registre des nouvelles "
            "entreprises de {city} (chiffre de démonstration)",
            "Being afraid of losing your job, or of your children not finding one, is a real "
            "worry. It deserves an answer about wages and training, not a scapegoat.": "Avoir "
            "peur de perdre son emploi, ou que ses enfants n'en trouvent pas, est une "
            "inquiétude réelle. Elle mérite une réponse sur les salaires et la formation, pas "
            "un bouc émissaire.",
            "Who looked after your parents, built your street or picked the fruit you bought "
            "this week?": "Qui a pris soin de vos parents, construit votre rue ou cueilli les "
            "fruits achetés cette semaine ?",
            "Karim's workshop": "L'atelier de Karim",
            "Karim arrived as a mechanic whose diploma was not recognised. He repaired bicycles "
            "in a shared garage, then opened a workshop. Today he trains three apprentices from "
            "the neighbourhood.": "Karim est arrivé mécanicien, avec un diplôme non reconnu. Il "
            "a réparé des vélos dans un garage partagé, puis ouvert un atelier. Il forme "
            "aujourd'hui trois apprentis du quartier.",
        },
    },
    {
        "slug": "benefits",
        "prevalence": 4,
        "channels": ["conversation", "social-media", "politics"],
        "found_through": ["survey", "media-monitoring"],
        "title": "They live on benefits",
        "claim": "The rumour says that migrants come for social benefits and receive more than "
        "anyone else.",
        "key_message": "Benefits follow the same rules for everyone, and migrants pay in about "
        "as much as they receive.",
        "target_groups": "Migrant families, refugees",
        "places": "Social media groups, bars, queues at social services",
        "arguments": [
            ("fact", OECD_FISCAL),
            (
                "fact",
                {
                    "statement": "Among households receiving the minimum income in {city}, most "
                    "were born in the country.",
                    "figure": "71%",
                    "source": "{city} social services annual report (demo figure)",
                    "source_url": "",
                    "date": "2024",
                },
            ),
            (
                "empathy",
                {
                    "text": "When money is tight, it hurts to think someone gets help you "
                    "do not. Most people who say this have struggled themselves; start "
                    "from that."
                },
            ),
            (
                "question",
                {
                    "text": "Do you know anyone who received more help because of where "
                    "they were born, or is it something you heard?"
                },
            ),
            (
                "story",
                {
                    "title": "A pharmacist at the till",
                    "text": "Lina was a pharmacist "
                    "before she fled. While her diploma was examined she worked nights at "
                    "a supermarket and paid taxes from her first month.",
                },
            ),
        ],
        "fr": {
            **OECD_FISCAL_FR,
            "They live on benefits": "Ils vivent des aides sociales",
            "The rumour says that migrants come for social benefits and receive more than "
            "anyone else.": "La rumeur dit que les migrants viennent pour les aides sociales et "
            "en reçoivent plus que tout le monde.",
            "Benefits follow the same rules for everyone, and migrants pay in about as much as "
            "they receive.": "Les aides suivent les mêmes règles pour tous, et les migrants "
            "contribuent à peu près autant qu'ils reçoivent.",
            "Migrant families, refugees": "Familles migrantes, réfugiés",
            "Social media groups, bars, queues at social services": "Groupes sur les réseaux "
            "sociaux, bars, files d'attente des services sociaux",
            "Among households receiving the minimum income in {city}, most were born in the "
            "country.": "Parmi les ménages qui touchent le revenu minimum à {city}, la plupart "
            "sont nés dans le pays.",
            "{city} social services annual report (demo figure)": "Rapport annuel des services "
            "sociaux de {city} (chiffre de démonstration)",
            "When money is tight, it hurts to think someone gets help you do not. Most people "
            "who say this have struggled themselves; start from that.": "Quand l'argent manque, "
            "il est douloureux de penser qu'un autre reçoit l'aide qu'on n'a pas. La plupart de "
            "ceux qui le disent ont eux-mêmes connu des difficultés : partez de là.",
            "Do you know anyone who received more help because of where they were born, or is "
            "it something you heard?": "Connaissez-vous quelqu'un qui a reçu plus d'aide à cause "
            "de son lieu de naissance, ou est-ce quelque chose que vous avez entendu ?",
            "A pharmacist at the till": "Une pharmacienne à la caisse",
            "Lina was a pharmacist before she fled. While her diploma was examined she worked "
            "nights at a supermarket and paid taxes from her first month.": "Lina était "
            "pharmacienne avant de fuir. Pendant l'examen de son diplôme, elle a travaillé de "
            "nuit dans un supermarché et payé des impôts dès le premier mois.",
        },
    },
    {
        "slug": "housing",
        "prevalence": 3,
        "channels": ["conversation", "public-services"],
        "found_through": ["agents", "residents"],
        "title": "They get social housing first",
        "claim": "Residents repeat that foreigners jump the queue for council flats.",
        "key_message": "Flats are allocated by points for income, family size and waiting time, "
        "never by nationality.",
        "target_groups": "Large migrant families",
        "places": "Housing office, neighbourhood associations",
        "arguments": [
            (
                "fact",
                {
                    "statement": "Households headed by a foreign national received a smaller share "
                    "of the flats allocated last year than their share of the applicants.",
                    "figure": "14% / 17%",
                    "source": "{city} housing office (demo figure)",
                    "source_url": "",
                    "date": "2024",
                },
            ),
            (
                "empathy",
                {
                    "text": "Waiting years for a flat is exhausting. The shortage is real; "
                    "the answer is more housing, not suspicion of the family next door."
                },
            ),
            (
                "question",
                {
                    "text": "How long have the families you know been waiting, whatever "
                    "their origin?"
                },
            ),
            (
                "story",
                {
                    "title": "Two families, one list",
                    "text": "Maite and Oumar met in the "
                    "housing office queue. Both had waited four years. They now share a "
                    "landing and swap babysitting.",
                },
            ),
        ],
        "fr": {
            "They get social housing first": "Ils passent avant pour les logements sociaux",
            "Residents repeat that foreigners jump the queue for council flats.": "Des "
            "habitants répètent que les étrangers passent devant tout le monde pour les "
            "logements sociaux.",
            "Flats are allocated by points for income, family size and waiting time, never by "
            "nationality.": "Les logements sont attribués par points selon les revenus, la "
            "taille de la famille et l'ancienneté de la demande, jamais selon la nationalité.",
            "Large migrant families": "Familles migrantes nombreuses",
            "Housing office, neighbourhood associations": "Office du logement, associations de "
            "quartier",
            "Households headed by a foreign national received a smaller share of the flats "
            "allocated last year than their share of the applicants.": "Les ménages dont le "
            "chef est étranger ont reçu l'an dernier une part des logements attribués plus "
            "faible que leur part des demandeurs.",
            "{city} housing office (demo figure)": "Office du logement de {city} (chiffre de "
            "démonstration)",
            "Waiting years for a flat is exhausting. The shortage is real; the answer is more "
            "housing, not suspicion of the family next door.": "Attendre des années un logement "
            "épuise. La pénurie est réelle ; la réponse est de construire, pas de soupçonner la "
            "famille d'à côté.",
            "How long have the families you know been waiting, whatever their origin?": (
                "Depuis combien de temps attendent les familles que vous connaissez, quelle que "
                "soit leur origine ?"
            ),
            "Two families, one list": "Deux familles, une seule liste",
            "Maite and Oumar met in the housing office queue. Both had waited four years. They "
            "now share a landing and swap babysitting.": "Maite et Oumar se sont rencontrés "
            "dans la file de l'office du logement. Tous deux attendaient depuis quatre ans. "
            "Ils partagent aujourd'hui un palier et se gardent les enfants.",
        },
    },
    {
        "slug": "safety",
        "prevalence": 3,
        "channels": ["local-media", "social-media", "conversation"],
        "found_through": ["media-monitoring", "focus-groups"],
        "title": "The neighbourhood is less safe because of them",
        "claim": "Some say that crime went up when newcomers moved into the old town.",
        "key_message": "Recorded offences in the old town fell while its population became more "
        "diverse.",
        "target_groups": "Young people of North African and sub-Saharan origin",
        "places": "Old town, night-time squares, local news comments",
        "arguments": [
            (
                "fact",
                {
                    "statement": "Offences recorded in the old town went down over five years, a "
                    "period in which the share of residents born abroad rose.",
                    "figure": "-18%",
                    "source": "{city} municipal police (demo figure)",
                    "source_url": "",
                    "date": "2019-2024",
                },
            ),
            (
                "empathy",
                {
                    "text": "Feeling unsafe on your own street is hard, whatever the "
                    "numbers say. Lighting, shops open late and neighbours who know each "
                    "other make streets safer for everyone."
                },
            ),
            (
                "question",
                {
                    "text": "When you picture a danger in the street, is it someone you "
                    "have met, or a face from the news?"
                },
            ),
            (
                "story",
                {
                    "title": "The square at night",
                    "text": "Youth workers and residents "
                    "started a Friday football game in the square. The benches that were "
                    "avoided after dark are now where parents chat while children play.",
                },
            ),
        ],
        "fr": {
            "The neighbourhood is less safe because of them": "Le quartier est moins sûr à "
            "cause d'eux",
            "Some say that crime went up when newcomers moved into the old town.": "Certains "
            "disent que la délinquance a augmenté quand de nouveaux arrivants se sont installés "
            "dans la vieille ville.",
            "Recorded offences in the old town fell while its population became more diverse.": (
                "Les infractions enregistrées dans la vieille ville ont baissé pendant que sa "
                "population se diversifiait."
            ),
            "Young people of North African and sub-Saharan origin": "Jeunes d'origine "
            "maghrébine et subsaharienne",
            "Old town, night-time squares, local news comments": "Vieille ville, places la "
            "nuit, commentaires des sites d'information locaux",
            "Offences recorded in the old town went down over five years, a period in which the "
            "share of residents born abroad rose.": "Les infractions enregistrées dans la "
            "vieille ville ont baissé en cinq ans, une période où la part des habitants nés à "
            "l'étranger a augmenté.",
            "{city} municipal police (demo figure)": "Police municipale de {city} (chiffre de "
            "démonstration)",
            "Feeling unsafe on your own street is hard, whatever the numbers say. Lighting, "
            "shops open late and neighbours who know each other make streets safer for "
            "everyone.": "Se sentir en insécurité dans sa propre rue est pénible, quels que "
            "soient les chiffres. L'éclairage, des commerces ouverts tard et des voisins qui se "
            "connaissent rendent la rue plus sûre pour tous.",
            "When you picture a danger in the street, is it someone you have met, or a face "
            "from the news?": "Quand vous imaginez un danger dans la rue, est-ce quelqu'un que "
            "vous avez rencontré, ou un visage vu aux informations ?",
            "The square at night": "La place, le soir",
            "Youth workers and residents started a Friday football game in the square. The "
            "benches that were avoided after dark are now where parents chat while children "
            "play.": "Des animateurs et des habitants ont lancé un match de football le "
            "vendredi sur la place. Les bancs évités à la nuit tombée sont devenus l'endroit où "
            "les parents discutent pendant que les enfants jouent.",
        },
    },
    {
        "slug": "integration",
        "prevalence": 2,
        "channels": ["conversation", "school"],
        "found_through": ["organisations", "focus-groups"],
        "title": "They do not want to learn our language",
        "claim": "The rumour says newcomers stay among themselves and refuse to learn the local "
        "languages.",
        "key_message": "Language courses in the city are full and have waiting lists.",
        "target_groups": "Recent arrivals, older migrant women",
        "places": "Parents' meetings at school, the local market",
        "arguments": [
            (
                "fact",
                {
                    "statement": "Free language courses offered by the city and its partners had "
                    "more applicants than places.",
                    "figure": "1,900 / 1,400",
                    "source": "{city} adult education service (demo figure)",
                    "source_url": "",
                    "date": "2024-2025",
                },
            ),
            (
                "empathy",
                {
                    "text": "Not understanding a neighbour can feel like a wall. Learning "
                    "a language as an adult, while working and raising children, takes "
                    "years; a smile and patience help more than a reproach."
                },
            ),
            (
                "question",
                {
                    "text": "How long would it take you to speak a new language well "
                    "while working full time?"
                },
            ),
            (
                "story",
                {
                    "title": "Conversation tables",
                    "text": "At the library, residents "
                    "volunteer one hour a week to chat with learners. Amina now reads the "
                    "school newsletter to other mothers.",
                },
            ),
        ],
        "fr": {
            "They do not want to learn our language": "Ils ne veulent pas apprendre notre langue",
            "The rumour says newcomers stay among themselves and refuse to learn the local "
            "languages.": "La rumeur dit que les nouveaux arrivants restent entre eux et "
            "refusent d'apprendre les langues d'ici.",
            "Language courses in the city are full and have waiting lists.": "Les cours de "
            "langue de la ville sont complets et ont des listes d'attente.",
            "Recent arrivals, older migrant women": "Personnes arrivées récemment, femmes "
            "migrantes âgées",
            "Parents' meetings at school, the local market": "Réunions de parents à l'école, "
            "marché du quartier",
            "Free language courses offered by the city and its partners had more applicants "
            "than places.": "Les cours de langue gratuits proposés par la ville et ses "
            "partenaires ont eu plus de candidats que de places.",
            "1,900 / 1,400": "1 900 / 1 400",
            "{city} adult education service (demo figure)": "Service d'éducation des adultes "
            "de {city} (chiffre de démonstration)",
            "Not understanding a neighbour can feel like a wall. Learning a language as an "
            "adult, while working and raising children, takes years; a smile and patience help "
            "more than a reproach.": "Ne pas comprendre un voisin peut faire l'effet d'un mur. "
            "Apprendre une langue adulte, en travaillant et en élevant des enfants, prend des "
            "années ; un sourire et de la patience aident plus qu'un reproche.",
            "How long would it take you to speak a new language well while working full time?": (
                "Combien de temps vous faudrait-il pour bien parler une nouvelle langue en "
                "travaillant à plein temps ?"
            ),
            "Conversation tables": "Tables de conversation",
            "At the library, residents volunteer one hour a week to chat with learners. Amina "
            "now reads the school newsletter to other mothers.": "À la bibliothèque, des "
            "habitants donnent une heure par semaine pour discuter avec des apprenants. Amina "
            "lit désormais la lettre de l'école à d'autres mères.",
        },
    },
    {
        "slug": "health",
        "prevalence": 2,
        "channels": ["public-services", "conversation"],
        "found_through": ["services", "residents"],
        "title": "They overload the health centres",
        "claim": "People say waiting times at the health centre are long because migrants use "
        "it more than anyone.",
        "key_message": "Newcomers are on average younger and visit doctors less; waiting times "
        "follow staff shortages.",
        "target_groups": "Migrants without papers, asylum seekers",
        "places": "Health centre waiting rooms, pharmacies",
        "arguments": [
            (
                "fact",
                {
                    "statement": "Residents born abroad made fewer primary care visits per person "
                    "than the city average.",
                    "figure": "3.1 / 4.6",
                    "source": "Regional health service (demo figure)",
                    "source_url": "",
                    "date": "2023",
                },
            ),
            (
                "empathy",
                {
                    "text": "Waiting hours with a sick child is stressful, and it is easy "
                    "to look for someone to blame in the waiting room. The nurses there "
                    "come from everywhere too."
                },
            ),
            ("question", {"text": "Who was treating you the last time you went to hospital?"}),
            (
                "story",
                {
                    "title": "Night shift",
                    "text": "Dr Okafor covers the night shift at the "
                    "emergency unit. Without the doctors and nurses trained abroad, the "
                    "unit would close two nights a week.",
                },
            ),
        ],
        "fr": {
            "They overload the health centres": "Ils surchargent les centres de santé",
            "People say waiting times at the health centre are long because migrants use it "
            "more than anyone.": "On dit que l'attente au centre de santé est longue parce que "
            "les migrants l'utilisent plus que tout le monde.",
            "Newcomers are on average younger and visit doctors less; waiting times follow "
            "staff shortages.": "Les nouveaux arrivants sont en moyenne plus jeunes et "
            "consultent moins ; l'attente suit le manque de personnel.",
            "Migrants without papers, asylum seekers": "Migrants sans papiers, demandeurs d'asile",
            "Health centre waiting rooms, pharmacies": "Salles d'attente des centres de santé, "
            "pharmacies",
            "Residents born abroad made fewer primary care visits per person than the city "
            "average.": "Les habitants nés à l'étranger ont eu moins de consultations de "
            "médecine générale par personne que la moyenne de la ville.",
            "3.1 / 4.6": "3,1 / 4,6",
            "Regional health service (demo figure)": "Service régional de santé (chiffre de "
            "démonstration)",
            "Waiting hours with a sick child is stressful, and it is easy to look for someone "
            "to blame in the waiting room. The nurses there come from everywhere too.": (
                "Attendre des heures avec un enfant malade est éprouvant, et il est facile de "
                "chercher un coupable dans la salle d'attente. Les infirmières y viennent elles "
                "aussi de partout."
            ),
            "Who was treating you the last time you went to hospital?": "Qui vous a soigné la "
            "dernière fois que vous êtes allé à l'hôpital ?",
            "Night shift": "Garde de nuit",
            "Dr Okafor covers the night shift at the emergency unit. Without the doctors and "
            "nurses trained abroad, the unit would close two nights a week.": "La docteure "
            "Okafor assure la garde de nuit aux urgences. Sans les médecins et infirmiers "
            "formés à l'étranger, le service fermerait deux nuits par semaine.",
        },
    },
]
