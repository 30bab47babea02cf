# ruff: noqa: E501 (long texts read better on one line)
"""Demo question bank: intercultural competences (statements on a 1–5 scale).

Written for this project, in English and French. "reverse": agreeing shows less openness.
"""

from citizenship_test.components import COMPETENCES, KIND_SCALE

COMPONENT = COMPETENCES
KIND = KIND_SCALE

QUESTIONS = [
    {
        "code": "competences-ask-before-assuming",
        "short": True,
        "reverse": False,
        "prompt": (
            "When I meet someone from a background I know little about, I ask questions rather than guess.",
            "Quand je rencontre quelqu'un d'un milieu que je connais mal, je pose des questions plutôt que de deviner.",
        ),
        "explanation": (
            "Curiosity that is respectful (asking, listening) helps avoid clichés, which are often the first step towards prejudice.",
            "Une curiosité respectueuse (demander, écouter) évite les clichés, qui sont souvent le premier pas vers le préjugé.",
        ),
        "idea": (
            "Next time you are curious about a neighbour's habit, ask them about it over a coffee.",
            "La prochaine fois qu'une habitude d'un voisin vous intrigue, parlez-en avec lui autour d'un café.",
        ),
    },
    {
        "code": "competences-other-point-of-view",
        "short": False,
        "reverse": False,
        "prompt": (
            "I find it easy to imagine how a situation looks from someone else's point of view.",
            "Il m'est facile d'imaginer comment une situation se présente du point de vue de quelqu'un d'autre.",
        ),
        "explanation": (
            "Taking another perspective is a skill that grows with practice, for example by hearing people tell their own stories.",
            "Se mettre à la place de l'autre est une compétence qui se travaille, par exemple en écoutant des gens raconter leur propre histoire.",
        ),
        "idea": (
            "Go to a storytelling evening or a “living library” where people share their life stories.",
            "Participez à une soirée de récits ou à une « bibliothèque vivante » où des personnes racontent leur parcours.",
        ),
    },
    {
        "code": "competences-explain-another-way",
        "short": True,
        "reverse": False,
        "prompt": (
            "If someone does not understand me, I look for another way to explain: simpler words, gestures, a drawing.",
            "Si quelqu'un ne me comprend pas, je cherche une autre façon d'expliquer : des mots plus simples, des gestes, un dessin.",
        ),
        "explanation": (
            "Good communication is a shared effort. Adapting how we speak is a sign of respect, not of weakness.",
            "Bien communiquer est un effort partagé. Adapter sa façon de parler est une marque de respect, pas de faiblesse.",
        ),
        "idea": (
            "Join a language exchange and practise explaining things simply.",
            "Rejoignez un échange linguistique et entraînez-vous à expliquer simplement.",
        ),
    },
    {
        "code": "competences-unknown-languages",
        "short": True,
        "reverse": True,
        "prompt": (
            "I feel uneasy when people near me speak a language I do not understand.",
            "Je me sens mal à l'aise quand des gens près de moi parlent une langue que je ne comprends pas.",
        ),
        "explanation": (
            "Many people feel this unease. Noticing it, and reminding ourselves that others are not talking about us, makes everyday encounters easier.",
            "Beaucoup de gens ressentent ce malaise. Le remarquer, et se rappeler que les autres ne parlent pas de nous, rend les rencontres quotidiennes plus faciles.",
        ),
        "idea": (
            "Learn to greet your neighbours in one of the languages spoken in your building.",
            "Apprenez à saluer vos voisins dans l'une des langues parlées dans votre immeuble.",
        ),
    },
    {
        "code": "competences-first-impressions",
        "short": False,
        "reverse": False,
        "prompt": (
            "I notice when I judge someone on a first impression, and I try to correct it.",
            "Je remarque quand je juge quelqu'un sur une première impression, et j'essaie de corriger ce jugement.",
        ),
        "explanation": (
            "Everyone has quick judgements. What matters is catching them and checking them against what we actually know.",
            "Tout le monde a des jugements rapides. L'important est de les repérer et de les confronter à ce que l'on sait vraiment.",
        ),
        "idea": (
            "Try a free online test or workshop on unconscious bias.",
            "Essayez un test en ligne ou un atelier gratuit sur les biais inconscients.",
        ),
    },
    {
        "code": "competences-my-way-is-right",
        "short": False,
        "reverse": True,
        "prompt": (
            "My way of doing things is usually the right one, whatever others are used to.",
            "Ma façon de faire est généralement la bonne, quelles que soient les habitudes des autres.",
        ),
        "explanation": (
            "Habits about time, politeness or food feel natural because we grew up with them. Other habits can be just as reasonable.",
            "Les habitudes liées au temps, à la politesse ou à la nourriture nous semblent naturelles parce que nous avons grandi avec elles. D'autres peuvent être tout aussi raisonnables.",
        ),
        "idea": (
            "Ask a colleague or neighbour how a common situation (a visit, a meal) works where they grew up.",
            "Demandez à un collègue ou à un voisin comment se passe une situation courante (une visite, un repas) là où il a grandi.",
        ),
    },
    {
        "code": "competences-learn-neighbours-words",
        "short": False,
        "reverse": False,
        "prompt": (
            "I would like to learn a few words of the languages my neighbours speak.",
            "J'aimerais apprendre quelques mots des langues que parlent mes voisins.",
        ),
        "explanation": (
            "A few words in someone's language often open a door. It shows interest and puts both people on an equal footing as learners.",
            "Quelques mots dans la langue de l'autre ouvrent souvent une porte. Cela montre de l'intérêt et met chacun à égalité, en apprenant.",
        ),
        "idea": (
            "Ask a neighbour to teach you how to say “thank you” and “see you soon”, and teach them in return.",
            "Demandez à un voisin de vous apprendre à dire « merci » et « à bientôt », et apprenez-lui en retour.",
        ),
    },
    {
        "code": "competences-understand-before-answering",
        "short": True,
        "reverse": False,
        "prompt": (
            "In a disagreement, I try to understand the other person's reasons before I answer.",
            "Lors d'un désaccord, j'essaie de comprendre les raisons de l'autre avant de répondre.",
        ),
        "explanation": (
            "Understanding a reason does not mean agreeing with it, but it makes a real conversation possible.",
            "Comprendre une raison ne veut pas dire l'approuver, mais cela rend une vraie conversation possible.",
        ),
        "idea": (
            "Take part in a dialogue event where people with different views talk in small groups.",
            "Participez à une rencontre de dialogue où des personnes aux avis différents échangent en petits groupes.",
        ),
    },
    {
        "code": "competences-jokes-about-groups",
        "short": False,
        "reverse": True,
        "prompt": (
            "Jokes about other groups do not bother me, even when people from those groups are present.",
            "Les blagues sur d'autres groupes ne me dérangent pas, même quand des personnes de ces groupes sont présentes.",
        ),
        "explanation": (
            "Humour brings people together, but jokes that target a group can hurt and make prejudice seem normal.",
            "L'humour rapproche, mais les blagues qui visent un groupe peuvent blesser et banaliser les préjugés.",
        ),
        "idea": (
            "Notice how people around you react to such jokes; ask someone from the group how it feels.",
            "Observez comment les gens autour de vous réagissent à ces blagues ; demandez à une personne du groupe visé ce qu'elle en ressent.",
        ),
    },
    {
        "code": "competences-mixed-teams",
        "short": False,
        "reverse": False,
        "prompt": (
            "I can work well in a team where people have different habits about time, hierarchy or directness.",
            "Je sais bien travailler dans une équipe où chacun a ses habitudes en matière d'horaires, de hiérarchie ou de franchise.",
        ),
        "explanation": (
            "Mixed teams need a few shared rules made explicit. Once they are, different habits become a strength.",
            "Les équipes mixtes ont besoin de quelques règles communes rendues explicites. Ensuite, la diversité des habitudes devient une force.",
        ),
        "idea": (
            "Suggest that your team or association agrees openly on a few working rules.",
            "Proposez à votre équipe ou à votre association de se mettre d'accord ouvertement sur quelques règles de fonctionnement.",
        ),
    },
]
