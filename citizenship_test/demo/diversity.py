# ruff: noqa: E501 (long texts read better on one line)
"""Demo question bank: perception of diversity as an advantage (statements on a 1–5 scale).

Written for this project, in English and French. "reverse": agreeing sees diversity as a threat.
"""

from citizenship_test.components import DIVERSITY, KIND_SCALE

COMPONENT = DIVERSITY
KIND = KIND_SCALE

QUESTIONS = [
    {
        "code": "diversity-more-interesting-city",
        "short": True,
        "reverse": False,
        "prompt": (
            "People who moved here from elsewhere make the city a more interesting place to live.",
            "Les personnes venues d'ailleurs rendent la ville plus intéressante à vivre.",
        ),
        "explanation": (
            "Cities have always grown through newcomers: their skills, businesses and ideas are part of what makes urban life lively.",
            "Les villes se sont toujours développées grâce aux nouveaux venus : leurs compétences, leurs commerces et leurs idées font la vitalité urbaine.",
        ),
        "idea": (
            "Find out the story of a street or a market in your city that was shaped by migration.",
            "Découvrez l'histoire d'une rue ou d'un marché de votre ville façonnés par les migrations.",
        ),
    },
    {
        "code": "diversity-same-customs",
        "short": True,
        "reverse": True,
        "prompt": (
            "The city would be better off if everyone followed the same customs.",
            "La ville se porterait mieux si tout le monde suivait les mêmes coutumes.",
        ),
        "explanation": (
            "Living together needs shared rules, such as laws and respect for rights, not identical customs. Diversity of customs can coexist with common values.",
            "Vivre ensemble demande des règles communes, comme la loi et le respect des droits, pas des coutumes identiques. La diversité des coutumes peut coexister avec des valeurs partagées.",
        ),
        "idea": (
            "Go to a celebration of a community other than your own, and bring a friend.",
            "Allez à une fête d'une autre communauté que la vôtre, et emmenez un ami.",
        ),
    },
    {
        "code": "diversity-better-solutions",
        "short": False,
        "reverse": False,
        "prompt": (
            "A workplace with people of different backgrounds finds better solutions.",
            "Un lieu de travail où se côtoient des personnes d'horizons différents trouve de meilleures solutions.",
        ),
        "explanation": (
            "Studies of teams show that diverse groups, when they are well run, consider more options and make fewer blind mistakes.",
            "Les études sur les équipes montrent que des groupes divers, bien animés, envisagent plus d'options et commettent moins d'erreurs d'aveuglement.",
        ),
        "idea": (
            "Ask whether your employer or school has signed a diversity charter.",
            "Demandez si votre employeur ou votre école a signé une charte de la diversité.",
        ),
    },
    {
        "code": "diversity-mixed-classrooms",
        "short": False,
        "reverse": False,
        "prompt": (
            "Children gain from growing up with classmates of different origins.",
            "Les enfants gagnent à grandir avec des camarades de classe d'origines différentes.",
        ),
        "explanation": (
            "Children who mix early learn to cooperate across differences, a skill they will need as adults.",
            "Les enfants qui se mélangent tôt apprennent à coopérer par-delà les différences, une compétence utile à l'âge adulte.",
        ),
        "idea": (
            "Support your school's activities that bring families of all backgrounds together.",
            "Soutenez les activités de l'école qui rassemblent les familles de tous horizons.",
        ),
    },
    {
        "code": "diversity-newcomers-take",
        "short": False,
        "reverse": True,
        "prompt": (
            "Newcomers mostly take resources away from people who have lived here longer.",
            "Les nouveaux venus prennent surtout des ressources à ceux qui vivent ici depuis plus longtemps.",
        ),
        "explanation": (
            "This is a common rumour. Over time, migrants usually contribute in work, taxes and care at least as much as they receive.",
            "C'est une rumeur répandue. Avec le temps, les migrants contribuent généralement par leur travail, leurs impôts et les soins au moins autant qu'ils reçoivent.",
        ),
        "idea": (
            "Check the facts behind a rumour you have heard, for example with your city's anti-rumours campaign.",
            "Vérifiez les faits derrière une rumeur entendue, par exemple avec la campagne anti-rumeurs de votre ville.",
        ),
    },
    {
        "code": "diversity-many-languages",
        "short": True,
        "reverse": False,
        "prompt": (
            "The many languages spoken in the city, including those brought by migrants, are an asset.",
            "Les nombreuses langues parlées dans la ville, y compris celles apportées par les migrants, sont un atout.",
        ),
        "explanation": (
            "Multilingual residents help businesses trade, services reach everyone and children learn more easily.",
            "Les habitants multilingues aident les entreprises à commercer, les services à atteindre tout le monde et les enfants à apprendre plus facilement.",
        ),
        "idea": (
            "Encourage families around you to keep speaking their home language with their children.",
            "Encouragez les familles autour de vous à continuer de parler leur langue à la maison avec leurs enfants.",
        ),
    },
    {
        "code": "diversity-city-identity",
        "short": False,
        "reverse": False,
        "prompt": (
            "Festivals, food and music from many cultures are part of the city's identity.",
            "Les fêtes, la cuisine et la musique de nombreuses cultures font partie de l'identité de la ville.",
        ),
        "explanation": (
            "A city's identity is not fixed; it keeps being enriched by everyone who lives there.",
            "L'identité d'une ville n'est pas figée ; elle s'enrichit de tous ceux qui y vivent.",
        ),
        "idea": (
            "Suggest a dish or a song from another culture for your next neighbourhood party.",
            "Proposez un plat ou une chanson d'une autre culture pour la prochaine fête de quartier.",
        ),
    },
    {
        "code": "diversity-each-among-their-own",
        "short": False,
        "reverse": True,
        "prompt": (
            "Neighbourhoods work best when each group lives among its own.",
            "Les quartiers fonctionnent mieux quand chaque groupe vit entre soi.",
        ),
        "explanation": (
            "Separation tends to feed mistrust. Mixed neighbourhoods with shared spaces give people chances to meet as neighbours.",
            "La séparation nourrit souvent la méfiance. Les quartiers mixtes avec des espaces partagés permettent de se rencontrer entre voisins.",
        ),
        "idea": (
            "Use a shared space near you (a park, a library, a community garden) and say hello to someone new.",
            "Fréquentez un espace partagé près de chez vous (parc, bibliothèque, jardin partagé) et saluez quelqu'un de nouveau.",
        ),
    },
    {
        "code": "diversity-entrepreneurs",
        "short": False,
        "reverse": False,
        "prompt": (
            "Entrepreneurs with a migrant background create businesses and jobs that benefit everyone.",
            "Les entrepreneurs issus de l'immigration créent des entreprises et des emplois qui profitent à tous.",
        ),
        "explanation": (
            "In many European cities, people with a migrant background start businesses at a higher rate than average, often reviving shopping streets.",
            "Dans bien des villes européennes, les personnes issues de l'immigration créent des entreprises plus souvent que la moyenne, et redonnent souvent vie aux rues commerçantes.",
        ),
        "idea": (
            "Shop at a local business you have never tried and talk with its owner.",
            "Faites vos courses dans un commerce du quartier que vous ne connaissez pas et discutez avec son patron.",
        ),
    },
    {
        "code": "diversity-everyone-has-a-voice",
        "short": True,
        "reverse": False,
        "prompt": (
            "People of every origin should have a say in decisions about the city.",
            "Les personnes de toutes origines devraient avoir leur mot à dire sur les décisions concernant la ville.",
        ),
        "explanation": (
            "Decisions are better and more trusted when those they affect take part. Cities open consultations and councils to all residents for that reason.",
            "Les décisions sont meilleures et mieux acceptées quand les personnes concernées y participent. C'est pourquoi des villes ouvrent consultations et conseils à tous les habitants.",
        ),
        "idea": (
            "Take part in the next public consultation of your city and invite a neighbour to come with you.",
            "Participez à la prochaine consultation publique de votre ville et invitez un voisin à vous accompagner.",
        ),
    },
]
