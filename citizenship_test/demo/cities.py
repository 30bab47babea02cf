# ruff: noqa: E501 (long texts read better on one line)
"""Demo customisations: Lisbon and Rijeka adapt the test, Oslo uses the default short version.

Questions are named by their code; a city's own question has the same fields as the bank's.
Rewordings and texts are (English, French).
"""

from citizenship_test.components import ACTION, COMPETENCES, DIVERSITY, KIND_SCENARIO, KNOWLEDGE

CUSTOMISATIONS = {
    "lisbon": {
        "primary_colour": "#0b4f6c",
        "secondary_colour": "#f4b942",
        "allowed_origins": ["http://localhost:8001", "https://www.lisboa.example"],
        "ask_age_band": True,
        "ask_years_in_city": True,
        "intro": (
            "Lisbon welcomes people from all over the world. How ready are you to live and act together in a diverse city? Find out in ten minutes.",
            "Lisbonne accueille des gens du monde entier. Êtes-vous prêt à vivre et agir ensemble dans une ville diverse ? Découvrez-le en dix minutes.",
        ),
        # Action first: Lisbon wanted residents to start from what they would do.
        "questions": [
            ("action-new-family-in-the-building", None),
            ("action-rumour-in-a-group-chat", None),
            ("lisbon-own-neighbourhood-festival", None),
            ("action-voting-rights-information", None),
            ("knowledge-rights-of-non-citizens", None),
            ("knowledge-housing-discrimination", None),
            ("knowledge-right-to-education", None),
            ("competences-learn-neighbours-words", None),
            ("competences-ask-before-assuming", None),
            ("competences-other-point-of-view", None),
            ("diversity-entrepreneurs", None),
            ("diversity-many-languages", None),
            ("diversity-mixed-classrooms", None),
        ],
        "own_questions": [
            {
                "code": "lisbon-own-neighbourhood-festival",
                "component": ACTION,
                "kind": KIND_SCENARIO,
                "prompt": (
                    "Your parish is preparing the June festivities. What do you do?",
                    "Votre paroisse prépare les fêtes de juin. Que faites-vous ?",
                ),
                "options": [
                    ("I stay at home", "Je reste chez moi", 0),
                    ("I go and enjoy the evening", "J'y vais et je profite de la soirée", 1),
                    ("I help set up a stall", "J'aide à monter un stand", 3),
                    (
                        "I help and invite neighbours who have never taken part",
                        "J'aide et j'invite des voisins qui n'y ont jamais participé",
                        4,
                    ),
                ],
                "explanation": (
                    "Neighbourhood festivals are among the easiest places to meet across backgrounds, if everyone feels invited.",
                    "Les fêtes de quartier sont parmi les lieux les plus simples pour se rencontrer entre personnes d'horizons différents, si chacun se sent invité.",
                ),
                "idea": (
                    "Ask your parish council how to run a stall at the next festival.",
                    "Demandez à votre junta de freguesia comment tenir un stand lors de la prochaine fête.",
                ),
            }
        ],
        "links": [
            (
                ACTION,
                "Volunteer with the city's welcome programme",
                "Faire du bénévolat dans le programme d'accueil de la ville",
                "https://www.lisboa.example/welcome-volunteers",
                "Two hours a month to help newcomers find their way.",
                "Deux heures par mois pour aider les nouveaux venus à s'orienter.",
            ),
            (
                KNOWLEDGE,
                "Free legal advice for residents",
                "Conseil juridique gratuit pour les habitants",
                "https://www.lisboa.example/legal-advice",
                "",
                "",
            ),
            (
                COMPETENCES,
                "Portuguese and intercultural communication courses",
                "Cours de portugais et de communication interculturelle",
                "https://www.lisboa.example/courses",
                "",
                "",
            ),
        ],
    },
    "rijeka": {
        "primary_colour": "#6b1d3a",
        "secondary_colour": "#2bb3b1",
        "allowed_origins": ["http://localhost:8001", "https://www.rijeka.example"],
        "ask_age_band": False,
        "ask_years_in_city": True,
        "intro": (
            "A port city open to the world: test yourself, then join us in making Rijeka a city for everyone.",
            "Une ville portuaire ouverte sur le monde : testez-vous, puis rejoignez-nous pour faire de Rijeka une ville pour tous.",
        ),
        "questions": [
            ("knowledge-universal-declaration", None),
            ("knowledge-freedom-of-expression", None),
            ("knowledge-reporting-discrimination", None),
            ("competences-understand-before-answering", None),
            ("competences-my-way-is-right", None),
            ("competences-mixed-teams", None),
            (
                "diversity-city-identity",
                (
                    "Rijeka's carnival, food and music, shaped by many cultures, are part of who we are.",
                    "Le carnaval, la cuisine et la musique de Rijeka, façonnés par de nombreuses cultures, font partie de notre identité.",
                ),
            ),
            ("diversity-each-among-their-own", None),
            ("diversity-newcomers-take", None),
            ("action-insult-on-the-bus", None),
            ("action-joke-at-dinner", None),
            ("action-intercultural-council", None),
            ("rijeka-own-port-workers", None),
        ],
        "own_questions": [
            {
                "code": "rijeka-own-port-workers",
                "component": ACTION,
                "kind": KIND_SCENARIO,
                "prompt": (
                    "Seasonal workers from abroad arrive for the summer and know nobody in town. What do you do?",
                    "Des travailleurs saisonniers venus de l'étranger arrivent pour l'été et ne connaissent personne en ville. Que faites-vous ?",
                ),
                "options": [
                    (
                        "Nothing: they are only here for a few months",
                        "Rien : ils ne sont là que quelques mois",
                        0,
                    ),
                    ("I am friendly when I meet them", "Je suis aimable quand je les croise", 1),
                    (
                        "I tell them about free events in town",
                        "Je leur parle des événements gratuits en ville",
                        3,
                    ),
                    (
                        "I invite them to a club or group I belong to",
                        "Je les invite dans un club ou un groupe dont je fais partie",
                        4,
                    ),
                ],
                "explanation": (
                    "Short stays count too: a few contacts make seasonal workers safer and more likely to know their rights.",
                    "Les séjours courts comptent aussi : quelques contacts rendent les saisonniers plus en sécurité et mieux informés de leurs droits.",
                ),
                "idea": (
                    "Bring a seasonal worker along to a sports club, a choir or a walk.",
                    "Emmenez un saisonnier dans un club de sport, une chorale ou une balade.",
                ),
            }
        ],
        "links": [
            (
                ACTION,
                "Join the city's volunteer centre",
                "Rejoindre le centre du bénévolat de la ville",
                "https://www.rijeka.example/volunteer",
                "",
                "",
            ),
            (
                DIVERSITY,
                "Intercultural events this month",
                "Événements interculturels ce mois-ci",
                "https://www.rijeka.example/events",
                "",
                "",
            ),
        ],
    },
    # Oslo takes the test as published: the default short version and colours.
    "oslo": {
        "allowed_origins": ["http://localhost:8001"],
    },
}
# So does one city for each of the other languages (tools.demo.CITY_LANGUAGES): every content
# language has a demo city whose residents can take the test in it.
for _slug in ("bilbao", "montreal", "erlangen", "odessa", "limassol", "reggio-emilia", "botkyrka"):
    CUSTOMISATIONS[_slug] = {"allowed_origins": ["http://localhost:8001"]}
