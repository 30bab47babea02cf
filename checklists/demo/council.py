"""The intercultural council guidelines, in English and French, in our own words.

From the guidelines of the working group on intercultural councils (Rijeka meeting of the
network's coordinators, 2018). Every text is a pair (English, French); see `demo.build`.
"""

ICC = "https://www.coe.int/en/web/interculturalcities"
READING = [(("The Intercultural Cities programme", "Le programme des Cités interculturelles"), ICC)]

COUNCIL = {
    "slug": "intercultural-council-guidelines",
    "kind": "council",
    "minutes": 15,
    "title": ("Intercultural council guidelines", "Lignes directrices des conseils interculturels"),
    "intro": (
        "An intercultural council brings together residents of every background, including "
        "businesses, trade unions and associations, to advise the city. These questions come "
        "from the guidelines the network's working group drew up for cities that set up or "
        "reform such a council.",
        "Un conseil interculturel réunit des habitants de tous horizons, y compris des "
        "entreprises, des syndicats et des associations, pour conseiller la ville. Ces "
        "questions reprennent les lignes directrices rédigées par le groupe de travail du "
        "réseau pour les villes qui créent ou réforment un tel conseil.",
    ),
    "sections": [
        {
            "title": ("Membership", "Composition"),
            "description": (
                "Who sits on the council, and how they are chosen.",
                "Qui siège au conseil, et comment les membres sont choisis.",
            ),
            "questions": [
                {
                    "question": (
                        "Have you considered a membership that mixes ages, genders and fields "
                        "of activity?",
                        "Avez-vous pensé à une composition qui mêle les âges, les genres et les "
                        "domaines d'activité ?",
                    ),
                    "looks_like": [
                        (
                            "Young people, working-age adults and older residents all sit on it.",
                            "Des jeunes, des adultes actifs et des aînés y siègent.",
                        ),
                        (
                            "Women and men are fairly represented.",
                            "Les femmes et les hommes y sont représentés équitablement.",
                        ),
                        (
                            "Members come from business, trade unions, culture, education and "
                            "associations, not only from migrant organisations.",
                            "Les membres viennent des entreprises, des syndicats, de la culture, "
                            "de l'éducation et des associations, pas seulement des organisations "
                            "de migrants.",
                        ),
                    ],
                    "guidance": (
                        "Count the members by age band, gender and field. Answer “partly” if "
                        "one group clearly dominates or a field the council works on is missing.",
                        "Comptez les membres par tranche d'âge, genre et domaine. Répondez "
                        "« en partie » si un groupe domine nettement ou si un domaine dont "
                        "le conseil s'occupe n'est pas représenté.",
                    ),
                    "follow_up": (
                        "Map the current members by age, gender and field, and set targets "
                        "for the next call for members to fill the gaps.",
                        "Dressez le profil des membres actuels par âge, genre et domaine, et "
                        "fixez des objectifs pour le prochain appel à candidatures afin de "
                        "combler les manques.",
                    ),
                    "reading": READING,
                },
                {
                    "question": (
                        "Have you considered appointing members for their expertise, network "
                        "and willingness to engage, rather than on ethnic criteria?",
                        "Avez-vous pensé à nommer les membres pour leur expertise, leur réseau "
                        "et leur volonté de s'engager, plutôt que sur des critères ethniques ?",
                    ),
                    "looks_like": [
                        (
                            "The call for members states these criteria.",
                            "L'appel à candidatures énonce ces critères.",
                        ),
                        (
                            "No seat is reserved for a nationality or an ethnic group.",
                            "Aucun siège n'est réservé à une nationalité ou à un groupe ethnique.",
                        ),
                    ],
                    "guidance": (
                        "A council of community delegates is a migrant council, not an "
                        "intercultural one. Answer “partly” if some seats are still allocated "
                        "by origin.",
                        "Un conseil de délégués communautaires est un conseil des migrants, pas "
                        "un conseil interculturel. Répondez « en partie » si certains sièges "
                        "sont encore attribués selon l'origine.",
                    ),
                    "follow_up": (
                        "Rewrite the selection criteria around expertise, networks and "
                        "willingness to engage, and end seats allocated by origin at the next "
                        "renewal.",
                        "Réécrivez les critères de sélection autour de l'expertise, des réseaux "
                        "et de la volonté de s'engager, et supprimez les sièges attribués selon "
                        "l'origine au prochain renouvellement.",
                    ),
                },
                {
                    "question": (
                        "Have you considered including newcomers?",
                        "Avez-vous pensé à inclure des personnes récemment arrivées ?",
                    ),
                    "looks_like": [
                        (
                            "At least one member arrived in the city in the last few years.",
                            "Au moins un membre est arrivé dans la ville ces dernières années.",
                        ),
                        (
                            "No long residence or citizenship is required to join.",
                            "Aucune longue durée de résidence ni nationalité n'est exigée.",
                        ),
                        (
                            "Meetings are open to people still learning the local language.",
                            "Les réunions sont accessibles aux personnes qui apprennent encore "
                            "la langue locale.",
                        ),
                    ],
                    "follow_up": (
                        "Remove the conditions that keep newcomers out, and reach them through "
                        "reception services, language courses and associations.",
                        "Supprimez les conditions qui écartent les nouveaux arrivants, et "
                        "touchez-les par les services d'accueil, les cours de langue et les "
                        "associations.",
                    ),
                },
                {
                    "question": (
                        "Have you considered members living in every part of the city?",
                        "Avez-vous pensé à des membres qui habitent tous les quartiers de "
                        "la ville ?",
                    ),
                    "looks_like": [
                        (
                            "Members live in different neighbourhoods, outlying ones included.",
                            "Les membres habitent différents quartiers, y compris périphériques.",
                        ),
                        (
                            "Vacancies are announced in every district.",
                            "Les postes vacants sont annoncés dans chaque quartier.",
                        ),
                    ],
                    "follow_up": (
                        "Compare where members live with a map of the city, and recruit where "
                        "no member lives.",
                        "Comparez les lieux de résidence des membres avec le plan de la ville, "
                        "et recrutez là où aucun membre n'habite.",
                    ),
                },
            ],
        },
        {
            "title": ("Chair person", "Présidence"),
            "description": (
                "Who leads the council's work.",
                "Qui conduit les travaux du conseil.",
            ),
            "questions": [
                {
                    "question": (
                        "Have you considered choosing the chair from the council's board, "
                        "rather than the mayor or the deputy in charge of intercultural policy?",
                        "Avez-vous pensé à choisir la présidence au sein du bureau du conseil, "
                        "plutôt que le maire ou l'adjoint chargé de la politique "
                        "interculturelle ?",
                    ),
                    "looks_like": [
                        (
                            "The statutes say the chair comes from the board.",
                            "Les statuts prévoient que la présidence est issue du bureau.",
                        ),
                        (
                            "The mayor and the deputy take part as partners, not as chair.",
                            "Le maire et l'adjoint participent en partenaires, sans présider.",
                        ),
                    ],
                    "guidance": (
                        "A council chaired by the politician it advises finds it hard to speak "
                        "freely. Answer “partly” if a member chairs in practice but the statutes "
                        "still give the role to an elected official.",
                        "Un conseil présidé par l'élu qu'il conseille peut difficilement "
                        "s'exprimer librement. Répondez « en partie » si un membre préside dans "
                        "les faits mais que les statuts confient encore ce rôle à un élu.",
                    ),
                    "follow_up": (
                        "Amend the statutes so that the members elect their chair from the "
                        "board, and describe the mayor's or deputy's role as a partner.",
                        "Modifiez les statuts pour que les membres élisent leur présidence au "
                        "sein du bureau, et décrivez le rôle du maire ou de l'adjoint comme "
                        "celui d'un partenaire.",
                    ),
                    "reading": READING,
                },
                {
                    "question": (
                        "Have you considered giving the chair a written role and support?",
                        "Avez-vous pensé à donner à la présidence un rôle écrit et un soutien ?",
                    ),
                    "looks_like": [
                        (
                            "The chair's tasks are written down.",
                            "Les tâches de la présidence sont écrites.",
                        ),
                        (
                            "The secretariat supports the chair.",
                            "Le secrétariat appuie la présidence.",
                        ),
                    ],
                    "follow_up": (
                        "Describe the chair's role in a short text and agree with the city on "
                        "the support it receives.",
                        "Décrivez le rôle de la présidence dans un court texte et convenez avec "
                        "la ville du soutien dont elle dispose.",
                    ),
                },
            ],
        },
        {
            "title": ("Link with the governing bodies", "Lien avec les instances dirigeantes"),
            "description": (
                "How the council's advice reaches the city's decisions.",
                "Comment les avis du conseil parviennent aux décisions de la ville.",
            ),
            "questions": [
                {
                    "question": (
                        "Have you considered a permanent, institutional relationship with the "
                        "city's governing bodies?",
                        "Avez-vous pensé à une relation permanente et institutionnelle avec "
                        "les instances dirigeantes de la ville ?",
                    ),
                    "looks_like": [
                        (
                            "A decision of the city council sets up the council and its role.",
                            "Une délibération du conseil municipal fonde le conseil et son rôle.",
                        ),
                        (
                            "The council outlasts a change of mayor or majority.",
                            "Le conseil survit à un changement de maire ou de majorité.",
                        ),
                        (
                            "A named contact in the administration works with it.",
                            "Un interlocuteur désigné dans l'administration travaille avec lui.",
                        ),
                    ],
                    "follow_up": (
                        "Propose a city council decision that anchors the council, its mandate "
                        "and its contact in the administration.",
                        "Proposez une délibération qui ancre le conseil, son mandat et son "
                        "interlocuteur dans l'administration.",
                    ),
                    "reading": READING,
                },
                {
                    "question": (
                        "Have you considered how the city answers the council's opinions?",
                        "Avez-vous pensé à la façon dont la ville répond aux avis du conseil ?",
                    ),
                    "looks_like": [
                        (
                            "The council is consulted before decisions that affect diversity.",
                            "Le conseil est consulté avant les décisions qui touchent à la "
                            "diversité.",
                        ),
                        (
                            "The city replies in writing to each recommendation.",
                            "La ville répond par écrit à chaque recommandation.",
                        ),
                    ],
                    "follow_up": (
                        "Agree a procedure: which files go to the council, how long it has to "
                        "answer, and a written reply from the city on each opinion.",
                        "Convenez d'une procédure : quels dossiers vont au conseil, dans quel "
                        "délai il répond, et une réponse écrite de la ville à chaque avis.",
                    ),
                },
            ],
        },
        {
            "title": ("Training", "Formation"),
            "description": (
                "What members learn, and what they keep of their own view.",
                "Ce que les membres apprennent, et ce qu'ils gardent de leur regard propre.",
            ),
            "questions": [
                {
                    "question": (
                        "Have you considered training members in intercultural competence?",
                        "Avez-vous pensé à former les membres à la compétence interculturelle ?",
                    ),
                    "looks_like": [
                        (
                            "New members receive an introduction to the city's strategy.",
                            "Les nouveaux membres reçoivent une présentation de la stratégie "
                            "de la ville.",
                        ),
                        (
                            "Training meets the needs the members name.",
                            "Les formations répondent aux besoins exprimés par les membres.",
                        ),
                    ],
                    "follow_up": (
                        "Plan an induction for new members and a yearly training in "
                        "intercultural competence; ask members what else they need.",
                        "Prévoyez un accueil des nouveaux membres et une formation annuelle à "
                        "la compétence interculturelle ; demandez aux membres de quoi d'autre "
                        "ils ont besoin.",
                    ),
                    "reading": READING,
                },
                {
                    "question": (
                        "Have you considered keeping the councillor's role a civic one, "
                        "without professionalising it?",
                        "Avez-vous pensé à garder au rôle de conseiller son caractère civique, "
                        "sans le professionnaliser ?",
                    ),
                    "looks_like": [
                        (
                            "No diploma or professional experience is required.",
                            "Aucun diplôme ni expérience professionnelle n'est exigé.",
                        ),
                        (
                            "Members keep their outside view and their links with residents.",
                            "Les membres gardent leur regard extérieur et leurs liens avec les "
                            "habitants.",
                        ),
                    ],
                    "guidance": (
                        "Answer “partly” if the training or the workload means that only "
                        "professionals can keep up.",
                        "Répondez « en partie » si la formation ou la charge de travail ne "
                        "permet qu'à des professionnels de suivre.",
                    ),
                    "follow_up": (
                        "Review the training and the workload so that volunteers of any "
                        "background can take part.",
                        "Revoyez la formation et la charge de travail pour que des bénévoles de "
                        "tous horizons puissent participer.",
                    ),
                },
            ],
        },
        {
            "title": ("Operation and terms of reference", "Fonctionnement et mandat"),
            "description": (
                "How the council works and decides.",
                "Comment le conseil travaille et décide.",
            ),
            "questions": [
                {
                    "question": (
                        "Have you considered clear terms of reference: the council's mandate "
                        "and how it takes decisions?",
                        "Avez-vous pensé à un mandat clair : les missions du conseil et sa "
                        "façon de décider ?",
                    ),
                    "looks_like": [
                        (
                            "A written mandate says what the council does and does not do.",
                            "Un mandat écrit dit ce que le conseil fait et ne fait pas.",
                        ),
                        (
                            "Decision rules (quorum, vote or consensus) are written down.",
                            "Les règles de décision (quorum, vote ou consensus) sont écrites.",
                        ),
                    ],
                    "guidance": (
                        "Unclear mandates lead to confusion and frustration among members.",
                        "Un mandat flou crée confusion et frustration chez les membres.",
                    ),
                    "follow_up": (
                        "Write or update the terms of reference with the members: mandate, "
                        "decision-making, agenda and the secretariat's role.",
                        "Rédigez ou mettez à jour le mandat avec les membres : missions, prise "
                        "de décision, ordre du jour et rôle du secrétariat.",
                    ),
                    "reading": READING,
                },
                {
                    "question": (
                        "Have you considered an agreement or set of principles that members "
                        "recognise themselves in?",
                        "Avez-vous pensé à une charte ou à des principes dans lesquels les "
                        "membres se reconnaissent ?",
                    ),
                    "looks_like": [
                        (
                            "Members agreed a short charter together.",
                            "Les membres ont adopté ensemble une courte charte.",
                        ),
                        (
                            "New members are introduced to it.",
                            "Elle est présentée aux nouveaux membres.",
                        ),
                    ],
                    "follow_up": (
                        "Draft a short charter with the members and use it to welcome new ones.",
                        "Rédigez une courte charte avec les membres et utilisez-la pour "
                        "accueillir les nouveaux.",
                    ),
                },
            ],
        },
        {
            "title": ("Communication", "Communication"),
            "description": (
                "How the council reaches residents and the administration.",
                "Comment le conseil touche les habitants et l'administration.",
            ),
            "questions": [
                {
                    "question": (
                        "Have you considered several channels to widen participation?",
                        "Avez-vous pensé à plusieurs canaux pour élargir la participation ?",
                    ),
                    "looks_like": [
                        (
                            "The council is present online, on social media and at local events.",
                            "Le conseil est présent en ligne, sur les réseaux sociaux et lors "
                            "d'événements locaux.",
                        ),
                        (
                            "Residents can contact it and raise issues.",
                            "Les habitants peuvent le contacter et lui soumettre des questions.",
                        ),
                    ],
                    "follow_up": (
                        "Draw up a simple communication plan: channels, languages, and one "
                        "public meeting a year with residents.",
                        "Établissez un plan de communication simple : canaux, langues, et une "
                        "rencontre publique par an avec les habitants.",
                    ),
                    "reading": READING,
                },
                {
                    "question": (
                        "Have you considered making the council visible and a link with the "
                        "administration?",
                        "Avez-vous pensé à rendre le conseil visible et à en faire un lien avec "
                        "l'administration ?",
                    ),
                    "looks_like": [
                        (
                            "The council reports publicly on its work every year.",
                            "Le conseil rend compte publiquement de son travail chaque année.",
                        ),
                        (
                            "City departments know the council and call on it.",
                            "Les services de la ville connaissent le conseil et le sollicitent.",
                        ),
                    ],
                    "follow_up": (
                        "Publish a yearly report and present the council to the departments "
                        "whose work touches diversity.",
                        "Publiez un rapport annuel et présentez le conseil aux services dont "
                        "le travail touche à la diversité.",
                    ),
                },
            ],
        },
        {
            "title": ("Term limit", "Durée du mandat"),
            "description": (
                "How the council renews itself.",
                "Comment le conseil se renouvelle.",
            ),
            "questions": [
                {
                    "question": (
                        "Have you considered a fixed term for members, so that the council "
                        "renews itself?",
                        "Avez-vous pensé à un mandat de durée fixe, pour que le conseil se "
                        "renouvelle ?",
                    ),
                    "looks_like": [
                        (
                            "The statutes set the length of a term.",
                            "Les statuts fixent la durée du mandat.",
                        ),
                        (
                            "Consecutive terms are limited, and renewals staggered.",
                            "Les mandats successifs sont limités et les renouvellements "
                            "échelonnés.",
                        ),
                    ],
                    "follow_up": (
                        "Set a fixed term and a limit on consecutive terms, staggering renewals "
                        "to keep continuity.",
                        "Fixez une durée de mandat et une limite de mandats successifs, en "
                        "échelonnant les renouvellements pour garder une continuité.",
                    ),
                    "reading": READING,
                },
                {
                    "question": (
                        "Have you considered an open call when seats are renewed?",
                        "Avez-vous pensé à un appel ouvert lors du renouvellement des sièges ?",
                    ),
                    "looks_like": [
                        (
                            "Vacancies are advertised widely.",
                            "Les postes vacants font l'objet d'une large publicité.",
                        ),
                        (
                            "The criteria and the selection panel are public.",
                            "Les critères et le jury de sélection sont publics.",
                        ),
                    ],
                    "follow_up": (
                        "Run the next renewal as an open call with published criteria.",
                        "Organisez le prochain renouvellement par un appel ouvert aux critères "
                        "publiés.",
                    ),
                },
            ],
        },
        {
            "title": ("Resources", "Moyens"),
            "description": (
                "What the council needs to do its work, and its place among other channels.",
                "Ce dont le conseil a besoin pour travailler, et sa place parmi les autres "
                "canaux de participation.",
            ),
            "questions": [
                {
                    "question": (
                        "Have you considered giving the council adequate resources and "
                        "logistical support?",
                        "Avez-vous pensé à donner au conseil des moyens et un appui logistique "
                        "suffisants ?",
                    ),
                    "looks_like": [
                        (
                            "The council has a budget line.",
                            "Le conseil dispose d'une ligne budgétaire.",
                        ),
                        (
                            "A secretariat prepares meetings and follows them up.",
                            "Un secrétariat prépare les réunions et en assure le suivi.",
                        ),
                    ],
                    "follow_up": (
                        "Estimate the council's yearly needs (secretariat, meetings, "
                        "interpreting, communication) and secure a budget line.",
                        "Estimez les besoins annuels du conseil (secrétariat, réunions, "
                        "interprétation, communication) et obtenez une ligne budgétaire.",
                    ),
                    "reading": READING,
                },
                {
                    "question": (
                        "Have you considered the same benefits as the city's other councils?",
                        "Avez-vous pensé à accorder les mêmes avantages qu'aux autres conseils "
                        "de la ville ?",
                    ),
                    "looks_like": [
                        (
                            "Allowances, budget and access to officials match other councils'.",
                            "Indemnités, budget et accès aux responsables sont alignés sur ceux "
                            "des autres conseils.",
                        ),
                    ],
                    "follow_up": (
                        "Compare the council's means with those of other advisory councils and "
                        "close the gap.",
                        "Comparez les moyens du conseil avec ceux des autres conseils "
                        "consultatifs et comblez l'écart.",
                    ),
                },
                {
                    "question": (
                        "Have you considered entrusting the council with grants for projects "
                        "and their follow-up?",
                        "Avez-vous pensé à confier au conseil l'attribution et le suivi de "
                        "subventions à des projets ?",
                    ),
                    "looks_like": [
                        (
                            "The council awards small grants under clear rules.",
                            "Le conseil attribue de petites subventions selon des règles claires.",
                        ),
                        (
                            "It follows the projects and reports on them.",
                            "Il suit les projets et en rend compte.",
                        ),
                    ],
                    "guidance": (
                        "Answer “not applicable” if your city's rules do not allow an advisory "
                        "body to award grants.",
                        "Répondez « sans objet » si les règles de votre ville ne permettent pas "
                        "à un organe consultatif d'attribuer des subventions.",
                    ),
                    "follow_up": (
                        "Check with the legal service whether the council can award and "
                        "supervise small grants, starting with a pilot.",
                        "Vérifiez avec le service juridique si le conseil peut attribuer et "
                        "suivre de petites subventions, en commençant par un projet pilote.",
                    ),
                },
                {
                    "question": (
                        "Have you considered other ways for every resident to take part, "
                        "besides the council?",
                        "Avez-vous pensé à d'autres façons de participer pour tous les "
                        "habitants, en plus du conseil ?",
                    ),
                    "looks_like": [
                        (
                            "Consultations, participatory budgets or neighbourhood forums exist.",
                            "Des consultations, budgets participatifs ou forums de quartier "
                            "existent.",
                        ),
                        (
                            "They are open to all residents, whatever their nationality.",
                            "Ils sont ouverts à tous les habitants, quelle que soit leur "
                            "nationalité.",
                        ),
                    ],
                    "follow_up": (
                        "List the city's participation processes, check that everyone can take "
                        "part, and open those that are closed.",
                        "Recensez les dispositifs de participation de la ville, vérifiez que "
                        "chacun peut y prendre part, et ouvrez ceux qui sont fermés.",
                    ),
                },
            ],
        },
    ],
}
