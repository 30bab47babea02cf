# ruff: noqa: E501 (long answer texts read better on one line)
"""Demo question bank: knowledge of human rights (single choice, one correct answer).

Written for this project; each text is given in English and French. Options are
(English, French, points): 4 points marks the correct answer.
"""

from citizenship_test.components import KIND_CHOICE, KNOWLEDGE

COMPONENT = KNOWLEDGE
KIND = KIND_CHOICE

QUESTIONS = [
    {
        "code": "knowledge-universal-declaration",
        "short": True,
        "prompt": (
            "Which text, adopted in 1948, was the first to list rights that belong to every "
            "human being?",
            "Quel texte, adopté en 1948, a été le premier à énumérer des droits appartenant à "
            "chaque être humain ?",
        ),
        "options": [
            (
                "The Universal Declaration of Human Rights",
                "La Déclaration universelle des droits de l'homme",
                4,
            ),
            ("The Treaty of Rome", "Le traité de Rome", 0),
            ("The Geneva Conventions", "Les conventions de Genève", 0),
        ],
        "explanation": (
            "The United Nations adopted the Universal Declaration in December 1948. It is not a "
            "treaty itself, but most later human rights treaties grew out of it.",
            "Les Nations unies ont adopté la Déclaration universelle en décembre 1948. Ce n'est "
            "pas un traité, mais la plupart des traités ultérieurs en sont issus.",
        ),
        "idea": (
            "Read a few articles of the Declaration with friends or family and pick the one "
            "that matters most in your street.",
            "Lisez quelques articles de la Déclaration en famille ou entre amis et choisissez "
            "celui qui compte le plus dans votre rue.",
        ),
    },
    {
        "code": "knowledge-strasbourg-court",
        "short": False,
        "prompt": (
            "After going through the national courts, where can a person in a Council of Europe "
            "member state complain that their rights under the European Convention on Human "
            "Rights were violated?",
            "Après avoir épuisé les recours nationaux, à qui une personne vivant dans un État "
            "membre du Conseil de l'Europe peut-elle s'adresser si ses droits garantis par la "
            "Convention européenne des droits de l'homme ont été violés ?",
        ),
        "options": [
            (
                "The European Court of Human Rights in Strasbourg",
                "La Cour européenne des droits de l'homme, à Strasbourg",
                4,
            ),
            (
                "The International Criminal Court in The Hague",
                "La Cour pénale internationale, à La Haye",
                0,
            ),
            (
                "Nowhere: national courts have the last word",
                "Nulle part : les tribunaux nationaux ont le dernier mot",
                0,
            ),
        ],
        "explanation": (
            "Anyone under the jurisdiction of a member state, whatever their nationality, can "
            "bring a case to the Strasbourg Court once national remedies are used up.",
            "Toute personne relevant de la juridiction d'un État membre, quelle que soit sa "
            "nationalité, peut saisir la Cour de Strasbourg une fois les recours nationaux épuisés.",
        ),
        "idea": (
            "Find out which local organisations give free legal advice, so you can point "
            "someone to them when needed.",
            "Repérez les associations locales qui donnent des conseils juridiques gratuits, pour "
            "pouvoir y orienter quelqu'un le moment venu.",
        ),
    },
    {
        "code": "knowledge-rights-of-non-citizens",
        "short": True,
        "prompt": (
            "Do human rights protect people who are not citizens of the country where they live?",
            "Les droits de l'homme protègent-ils les personnes qui ne sont pas citoyennes du pays "
            "où elles vivent ?",
        ),
        "options": [
            (
                "Yes, they protect everyone within the country's jurisdiction",
                "Oui, ils protègent toute personne relevant de la juridiction du pays",
                4,
            ),
            (
                "Only people with a residence permit",
                "Seulement les personnes titulaires d'un titre de séjour",
                0,
            ),
            ("No, only citizens", "Non, seulement les citoyens", 0),
        ],
        "explanation": (
            "Human rights come with being human, not with a passport. Some political rights, "
            "such as voting in national elections, may be limited to citizens.",
            "Les droits de l'homme découlent du fait d'être humain, pas du passeport. Certains "
            "droits politiques, comme le vote aux élections nationales, peuvent être réservés aux "
            "citoyens.",
        ),
        "idea": (
            "When you hear that “those people have no rights here”, calmly say that basic rights "
            "apply to everyone.",
            "Quand vous entendez que « ces gens n'ont aucun droit ici », rappelez calmement que "
            "les droits fondamentaux valent pour tous.",
        ),
    },
    {
        "code": "knowledge-housing-discrimination",
        "short": True,
        "prompt": (
            "A landlord refuses to rent a flat to someone because of their skin colour. In "
            "European countries this is…",
            "Un bailleur refuse de louer un appartement à quelqu'un à cause de sa couleur de "
            "peau. Dans les pays européens, c'est…",
        ),
        "options": [
            ("Discrimination, forbidden by law", "Une discrimination, interdite par la loi", 4),
            (
                "Allowed: owners choose their tenants freely",
                "Permis : le propriétaire choisit librement",
                0,
            ),
            ("Allowed if the flat is furnished", "Permis si l'appartement est meublé", 0),
        ],
        "explanation": (
            "Refusing housing because of skin colour, origin or religion is unlawful "
            "discrimination. Equality bodies and some NGOs help victims to prove and report it.",
            "Refuser un logement pour la couleur de peau, l'origine ou la religion est une "
            "discrimination illégale. Les organismes de promotion de l'égalité et certaines ONG "
            "aident les victimes à la prouver et à la signaler.",
        ),
        "idea": (
            "Learn the name of your country's equality body or ombudsperson and how to contact it.",
            "Retenez le nom de l'organisme pour l'égalité ou du médiateur de votre pays, et la "
            "manière de le contacter.",
        ),
    },
    {
        "code": "knowledge-freedom-of-religion",
        "short": False,
        "prompt": (
            "What does freedom of thought, conscience and religion include?",
            "Que comprend la liberté de pensée, de conscience et de religion ?",
        ),
        "options": [
            (
                "Having, changing or having no religion, and practising it within limits that protect others",
                "Avoir une religion, en changer ou n'en avoir aucune, et la pratiquer dans des limites qui protègent autrui",
                4,
            ),
            (
                "Only practising the religion of the majority",
                "Seulement pratiquer la religion de la majorité",
                0,
            ),
            (
                "Practising any religion anywhere, with no limits at all",
                "Pratiquer n'importe quelle religion partout, sans aucune limite",
                0,
            ),
        ],
        "explanation": (
            "The freedom covers believing and not believing. Its practice can be limited only by "
            "law and only as far as needed to protect public safety or other people's rights.",
            "Cette liberté couvre le fait de croire comme de ne pas croire. Sa pratique ne peut "
            "être limitée que par la loi, et seulement dans la mesure nécessaire pour protéger la "
            "sécurité publique ou les droits d'autrui.",
        ),
        "idea": (
            "Visit a place of worship or a humanist association you have never been to during an "
            "open day.",
            "Visitez, lors d'une journée portes ouvertes, un lieu de culte ou une association "
            "humaniste où vous n'êtes jamais allé.",
        ),
    },
    {
        "code": "knowledge-right-to-education",
        "short": False,
        "prompt": (
            "Does a child whose parents have no residence permit have the right to go to school?",
            "Un enfant dont les parents n'ont pas de titre de séjour a-t-il le droit d'aller à "
            "l'école ?",
        ),
        "options": [
            (
                "Yes, every child has the right to education",
                "Oui, tout enfant a droit à l'éducation",
                4,
            ),
            (
                "Only once the parents have a permit",
                "Seulement quand les parents ont un titre de séjour",
                0,
            ),
            ("Only in private schools", "Seulement dans les écoles privées", 0),
        ],
        "explanation": (
            "The right to education belongs to every child. Many cities make sure that schools "
            "enrol children without asking about their parents' papers.",
            "Le droit à l'éducation appartient à chaque enfant. Beaucoup de villes veillent à ce "
            "que les écoles inscrivent les enfants sans demander les papiers des parents.",
        ),
        "idea": (
            "Offer an hour a week to help children with homework at a local association.",
            "Donnez une heure par semaine pour l'aide aux devoirs dans une association du quartier.",
        ),
    },
    {
        "code": "knowledge-freedom-of-expression",
        "short": True,
        "prompt": (
            "Which statement about freedom of expression is right?",
            "Quelle affirmation sur la liberté d'expression est juste ?",
        ),
        "options": [
            (
                "It also protects opinions that shock, but not incitement to hatred or violence",
                "Elle protège aussi les opinions qui choquent, mais pas l'incitation à la haine ou à la violence",
                4,
            ),
            (
                "It protects every statement without exception",
                "Elle protège toute parole sans exception",
                0,
            ),
            (
                "It protects only the opinions most people share",
                "Elle ne protège que les opinions partagées par la majorité",
                0,
            ),
        ],
        "explanation": (
            "Debate needs room for uncomfortable ideas. Speech that incites hatred or violence "
            "against people for who they are is not protected.",
            "Le débat a besoin de place pour les idées dérangeantes. Les propos qui incitent à la "
            "haine ou à la violence contre des personnes pour ce qu'elles sont ne sont pas protégés.",
        ),
        "idea": (
            "Report hateful posts to the platform, and answer with facts when you feel safe to.",
            "Signalez les messages haineux à la plateforme, et répondez par des faits quand vous "
            "vous sentez en sécurité pour le faire.",
        ),
    },
    {
        "code": "knowledge-eu-citizens-local-vote",
        "short": False,
        "prompt": (
            "A citizen of one European Union country lives in a city of another EU country. In "
            "local elections there, they…",
            "Un citoyen d'un pays de l'Union européenne vit dans une ville d'un autre pays de "
            "l'UE. Aux élections municipales, il…",
        ),
        "options": [
            ("may vote and stand as a candidate", "peut voter et se présenter", 4),
            ("may never vote", "ne peut jamais voter", 0),
            ("must first take the nationality", "doit d'abord prendre la nationalité", 0),
        ],
        "explanation": (
            "EU citizens may vote and stand in municipal elections where they live. Several "
            "countries also open local elections to other foreign residents after some years.",
            "Les citoyens de l'UE peuvent voter et être candidats aux municipales là où ils "
            "vivent. Plusieurs pays ouvrent aussi le vote local aux autres résidents étrangers "
            "après quelques années.",
        ),
        "idea": (
            "Check who can vote in your city's next local election and tell a neighbour who "
            "might not know.",
            "Vérifiez qui peut voter aux prochaines municipales et dites-le à un voisin qui "
            "l'ignore peut-être.",
        ),
    },
    {
        "code": "knowledge-equal-pay",
        "short": False,
        "prompt": (
            "An employer pays a worker less than her colleagues for the same job because of her "
            "nationality. This is…",
            "Un employeur paie une salariée moins que ses collègues pour le même travail à cause "
            "de sa nationalité. C'est…",
        ),
        "options": [
            (
                "Discrimination at work, which she can challenge",
                "Une discrimination au travail, qu'elle peut contester",
                4,
            ),
            ("Legal if she signed the contract", "Légal si elle a signé le contrat", 0),
            ("Legal during her first year", "Légal pendant sa première année", 0),
        ],
        "explanation": (
            "Equal treatment at work applies to pay. Trade unions, labour inspectors and equality "
            "bodies can help a worker who is paid less for who she is.",
            "L'égalité de traitement au travail s'applique au salaire. Les syndicats, l'inspection "
            "du travail et les organismes pour l'égalité peuvent aider une salariée moins payée "
            "pour ce qu'elle est.",
        ),
        "idea": (
            "If you are a member of a union or a staff committee, ask whether it checks pay gaps.",
            "Si vous êtes membre d'un syndicat ou d'un comité du personnel, demandez s'il "
            "vérifie les écarts de salaire.",
        ),
    },
    {
        "code": "knowledge-reporting-discrimination",
        "short": False,
        "prompt": (
            "Besides the police, where can someone usually report discrimination?",
            "En dehors de la police, où peut-on généralement signaler une discrimination ?",
        ),
        "options": [
            (
                "To an equality body or an ombudsperson",
                "À un organisme pour l'égalité ou à un médiateur",
                4,
            ),
            (
                "Only to the embassy of their country of origin",
                "Seulement à l'ambassade de son pays d'origine",
                0,
            ),
            (
                "Nowhere: it has to be settled privately",
                "Nulle part : il faut régler cela entre soi",
                0,
            ),
        ],
        "explanation": (
            "Most European countries have an independent body that receives complaints, gives "
            "advice and sometimes goes to court. Many cities have a local contact point too.",
            "La plupart des pays européens ont un organisme indépendant qui reçoit les plaintes, "
            "conseille et parfois saisit la justice. Beaucoup de villes ont aussi un point de "
            "contact local.",
        ),
        "idea": (
            "Save the contact of your city's anti-discrimination service in your phone.",
            "Enregistrez le contact du service anti-discrimination de votre ville dans votre "
            "téléphone.",
        ),
    },
]
