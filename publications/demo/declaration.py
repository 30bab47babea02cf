"""Demo declaration: the Lisbon Declaration of the network's tenth anniversary (2017).

The page summarises, in words written for this demo, the commitments the annual report
describes. The endorsement dates are illustrative: the cities present endorsed it at the
Lisbon milestone event, others later through their city councils.
"""

import datetime

DECLARATION = {
    "slug": "lisbon-declaration",
    "title": "Lisbon Declaration",
    "date_adopted": datetime.date(2017, 11, 29),
    "place": "Lisbon",
    "summary": (
        "Ten years after the programme began, member cities renewed their commitment to "
        "diversity and inclusive integration at the milestone event in Lisbon."
    ),
}

# (heading, [paragraphs]) with their French versions.
SECTIONS = [
    (
        ("Ten years of inclusive integration", "Dix ans d’intégration inclusive"),
        [
            (
                "Between 2007 and 2017 the programme grew from a pilot with eleven cities into "
                "a coalition of more than 120 cities on five continents. Meeting in Lisbon on "
                "28 and 29 November 2017, mayors, national authorities, experts and civil "
                "society took stock of that decade.",
                "Entre 2007 et 2017, le programme est passé d’un projet pilote de onze villes "
                "à une coalition de plus de 120 villes sur cinq continents. Réunis à Lisbonne "
                "les 28 et 29 novembre 2017, maires, autorités nationales, experts et société "
                "civile ont dressé le bilan de cette décennie.",
            ),
        ],
    ),
    (
        ("What the signatories commit to", "Ce à quoi s’engagent les signataires"),
        [
            (
                "The endorsing cities treat the diversity of their residents as an advantage "
                "and commit to policies that give everyone equal rights and real chances to "
                "meet, take part and belong.",
                "Les villes signataires considèrent la diversité de leurs habitants comme un "
                "atout et s’engagent à mener des politiques qui donnent à chacun des droits "
                "égaux et de vraies occasions de se rencontrer, de participer et d’appartenir "
                "à la ville.",
            ),
            (
                "They pledge to work with their national governments so that local and "
                "national integration policies pull in the same direction, with the Council "
                "of Europe as an honest broker.",
                "Elles s’engagent à travailler avec leurs gouvernements nationaux pour que les "
                "politiques d’intégration locales et nationales aillent dans le même sens, le "
                "Conseil de l’Europe jouant le rôle de facilitateur impartial.",
            ),
            (
                "They will push innovation further in participatory democracy, active urban "
                "citizenship, human rights and non-discrimination, the rights of LGBTI "
                "people, and anti-rumour work, as answers to inflammatory rhetoric and "
                "populism.",
                "Elles poursuivront l’innovation en matière de démocratie participative, de "
                "citoyenneté urbaine active, de droits humains et de non-discrimination, de "
                "droits des personnes LGBTI et de lutte contre les rumeurs, en réponse aux "
                "discours incendiaires et au populisme.",
            ),
        ],
    ),
]

DECLARATION_FR = {
    "Lisbon Declaration": "Déclaration de Lisbonne",
    "Lisbon": "Lisbonne",
    DECLARATION["summary"]: (
        "Dix ans après le lancement du programme, les villes membres ont renouvelé à Lisbonne "
        "leur engagement en faveur de la diversité et de l’intégration inclusive."
    ),
}

INDEX = {
    "slug": "declarations",
    "title": "Declarations",
    "intro": "The commitments that the member cities of the network have made together.",
}
INDEX_FR = {
    "Declarations": "Déclarations",
    INDEX["intro"]: "Les engagements pris ensemble par les villes membres du réseau.",
}

# City slug and date of endorsement (illustrative, see the module docstring).
ENDORSEMENTS = [
    ("lisbon", datetime.date(2017, 11, 29)),
    ("oslo", datetime.date(2017, 11, 29)),
    ("limassol", datetime.date(2017, 11, 29)),
    ("montreal", datetime.date(2017, 11, 29)),
    ("rijeka", datetime.date(2017, 11, 29)),
    ("bergen", datetime.date(2017, 11, 29)),
    ("cascais", datetime.date(2017, 11, 29)),
    ("geneva", datetime.date(2018, 2, 15)),
    ("reggio-emilia", datetime.date(2018, 3, 21)),
    ("bilbao", datetime.date(2018, 4, 12)),
    ("erlangen", datetime.date(2018, 5, 17)),
    ("stavanger", datetime.date(2018, 6, 20)),
    ("sabadell", datetime.date(2018, 9, 26)),
    ("odessa", datetime.date(2019, 3, 21)),
]
