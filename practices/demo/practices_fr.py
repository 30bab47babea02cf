"""French translations of the index page and of some demo practices (by slug)."""

INDEX_FR = {
    "title": "Bonnes pratiques",
    "intro": (
        "Ce que les villes du réseau ont essayé pour faire de la diversité un atout : "
        "cherchez par thème, ville, pays ou année."
    ),
}

PRACTICES_FR = {
    "lisbon-heritage-mapping": {
        "title": "Cartographier le patrimoine commun d'un quartier",
        "summary": (
            "À Lisbonne, habitants, écoles, associations et agents municipaux ont cartographié "
            "ensemble le patrimoine d'un quartier, en y incluant les mémoires de chaque "
            "communauté."
        ),
        "purpose": (
            "Faire du patrimoine culturel un terrain de rencontre où chacun découvre ce que le "
            "quartier représente pour les autres."
        ),
        "rationale": (
            "L'identité d'une ville accueille plus facilement les nouveaux venus qu'une identité "
            "nationale. Lu à plusieurs voix, le patrimoine d'un lieu donne à plus d'habitants le "
            "sentiment d'en faire partie."
        ),
        "process": (
            "Une équipe locale a été formée en 2017 dans le cadre du projet pilote STEPS du "
            "Conseil de l'Europe et de l'Union européenne. Elle a défini ce que patrimoine veut "
            "dire pour le quartier, puis recensé ses ressources selon la méthode du "
            "développement communautaire fondé sur les atouts, plutôt qu'en partant des "
            "problèmes."
        ),
        "results": (
            "La méthode a été rédigée pour que d'autres villes la reprennent ; le réseau la "
            "présente désormais dans ses académies et en plusieurs langues."
        ),
    },
    "lisbon-marvila-regeneration": {
        "title": "Rénover Marvila sans chasser ses habitants",
        "summary": (
            "À Marvila, des urbanistes travaillent avec les habitants pour rénover les espaces "
            "publics, afin que le quartier s'améliore pour ceux qui y vivent déjà."
        ),
        "purpose": (
            "Faire de la rénovation urbaine un outil de mixité et de rencontre plutôt qu'une "
            "cause de départs forcés."
        ),
        "rationale": (
            "La gentrification remplace souvent les ménages modestes au lieu de rapprocher les "
            "groupes. Associer les habitants dès le départ change qui en profite."
        ),
        "process": (
            "Un collectif d'architectes conçoit les espaces avec les habitants et partage avec "
            "eux le pouvoir de décision. Lisbonne a proposé au réseau une visite d'étude sur ce "
            "sujet."
        ),
        "results": (
            "Le travail a été présenté aux coordinateurs du réseau en 2018 et a lancé une "
            "recherche plus large de pratiques de rénovation inclusive parmi les villes membres."
        ),
    },
    "oslo-human-rights-seminar": {
        "title": "Un séminaire reliant droits humains et politique interculturelle",
        "summary": (
            "Oslo a accueilli le séminaire thématique du réseau sur les droits humains dans la "
            "cité interculturelle, avec des exemples de villes et de mouvements citoyens."
        ),
        "purpose": (
            "Aider les villes à s'allier aux défenseurs des droits humains et à fonder leur "
            "politique d'intégration sur les droits."
        ),
        "rationale": (
            "L'égalité, la non-discrimination et la participation fondent à la fois les droits "
            "humains et le modèle interculturel : au niveau local, chacun renforce l'autre."
        ),
        "process": (
            "Pendant deux jours en juin, les participants ont comparé leurs pratiques sur les "
            "droits civils, la participation démocratique et les droits des personnes LGBTI."
        ),
        "results": (
            "Le séminaire a conclu que les deux approches sont complémentaires ; son rapport "
            "figure parmi les documents thématiques du réseau."
        ),
    },
    "montreal-anti-rumour-strategy": {
        "title": "Lancer une stratégie anti-rumeurs à l'échelle de la ville",
        "summary": (
            "Montréal a formé une équipe de plusieurs services municipaux et d'organismes "
            "partenaires pour mener une stratégie anti-rumeurs selon la méthode du réseau."
        ),
        "purpose": (
            "Contrer les préjugés sur la diversité qui nourrissent la discrimination, avec des "
            "faits et avec de l'empathie."
        ),
        "rationale": (
            "Les rumeurs sur les nouveaux arrivants sont souvent locales et précises ; des "
            "personnes de confiance du quartier y répondent le mieux."
        ),
        "process": (
            "Une formation de formateurs, en octobre 2017, a préparé des agents municipaux et "
            "des acteurs sociaux à repérer les rumeurs, réunir des preuves et former des agents "
            "anti-rumeurs."
        ),
        "results": ("La stratégie suit le manuel anti-rumeurs du réseau, publié fin 2017."),
    },
    "geneva-anti-discrimination": {
        "title": "Combattre ensemble sexisme, racisme et homophobie",
        "summary": (
            "Genève aborde la discrimination dans son ensemble, en regardant comment sexisme, "
            "racisme et homophobie se renforcent ; le réseau y a organisé une visite d'étude."
        ),
        "purpose": ("Prévenir la discrimination de manière globale plutôt qu'un motif à la fois."),
        "rationale": (
            "Une même personne subit souvent plusieurs discriminations ; des services séparés "
            "ne voient pas ce qui les relie."
        ),
        "process": (
            "Genève a présenté aux villes en visite des pratiques locales et internationales, "
            "et un rapport a rassemblé des conseils pour le réseau."
        ),
        "results": (
            "La visite a nourri le travail du réseau sur une lutte contre les discriminations "
            "plus préventive et inclusive."
        ),
    },
    "reykjavik-integration-academy": {
        "title": "Une académie de l'intégration interculturelle pour l'Islande",
        "summary": (
            "Des agents de Reykjavik et d'autres villes islandaises ont suivi une académie "
            "intensive sur l'approche interculturelle, organisée avec le HCR."
        ),
        "purpose": (
            "Donner rapidement aux nouveaux membres les bases de la politique interculturelle."
        ),
        "rationale": (
            "Les nouvelles villes membres ont besoin de connaissances et d'outils tôt, avant "
            "d'écrire leur stratégie."
        ),
        "process": (
            "Un cours immersif de plusieurs jours, en mars 2019, a traité de compétence, de "
            "dilemmes, d'anti-rumeurs et de communication."
        ),
        "results": (
            "L'académie est devenue un format que le réseau propose à d'autres pays et régions."
        ),
    },
}
