"""The project and practice evaluation checklist, in English and French, in our own words.

Built on the three intercultural principles (real equality, diversity advantage, meaningful
interaction), five indicators each. Every text is a pair (English, French).
"""

from checklists.demo.council import READING


def question(text, looks_like, follow_up, guidance=None, reading=None):
    """One question's pairs, in the shape `demo.build` reads."""
    entry = {"question": text, "looks_like": looks_like, "follow_up": follow_up}
    if guidance:
        entry["guidance"] = guidance
    if reading:
        entry["reading"] = reading
    return entry


EQUALITY = ("Real equality", "Égalité réelle")
DIVERSITY = ("Diversity advantage", "Avantage de la diversité")
INTERACTION = ("Meaningful interaction", "Interaction positive")


def indicator(theme, title, questions):
    return {"theme": theme, "title": title, "questions": questions}


SECTIONS = [
    indicator(
        EQUALITY,
        ("Access", "Accès"),
        [
            question(
                (
                    "Have you considered whether everyone the project is for can actually reach "
                    "it: information, place, times, cost and language?",
                    "Avez-vous vérifié que toutes les personnes visées peuvent réellement accéder "
                    "au projet : information, lieu, horaires, coût et langue ?",
                ),
                [
                    (
                        "Information reaches people where they are, in their languages.",
                        "L'information touche les gens là où ils sont, dans leurs langues.",
                    ),
                    (
                        "Times, places and costs suit the people the project is for.",
                        "Horaires, lieux et coûts conviennent aux personnes visées.",
                    ),
                ],
                (
                    "Ask people who did not come what kept them away, and remove the first "
                    "barrier they name.",
                    "Demandez aux personnes qui ne sont pas venues ce qui les en a empêchées, et "
                    "levez le premier obstacle qu'elles citent.",
                ),
                guidance=(
                    "For a planned project, read “is it in the plan?”; for a running one, “does "
                    "it happen?”; for a finished one, “did it happen?”.",
                    "Pour un projet prévu, lisez « est-ce prévu ? » ; en cours, « est-ce le "
                    "cas ? » ; terminé, « cela a-t-il été le cas ? ».",
                ),
                reading=READING,
            ),
            question(
                (
                    "Have you considered the needs of people who face several barriers at once?",
                    "Avez-vous pensé aux personnes qui cumulent plusieurs obstacles ?",
                ),
                [
                    (
                        "Childcare, accessibility or interpreting are offered where needed.",
                        "Garde d'enfants, accessibilité ou interprétation "
                        "sont proposées au besoin.",
                    ),
                    (
                        "Women, older people and people with disabilities are reached too.",
                        "Les femmes, les aînés et les personnes handicapées sont aussi touchés.",
                    ),
                ],
                (
                    "Identify who faces several barriers and plan one concrete measure for them.",
                    "Identifiez qui cumule les obstacles et prévoyez une mesure concrète pour eux.",
                ),
            ),
        ],
    ),
    indicator(
        EQUALITY,
        ("Non-discrimination", "Non-discrimination"),
        [
            question(
                (
                    "Have you considered how the project prevents discrimination in who takes "
                    "part and how they are treated?",
                    "Avez-vous pensé à la façon dont le projet prévient la discrimination dans "
                    "la participation et le traitement des personnes ?",
                ),
                [
                    (
                        "Selection rules are checked for indirect discrimination.",
                        "Les règles de sélection sont vérifiées contre la "
                        "discrimination indirecte.",
                    ),
                    (
                        "Staff know what to do when discrimination happens.",
                        "L'équipe sait quoi faire en cas de discrimination.",
                    ),
                ],
                (
                    "Review the project's rules and forms for indirect discrimination with a "
                    "local anti-discrimination service.",
                    "Examinez les règles et formulaires du projet avec un service local de lutte "
                    "contre les discriminations.",
                ),
            ),
            question(
                (
                    "Have you considered a way for participants to report unfair treatment?",
                    "Avez-vous prévu un moyen pour les participants de signaler un traitement "
                    "injuste ?",
                ),
                [
                    (
                        "A simple, known way to complain exists.",
                        "Il existe un moyen simple et connu de se plaindre.",
                    ),
                    (
                        "Complaints get an answer and lead to changes.",
                        "Les plaintes reçoivent une réponse et entraînent des changements.",
                    ),
                ],
                (
                    "Set up a simple complaint channel and say publicly how complaints are "
                    "handled.",
                    "Mettez en place un canal de plainte simple et dites publiquement comment "
                    "les plaintes sont traitées.",
                ),
            ),
        ],
    ),
    indicator(
        EQUALITY,
        ("Say in decisions", "Pouvoir de décision"),
        [
            question(
                (
                    "Have you considered involving people of diverse backgrounds in designing "
                    "the project?",
                    "Avez-vous pensé à associer des personnes d'horizons divers à la "
                    "conception du projet ?",
                ),
                [
                    (
                        "Future participants helped define the aims and activities.",
                        "Les futurs participants ont aidé à définir les "
                        "objectifs et les activités.",
                    ),
                    (
                        "Their proposals visibly changed the project.",
                        "Leurs propositions ont visiblement modifié le projet.",
                    ),
                ],
                (
                    "Hold a co-design session with future participants before the next phase.",
                    "Organisez une séance de co-conception avec les futurs participants avant "
                    "la prochaine phase.",
                ),
            ),
            question(
                (
                    "Have you considered sharing decisions while the project runs?",
                    "Avez-vous pensé à partager les décisions pendant le projet ?",
                ),
                [
                    (
                        "Participants sit on the steering group.",
                        "Des participants siègent au comité de pilotage.",
                    ),
                    (
                        "Decisions and their reasons are shared with everyone.",
                        "Les décisions et leurs raisons sont communiquées à tous.",
                    ),
                ],
                (
                    "Open the steering group to participants and report its decisions to all.",
                    "Ouvrez le comité de pilotage aux participants et communiquez ses décisions "
                    "à tous.",
                ),
            ),
        ],
    ),
    indicator(
        EQUALITY,
        ("Team and partners", "Équipe et partenaires"),
        [
            question(
                (
                    "Have you considered whether the team reflects the diversity of the people "
                    "it works with?",
                    "Avez-vous regardé si l'équipe reflète la diversité des personnes avec "
                    "lesquelles elle travaille ?",
                ),
                [
                    (
                        "Staff and volunteers come from varied backgrounds.",
                        "Salariés et bénévoles viennent d'horizons variés.",
                    ),
                    (
                        "Recruitment is advertised beyond the usual networks.",
                        "Les recrutements sont diffusés au-delà des réseaux habituels.",
                    ),
                ],
                (
                    "Advertise the next positions through community organisations and check "
                    "the criteria for hidden barriers.",
                    "Diffusez les prochains postes par les associations de quartier et vérifiez "
                    "les critères à la recherche d'obstacles cachés.",
                ),
            ),
            question(
                (
                    "Have you considered intercultural competence training for the team and "
                    "partners?",
                    "Avez-vous pensé à former l'équipe et les partenaires à la compétence "
                    "interculturelle ?",
                ),
                [
                    (
                        "The team has been trained or coached.",
                        "L'équipe a été formée ou accompagnée.",
                    ),
                    (
                        "Partners share the project's intercultural approach.",
                        "Les partenaires partagent l'approche interculturelle du projet.",
                    ),
                ],
                (
                    "Plan a short training for the team and partners, and a moment to share "
                    "what they learn.",
                    "Prévoyez une courte formation pour l'équipe et les partenaires, et un "
                    "temps de partage de ce qu'ils apprennent.",
                ),
            ),
        ],
    ),
    indicator(
        EQUALITY,
        ("Fair share of the benefits", "Partage équitable des bénéfices"),
        [
            question(
                (
                    "Have you considered who benefits from the project and who might lose out?",
                    "Avez-vous regardé qui profite du projet et qui pourrait y perdre ?",
                ),
                [
                    (
                        "Benefits are tracked by group, not only in total.",
                        "Les bénéfices sont suivis par groupe, pas seulement au total.",
                    ),
                    (
                        "Unintended effects (such as displacement) are watched.",
                        "Les effets non voulus (comme les déplacements) sont surveillés.",
                    ),
                ],
                (
                    "Break down the project's results by group and correct any gap you find.",
                    "Ventilez les résultats du projet par groupe et corrigez les écarts constatés.",
                ),
            ),
            question(
                (
                    "Have you considered collecting data on equality in ways people accept?",
                    "Avez-vous pensé à recueillir des données sur l'égalité d'une façon que les "
                    "personnes acceptent ?",
                ),
                [
                    (
                        "Data are voluntary, anonymous and explained.",
                        "Les données sont volontaires, anonymes et expliquées.",
                    ),
                    (
                        "Findings are shared with participants.",
                        "Les résultats sont partagés avec les participants.",
                    ),
                ],
                (
                    "Agree with participants which anonymous data to collect and how to share "
                    "the findings.",
                    "Convenez avec les participants des données anonymes à recueillir et de la "
                    "façon d'en partager les résultats.",
                ),
            ),
        ],
    ),
    indicator(
        DIVERSITY,
        ("Diversity in the aims", "La diversité dans les objectifs"),
        [
            question(
                (
                    "Have you considered stating how diversity makes the project better, not "
                    "only who it helps?",
                    "Avez-vous pensé à dire en quoi la diversité améliore le projet, et pas "
                    "seulement qui il aide ?",
                ),
                [
                    (
                        "The aims name what diverse people bring.",
                        "Les objectifs nomment ce qu'apportent des personnes diverses.",
                    ),
                    (
                        "People are not described only by their needs.",
                        "Les personnes ne sont pas décrites seulement par leurs besoins.",
                    ),
                ],
                (
                    "Rewrite the project's aims to name what diverse participants bring.",
                    "Réécrivez les objectifs du projet pour nommer ce qu'apportent des "
                    "participants divers.",
                ),
                reading=READING,
            ),
            question(
                (
                    "Have you considered addressing the whole community, not one group apart?",
                    "Avez-vous pensé à vous adresser à toute la population, et non à un "
                    "groupe à part ?",
                ),
                [
                    (
                        "The project is open to long-standing residents and newcomers alike.",
                        "Le projet est ouvert aux habitants de longue date comme aux nouveaux "
                        "arrivants.",
                    ),
                    (
                        "Targeted actions lead towards shared ones.",
                        "Les actions ciblées mènent vers des actions communes.",
                    ),
                ],
                (
                    "Plan a step where targeted activities open up to everyone.",
                    "Prévoyez une étape où les activités ciblées s'ouvrent à tous.",
                ),
            ),
        ],
    ),
    indicator(
        DIVERSITY,
        ("Skills and talents", "Compétences et talents"),
        [
            question(
                (
                    "Have you considered using the languages, skills and experience of "
                    "participants?",
                    "Avez-vous pensé à mobiliser les langues, les compétences et l'expérience "
                    "des participants ?",
                ),
                [
                    (
                        "Participants lead activities, not only attend them.",
                        "Les participants animent des activités, pas seulement y assistent.",
                    ),
                    (
                        "Skills gained abroad are recognised.",
                        "Les compétences acquises à l'étranger sont reconnues.",
                    ),
                ],
                (
                    "Map participants' skills and give each a role that uses them.",
                    "Recensez les compétences des participants et confiez à chacun un rôle qui "
                    "les mobilise.",
                ),
            ),
            question(
                (
                    "Have you considered recognising participants' contribution?",
                    "Avez-vous pensé à reconnaître la contribution des participants ?",
                ),
                [
                    (
                        "Contributions are credited publicly or certified.",
                        "Les contributions sont citées publiquement ou attestées.",
                    ),
                    (
                        "Experts by experience are paid like other experts.",
                        "Les experts d'expérience sont rémunérés comme les autres experts.",
                    ),
                ],
                (
                    "Decide how contributions will be credited, certified or paid.",
                    "Décidez comment les contributions seront citées, attestées ou rémunérées.",
                ),
            ),
        ],
    ),
    indicator(
        DIVERSITY,
        ("New ideas", "Idées nouvelles"),
        [
            question(
                (
                    "Have you considered mixing perspectives to find new solutions?",
                    "Avez-vous pensé à croiser les regards pour trouver des solutions nouvelles ?",
                ),
                [
                    (
                        "Diverse groups work together on the project's questions.",
                        "Des groupes divers travaillent ensemble sur les questions du projet.",
                    ),
                    (
                        "At least one idea came from this mix.",
                        "Au moins une idée est née de ce croisement.",
                    ),
                ],
                (
                    "Organise a workshop where a diverse group tackles one of the project's "
                    "open questions.",
                    "Organisez un atelier où un groupe divers traite une question ouverte du "
                    "projet.",
                ),
            ),
            question(
                (
                    "Have you considered trying, learning and adapting as the project goes?",
                    "Avez-vous pensé à expérimenter, apprendre et ajuster en cours de route ?",
                ),
                [
                    ("The project allows small trials.", "Le projet permet de petits essais."),
                    ("Lessons lead to changes.", "Les enseignements conduisent à des changements."),
                ],
                (
                    "Plan review points where the team and participants adapt the project.",
                    "Prévoyez des points d'étape où l'équipe et les participants ajustent le "
                    "projet.",
                ),
            ),
        ],
    ),
    indicator(
        DIVERSITY,
        ("Value for the whole city", "Valeur pour toute la ville"),
        [
            question(
                (
                    "Have you considered the benefits for the whole city: economy, culture, "
                    "services?",
                    "Avez-vous pensé aux bénéfices pour toute la ville : économie, culture, "
                    "services ?",
                ),
                [
                    (
                        "The project names benefits beyond its participants.",
                        "Le projet nomme des bénéfices au-delà de ses participants.",
                    ),
                    ("Those benefits are measured.", "Ces bénéfices sont mesurés."),
                ],
                (
                    "Choose one benefit for the wider city and a way to measure it.",
                    "Choisissez un bénéfice pour l'ensemble de la ville et une façon de le "
                    "mesurer.",
                ),
            ),
            question(
                (
                    "Have you considered working with businesses and services that gain from "
                    "diversity?",
                    "Avez-vous pensé à travailler avec des entreprises et services qui gagnent "
                    "à la diversité ?",
                ),
                [
                    (
                        "At least one business or public service is a partner.",
                        "Au moins une entreprise ou un service public est partenaire.",
                    ),
                    (
                        "Partners commit resources, not only their name.",
                        "Les partenaires engagent des moyens, pas seulement leur nom.",
                    ),
                ],
                (
                    "Invite a business or public service to contribute to the next phase.",
                    "Invitez une entreprise ou un service public à contribuer à la prochaine "
                    "phase.",
                ),
            ),
        ],
    ),
    indicator(
        DIVERSITY,
        ("The story told", "Le récit"),
        [
            question(
                (
                    "Have you considered communicating diversity as an advantage, without "
                    "stereotypes?",
                    "Avez-vous pensé à présenter la diversité comme un atout, sans stéréotypes ?",
                ),
                [
                    (
                        "Images and words show people as active, not as problems.",
                        "Images et mots montrent les personnes actives, non comme des problèmes.",
                    ),
                    (
                        "Participants check how they are shown.",
                        "Les participants vérifient la façon dont ils sont présentés.",
                    ),
                ],
                (
                    "Review the project's communication with participants before the next "
                    "publication.",
                    "Relisez la communication du projet avec les participants avant la "
                    "prochaine publication.",
                ),
                reading=READING,
            ),
            question(
                (
                    "Have you considered answering rumours and prejudice the project meets?",
                    "Avez-vous pensé à répondre aux rumeurs et préjugés que rencontre le projet ?",
                ),
                [
                    (
                        "Common rumours are known and answered with facts and stories.",
                        "Les rumeurs courantes sont connues et contredites par des faits et des "
                        "récits.",
                    ),
                    (
                        "The team knows the city's anti-rumour network.",
                        "L'équipe connaît le réseau anti-rumeurs de la ville.",
                    ),
                ],
                (
                    "List the rumours the project hears and prepare answers with the "
                    "anti-rumour network.",
                    "Listez les rumeurs entendues et préparez des réponses avec le réseau "
                    "anti-rumeurs.",
                ),
            ),
        ],
    ),
    indicator(
        INTERACTION,
        ("Mixing", "Mixité"),
        [
            question(
                (
                    "Have you considered bringing people of different backgrounds together, "
                    "rather than running separate activities?",
                    "Avez-vous pensé à réunir des personnes d'horizons différents, plutôt "
                    "qu'à mener des activités séparées ?",
                ),
                [
                    (
                        "Groups are mixed by origin, age and social background.",
                        "Les groupes sont mixtes par origine, âge et milieu social.",
                    ),
                    (
                        "People meet others they would not otherwise meet.",
                        "Les personnes en rencontrent d'autres qu'elles ne croiseraient pas.",
                    ),
                ],
                (
                    "Redesign one activity so that it brings different groups together.",
                    "Repensez une activité pour qu'elle réunisse des groupes différents.",
                ),
                reading=READING,
            ),
            question(
                (
                    "Have you considered how people who would not come alone are invited?",
                    "Avez-vous pensé à la façon d'inviter les personnes qui ne viendraient pas "
                    "seules ?",
                ),
                [
                    (
                        "Trusted people invite others personally.",
                        "Des personnes de confiance invitent les autres personnellement.",
                    ),
                    (
                        "First steps are small and welcoming.",
                        "Les premiers pas sont modestes et accueillants.",
                    ),
                ],
                (
                    "Recruit a few bridge-builders who personally invite people from their "
                    "circles.",
                    "Recrutez quelques passeurs qui invitent personnellement des personnes de "
                    "leur entourage.",
                ),
            ),
        ],
    ),
    indicator(
        INTERACTION,
        ("Shared spaces", "Espaces partagés"),
        [
            question(
                (
                    "Have you considered places that invite encounter and feel open to all?",
                    "Avez-vous pensé à des lieux qui invitent à la rencontre et semblent "
                    "ouverts à tous ?",
                ),
                [
                    (
                        "Activities take place in neutral, easy-to-reach places.",
                        "Les activités ont lieu dans des lieux neutres et faciles d'accès.",
                    ),
                    (
                        "People of every group say they feel welcome there.",
                        "Des personnes de tous les groupes disent s'y sentir bienvenues.",
                    ),
                ],
                (
                    "Ask participants which places feel open to all and move an activity there.",
                    "Demandez aux participants quels lieux leur semblent ouverts à tous et "
                    "déplacez-y une activité.",
                ),
            ),
            question(
                (
                    "Have you considered public space as a place for the project?",
                    "Avez-vous pensé à l'espace public comme lieu du projet ?",
                ),
                [
                    (
                        "Some activities happen outdoors or in public buildings.",
                        "Certaines activités ont lieu dehors ou dans des bâtiments publics.",
                    ),
                    ("Passers-by can join in.", "Les passants peuvent s'y joindre."),
                ],
                (
                    "Plan one activity in a square, park, library or market.",
                    "Prévoyez une activité sur une place, dans un parc, une bibliothèque ou un "
                    "marché.",
                ),
            ),
        ],
    ),
    indicator(
        INTERACTION,
        ("Working together", "Agir ensemble"),
        [
            question(
                (
                    "Have you considered a common goal people work on together?",
                    "Avez-vous pensé à un objectif commun sur lequel les personnes "
                    "travaillent ensemble ?",
                ),
                [
                    (
                        "Mixed groups share a task they care about.",
                        "Des groupes mixtes partagent une tâche qui leur tient à cœur.",
                    ),
                    ("Everyone has a role of equal standing.", "Chacun a un rôle de même valeur."),
                ],
                (
                    "Give mixed groups a shared task with equal roles.",
                    "Confiez à des groupes mixtes une tâche commune avec des rôles égaux.",
                ),
            ),
            question(
                (
                    "Have you considered meeting more than once, so that trust can grow?",
                    "Avez-vous pensé à des rencontres répétées, pour que la confiance s'installe ?",
                ),
                [
                    (
                        "The same people meet regularly.",
                        "Les mêmes personnes se retrouvent régulièrement.",
                    ),
                    ("Not only one-off events.", "Pas seulement des événements ponctuels."),
                ],
                (
                    "Turn a one-off event into a series with the same participants.",
                    "Transformez un événement ponctuel en une série avec les mêmes participants.",
                ),
            ),
        ],
    ),
    indicator(
        INTERACTION,
        ("Dialogue and tensions", "Dialogue et tensions"),
        [
            question(
                (
                    "Have you considered how the project handles disagreement and tension?",
                    "Avez-vous pensé à la façon dont le projet gère les désaccords et les "
                    "tensions ?",
                ),
                [
                    (
                        "Someone trained in mediation is available.",
                        "Une personne formée à la médiation est disponible.",
                    ),
                    (
                        "Difficult subjects can be discussed safely.",
                        "Les sujets difficiles peuvent être abordés en sécurité.",
                    ),
                ],
                (
                    "Agree ground rules for dialogue and identify a mediator.",
                    "Convenez de règles de dialogue et désignez un médiateur.",
                ),
            ),
            question(
                (
                    "Have you considered dialogue methods that give everyone a voice?",
                    "Avez-vous pensé à des méthodes de dialogue qui donnent la parole à chacun ?",
                ),
                [
                    (
                        "Facilitators make sure quieter people speak.",
                        "Les animateurs veillent à ce que les plus discrets s'expriment.",
                    ),
                    ("Language support is available.", "Un soutien linguistique est disponible."),
                ],
                (
                    "Try a facilitated dialogue format, such as a day of dialogue, in the next "
                    "phase.",
                    "Essayez un format de dialogue animé, comme une journée du dialogue, lors "
                    "de la prochaine phase.",
                ),
            ),
        ],
    ),
    indicator(
        INTERACTION,
        ("Lasting relationships", "Relations durables"),
        [
            question(
                (
                    "Have you considered what remains of the relationships after the project?",
                    "Avez-vous pensé à ce qui reste des relations après le projet ?",
                ),
                [
                    (
                        "Participants keep in touch or continue together.",
                        "Les participants restent en contact ou continuent ensemble.",
                    ),
                    (
                        "A group or place carries on the activity.",
                        "Un groupe ou un lieu poursuit l'activité.",
                    ),
                ],
                (
                    "Plan the hand-over: who carries on, with what support.",
                    "Préparez la suite : qui poursuit, avec quel soutien.",
                ),
            ),
            question(
                (
                    "Have you considered measuring whether people's views of each other changed?",
                    "Avez-vous pensé à mesurer si le regard des personnes les unes sur les "
                    "autres a changé ?",
                ),
                [
                    (
                        "A short before-and-after question is asked.",
                        "Une courte question avant-après est posée.",
                    ),
                    ("Results are shared and used.", "Les résultats sont partagés et utilisés."),
                ],
                (
                    "Add a short before-and-after question on trust and contact to the evaluation.",
                    "Ajoutez à l'évaluation une courte question avant-après sur la confiance "
                    "et les contacts.",
                ),
            ),
        ],
    ),
]

PROJECT = {
    "slug": "project-evaluation-checklist",
    "kind": "project",
    "minutes": 15,
    "title": ("Project evaluation checklist", "Grille d'évaluation de projets"),
    "intro": (
        "Check a planned, running or finished project or practice against the three "
        "intercultural principles: real equality, diversity advantage and meaningful "
        "interaction. Answer for the stage your project is at.",
        "Évaluez un projet ou une pratique, prévu, en cours ou terminé, au regard des trois "
        "principes interculturels : égalité réelle, avantage de la diversité et interaction "
        "positive. Répondez selon l'étape où en est votre projet.",
    ),
    "sections": SECTIONS,
}
