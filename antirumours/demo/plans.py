"""Demo strategy settings, networks, trainings, campaigns and evaluations of two cities.

Written for this demo; organisation names are invented. Each city's entry is keyed by the
slug of its profile page.
"""

import datetime

STRATEGIES = {
    "bilbao": {
        "primary_colour": "#8a1538",
        "secondary_colour": "#f2c14e",
        "allowed_origins": ["https://www.bilbao.example"],
        "intro": "Rumours about newcomers spread faster than facts. Bilbao's anti-rumour "
        "network answers them with figures, stories and conversation.",
        "intro_fr": "Les rumeurs sur les nouveaux arrivants circulent plus vite que les faits. "
        "Le réseau anti-rumeurs de Bilbao y répond par des chiffres, des histoires et le "
        "dialogue.",
    },
    "montreal": {
        "primary_colour": "#004f8c",
        "secondary_colour": "#e8a33d",
        "allowed_origins": ["https://montreal.example"],
        "intro": "Montreal is building its anti-rumour strategy with community organisations "
        "across its boroughs.",
        "intro_fr": "Montréal construit sa stratégie anti-rumeurs avec les organismes "
        "communautaires de ses arrondissements.",
    },
}

#: Which demo rumours each city published (slugs of demo/rumours.py).
CITY_RUMOURS = {
    "bilbao": ["jobs", "benefits", "housing", "safety", "integration", "health"],
    "montreal": ["jobs", "housing", "integration"],
}

ORGANISATIONS = {
    "bilbao": [
        ("Auzoan Elkartea", "association", "Runs the agents' meetings and lends its hall.", True),
        (
            "Women of the World Association",
            "migrant-association",
            "Brings the voices of migrant women and co-leads the storytelling sessions.",
            True,
        ),
        (
            "Old Town Traders",
            "business",
            "Shopkeepers display the campaign and spot rumours at the counter.",
            True,
        ),
        ("Adult education centre", "school", "Hosts the trainings and the language tables.", True),
        (
            "Neighbourhood health team",
            "public-service",
            "Reports the rumours heard in waiting rooms.",
            False,
        ),
    ],
    "montreal": [
        ("Centre-Sud community table", "association", "Coordinates the borough partners.", True),
        (
            "Newcomers' welcome network",
            "migrant-association",
            "Collects the rumours newcomers hear about themselves.",
            True,
        ),
        ("Community radio station", "media", "Broadcasts the short stories of the campaign.", True),
    ],
}

TRAININGS = {
    "bilbao": [
        (
            "Introduction for new agents",
            datetime.date(2023, 3, 14),
            "Adult education centre",
            "Two trainers of the Basque anti-rumour network",
            ["method", "prejudice", "facts"],
            24,
            19,
        ),
        (
            "Empathetic conversations",
            datetime.date(2024, 4, 9),
            "Auzoan Elkartea hall",
            "A communication trainer and a youth worker",
            ["communication", "hostility"],
            18,
            15,
        ),
        (
            "From rumours to campaigns",
            datetime.date(2025, 5, 20),
            "City hall",
            "Strategy coordinator and an artist",
            ["campaigns", "facts", "communication"],
            21,
            17,
        ),
    ],
    "montreal": [
        (
            "First agents' training",
            datetime.date(2025, 2, 11),
            "Centre-Sud community centre",
            "Two community workers",
            ["method", "prejudice", "communication"],
            16,
            12,
        ),
    ],
}

CAMPAIGNS = {
    "bilbao": {
        "title": "Look again",
        "objectives": "Make residents who are unsure doubt the two most common rumours, about "
        "jobs and benefits, and talk about them with neighbours.",
        "audience": "Residents aged 30 to 60 who neither agree nor disagree with the rumours",
        "key_messages": [
            "Most newcomers fill jobs nobody else applied for.",
            "Everyone follows the same rules for help.",
        ],
        "channels": ["shops-markets", "social-media", "local-media"],
        "activities": [
            (
                "Posters in 40 shops",
                datetime.date(2025, 3, 1),
                "Each poster pairs a rumour with a figure and a face.",
            ),
            (
                "Market stalls with agents",
                datetime.date(2025, 4, 12),
                "Agents invite passers-by to try the rumour checker.",
            ),
            (
                "Storytelling evening",
                datetime.date(2025, 5, 23),
                "Residents tell how a neighbour changed their mind.",
            ),
        ],
        "start": datetime.date(2025, 3, 1),
        "end": datetime.date(2025, 6, 30),
        "indicators": [
            (
                "Residents who agree that newcomers take jobs",
                "%",
                "41",
                "33",
                "Street survey of 400 residents (demo figure)",
            ),
            (
                "Rumour checker answers 'it made me think' or 'changed my view'",
                "%",
                "",
                "58",
                "Rumour checker counts",
            ),
        ],
        "results": "Agreement with the jobs rumour fell by eight points among residents "
        "surveyed, most in the districts where shops took part.",
        "fr": {
            "Look again": "Regardez à nouveau",
            "Make residents who are unsure doubt the two most common rumours, about jobs and "
            "benefits, and talk about them with neighbours.": "Amener les habitants qui "
            "hésitent à douter des deux rumeurs les plus répandues, sur l'emploi et les aides, "
            "et à en parler avec leurs voisins.",
            "Residents aged 30 to 60 who neither agree nor disagree with the rumours": (
                "Habitants de 30 à 60 ans, ni d'accord ni en désaccord avec les rumeurs"
            ),
            "Most newcomers fill jobs nobody else applied for.": "La plupart des nouveaux "
            "arrivants occupent des emplois auxquels personne d'autre n'a postulé.",
            "Everyone follows the same rules for help.": "Tout le monde suit les mêmes règles "
            "pour les aides.",
            "Posters in 40 shops": "Des affiches dans 40 commerces",
            "Each poster pairs a rumour with a figure and a face.": "Chaque affiche associe une "
            "rumeur à un chiffre et à un visage.",
            "Market stalls with agents": "Des stands au marché avec les agents",
            "Agents invite passers-by to try the rumour checker.": "Les agents invitent les "
            "passants à essayer le vérificateur de rumeurs.",
            "Storytelling evening": "Soirée de récits",
            "Residents tell how a neighbour changed their mind.": "Des habitants racontent "
            "comment un voisin les a fait changer d'avis.",
            "Residents who agree that newcomers take jobs": "Habitants d'accord avec l'idée que "
            "les nouveaux arrivants prennent les emplois",
            "Street survey of 400 residents (demo figure)": "Enquête de rue auprès de 400 "
            "habitants (chiffre de démonstration)",
            "Rumour checker answers 'it made me think' or 'changed my view'": "Réponses « cela "
            "m'a fait réfléchir » ou « a changé mon regard » au vérificateur",
            "Rumour checker counts": "Compteurs du vérificateur de rumeurs",
            "Agreement with the jobs rumour fell by eight points among residents surveyed, most "
            "in the districts where shops took part.": "L'adhésion à la rumeur sur l'emploi a "
            "baissé de huit points chez les habitants interrogés, surtout dans les quartiers "
            "où les commerces ont participé.",
        },
    },
    "montreal": {
        "title": "Neighbours first",
        "objectives": "Start conversations about housing rumours in two boroughs.",
        "audience": "Tenants in buildings with newly arrived families",
        "key_messages": ["Flats go by waiting time and need, never by origin."],
        "channels": ["conversation", "local-media"],
        "activities": [
            (
                "Building meetings",
                datetime.date(2025, 9, 15),
                "Agents join tenants' meetings with the housing card.",
            ),
        ],
        "start": datetime.date(2025, 9, 1),
        "end": None,
        "indicators": [
            (
                "Tenants who believe newcomers get flats first",
                "%",
                "37",
                None,
                "Survey before the campaign (demo figure)",
            ),
        ],
        "results": "",
        "fr": {
            "Neighbours first": "Les voisins d'abord",
            "Start conversations about housing rumours in two boroughs.": "Lancer des "
            "conversations sur les rumeurs liées au logement dans deux arrondissements.",
            "Tenants in buildings with newly arrived families": "Locataires d'immeubles où "
            "vivent des familles récemment arrivées",
            "Flats go by waiting time and need, never by origin.": "Les logements vont selon "
            "l'attente et le besoin, jamais selon l'origine.",
            "Building meetings": "Réunions d'immeuble",
            "Agents join tenants' meetings with the housing card.": "Les agents participent "
            "aux réunions de locataires avec la carte sur le logement.",
            "Tenants who believe newcomers get flats first": "Locataires qui pensent que les "
            "nouveaux arrivants obtiennent un logement en premier",
            "Survey before the campaign (demo figure)": "Enquête avant la campagne (chiffre de "
            "démonstration)",
        },
    },
}

# Evaluation levels per year, criterion code -> level; unlisted criteria take `default`.
EVALUATIONS = {
    "bilbao": {
        2023: {"default": 1, "commitment-mandate": 2, "diagnosis-sources": 2},
        2024: {"default": 2, "network-governance": 1, "evaluation-measure": 1},
        2025: {"default": 2, "commitment-mandate": 3, "arguments-facts": 3, "agents-training": 3},
    },
    "montreal": {
        2025: {"default": 1, "network-breadth": 2, "diagnosis-sources": 2, "agents-training": 2},
    },
}

EVIDENCE = {
    "commitment-mandate": "Council resolution adopting the strategy; budget line for 2025-2027.",
    "diagnosis-sources": "Street survey, three focus groups and the report form on the site.",
    "arguments-facts": "Every published card cites a source and a date.",
    "agents-training": "Three trainings since 2023; online course open to agents.",
}

#: Approved reports per rumour for the last twelve months, oldest month first.
REPORT_PATTERN = {
    "jobs": [2, 3, 3, 4, 5, 4, 6, 5, 4, 3, 3, 2],
    "benefits": [1, 2, 2, 3, 3, 4, 4, 3, 2, 2, 1, 1],
    "housing": [1, 1, 2, 1, 2, 2, 3, 2, 2, 1, 1, 1],
    "safety": [0, 1, 1, 2, 1, 1, 2, 1, 1, 0, 1, 0],
}

#: Reports still waiting for moderation (they show nothing publicly).
PENDING_REPORTS = [
    "Someone at the gym said the new families get free cars from the city.",
    "My neighbour thinks the mosque is paid for with our taxes.",
]
APPROVED_TEXTS = {
    "jobs": "At work they said the company hires foreigners because they are cheaper.",
    "benefits": "In a group chat people shared that migrants get twice the child allowance.",
    "housing": "At the bakery a man said all the new flats went to foreigners.",
    "safety": "Comments under a news story blamed the newcomers for the thefts in the park.",
}

#: Rumour checker counts: rumour slug -> {answer: count}.
CHECKER_COUNTS = {
    "jobs": {"changed": 34, "think": 51, "unchanged": 22, "never-believed": 40},
    "benefits": {"changed": 21, "think": 37, "unchanged": 18, "never-believed": 29},
    "housing": {"changed": 9, "think": 15, "unchanged": 7, "never-believed": 12},
}
