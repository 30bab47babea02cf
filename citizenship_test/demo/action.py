# ruff: noqa: E501 (long answer texts read better on one line)
"""Demo question bank: willingness to act (scenarios with graded options).

Written for this project, in English and French. Options are (English, French, points), from
0 (stays out of it) to 4 (acts, and brings others along).
"""

from citizenship_test.components import ACTION, KIND_SCENARIO

COMPONENT = ACTION
KIND = KIND_SCENARIO

QUESTIONS = [
    {
        "code": "action-insult-on-the-bus",
        "short": True,
        "prompt": (
            "On the bus, a passenger insults a woman because of her headscarf. What do you do?",
            "Dans le bus, un passager insulte une femme à cause de son foulard. Que faites-vous ?",
        ),
        "options": [
            (
                "I look away: it is not my business",
                "Je regarde ailleurs : ce n'est pas mon affaire",
                0,
            ),
            (
                "I say nothing, but I talk about it with friends later",
                "Je ne dis rien, mais j'en parle plus tard à des amis",
                1,
            ),
            (
                "I go and stand next to her and ask if she is all right",
                "Je vais me placer à côté d'elle et lui demande si ça va",
                3,
            ),
            (
                "I calmly speak up, ask other passengers to support her and offer to be a witness",
                "Je prends calmement la parole, demande aux autres passagers de la soutenir et propose de témoigner",
                4,
            ),
        ],
        "explanation": (
            "Bystanders who show support, even quietly, reduce the harm to the victim. Speaking up with others is safer than alone.",
            "Les témoins qui montrent leur soutien, même discrètement, réduisent le tort fait à la victime. Intervenir à plusieurs est plus sûr que seul.",
        ),
        "idea": (
            "Take a short bystander training: many cities and associations offer one for free.",
            "Suivez une courte formation de témoin actif : beaucoup de villes et d'associations en proposent gratuitement.",
        ),
    },
    {
        "code": "action-rumour-in-a-group-chat",
        "short": True,
        "prompt": (
            "In a group chat, someone shares a message saying that newcomers get free flats before everyone else. What do you do?",
            "Dans une discussion de groupe, quelqu'un partage un message affirmant que les nouveaux venus reçoivent des logements gratuits avant tout le monde. Que faites-vous ?",
        ),
        "options": [
            ("I forward it: people should know", "Je le transfère : les gens doivent savoir", 0),
            ("I ignore it", "Je l'ignore", 1),
            (
                "I reply privately to the sender to ask where it comes from",
                "Je réponds en privé à l'expéditeur pour demander d'où ça vient",
                2,
            ),
            (
                "I ask for the source in the group and share the facts from the city's housing service",
                "Je demande la source dans le groupe et partage les faits donnés par le service du logement de la ville",
                4,
            ),
        ],
        "explanation": (
            "Rumours spread because nobody questions them. A calm question and a reliable source, shared in the same place, slow them down.",
            "Les rumeurs se propagent parce que personne ne les questionne. Une question posée calmement et une source fiable, partagées au même endroit, les freinent.",
        ),
        "idea": (
            "Join your city's anti-rumours network to learn how to answer rumours without arguing.",
            "Rejoignez le réseau anti-rumeurs de votre ville pour apprendre à répondre aux rumeurs sans polémiquer.",
        ),
    },
    {
        "code": "action-neighbourhood-meeting",
        "short": True,
        "prompt": (
            "Your neighbourhood association meets about a new playground. Only long-time residents usually come. What do you do?",
            "Votre association de quartier se réunit au sujet d'une nouvelle aire de jeux. Seuls les habitants de longue date viennent d'habitude. Que faites-vous ?",
        ),
        "options": [
            ("I do not go", "Je n'y vais pas", 0),
            (
                "I complain that the meeting is not representative, but do not go",
                "Je me plains que la réunion ne soit pas représentative, sans y aller",
                1,
            ),
            ("I go and give my opinion", "J'y vais et je donne mon avis", 2),
            (
                "I go and bring along a family who arrived recently",
                "J'y vais avec une famille arrivée récemment",
                4,
            ),
        ],
        "explanation": (
            "Newcomers often do not know these meetings exist or feel they are not for them. A personal invitation makes the difference.",
            "Les nouveaux venus ignorent souvent l'existence de ces réunions ou pensent qu'elles ne sont pas pour eux. Une invitation personnelle fait la différence.",
        ),
        "idea": (
            "Invite one neighbour you do not know well to the next local meeting.",
            "Invitez un voisin que vous connaissez peu à la prochaine réunion de quartier.",
        ),
    },
    {
        "code": "action-consultation-in-one-language",
        "short": True,
        "prompt": (
            "The city runs a consultation on a new park, online and only in the main language. What do you do?",
            "La ville lance une consultation sur un nouveau parc, en ligne et seulement dans la langue principale. Que faites-vous ?",
        ),
        "options": [
            ("Nothing", "Rien", 0),
            ("I answer it myself", "J'y réponds moi-même", 1),
            (
                "I help a neighbour who reads the language less well to answer",
                "J'aide un voisin qui lit moins bien la langue à y répondre",
                3,
            ),
            (
                "I answer, and suggest to the city that it translates the consultation and holds a meeting in the neighbourhood",
                "J'y réponds et je suggère à la ville de traduire la consultation et d'organiser une réunion dans le quartier",
                4,
            ),
        ],
        "explanation": (
            "Participation channels can exclude people without meaning to. Residents who point this out help the city reach everyone.",
            "Les canaux de participation peuvent exclure sans le vouloir. Les habitants qui le signalent aident la ville à toucher tout le monde.",
        ),
        "idea": (
            "Tell your city which languages are spoken in your area, so that its information reaches them.",
            "Indiquez à votre ville quelles langues sont parlées dans votre quartier, pour que ses informations y parviennent.",
        ),
    },
    {
        "code": "action-worst-shifts-at-work",
        "short": False,
        "prompt": (
            "At work, a colleague of foreign origin is always given the worst shifts. What do you do?",
            "Au travail, un collègue d'origine étrangère reçoit toujours les pires horaires. Que faites-vous ?",
        ),
        "options": [
            ("Nothing: the manager decides", "Rien : c'est le responsable qui décide", 0),
            (
                "I tell my colleague privately that I find it unfair",
                "Je dis en privé à mon collègue que je trouve ça injuste",
                1,
            ),
            (
                "I raise it with the manager myself, without asking my colleague",
                "J'en parle moi-même au responsable, sans demander à mon collègue",
                2,
            ),
            (
                "I ask my colleague what they want, and support them in raising it with the manager or a staff representative",
                "Je demande à mon collègue ce qu'il souhaite, et je l'aide à en parler au responsable ou à un représentant du personnel",
                4,
            ),
        ],
        "explanation": (
            "Support works best when the person concerned stays in charge of what happens. Acting for them without asking can backfire.",
            "Le soutien fonctionne mieux quand la personne concernée garde la main sur la suite. Agir à sa place sans lui demander peut se retourner contre elle.",
        ),
        "idea": (
            "Learn who the staff representatives or the equality contact are in your workplace.",
            "Renseignez-vous sur les représentants du personnel ou le référent égalité de votre lieu de travail.",
        ),
    },
    {
        "code": "action-new-family-in-the-building",
        "short": True,
        "prompt": (
            "A refugee family moves into your building. What do you do?",
            "Une famille réfugiée emménage dans votre immeuble. Que faites-vous ?",
        ),
        "options": [
            ("Nothing in particular", "Rien de particulier", 0),
            ("I say hello when I meet them", "Je les salue quand je les croise", 1),
            (
                "I introduce myself and offer help with practical things",
                "Je me présente et propose mon aide pour les choses pratiques",
                3,
            ),
            (
                "I invite them to a building or street activity and ask other neighbours to join in",
                "Je les invite à une activité de l'immeuble ou de la rue et propose à d'autres voisins de se joindre à nous",
                4,
            ),
        ],
        "explanation": (
            "The first weeks in a new place decide a lot. Neighbours who make contact help newcomers feel they belong, and build a network around them.",
            "Les premières semaines dans un nouveau lieu comptent beaucoup. Des voisins qui prennent contact aident les nouveaux venus à se sentir chez eux et tissent un réseau autour d'eux.",
        ),
        "idea": (
            "Organise a simple welcome: a note in the entrance hall in several languages, or a coffee in the courtyard.",
            "Organisez un accueil simple : un mot dans le hall en plusieurs langues, ou un café dans la cour.",
        ),
    },
    {
        "code": "action-language-cafe-volunteers",
        "short": False,
        "prompt": (
            "Your local school looks for volunteers for a language café for parents. What do you do?",
            "L'école du quartier cherche des bénévoles pour un café des langues destiné aux parents. Que faites-vous ?",
        ),
        "options": [
            ("It is not for me", "Ce n'est pas pour moi", 0),
            (
                "I do not have time, but I tell others about it",
                "Je n'ai pas le temps, mais j'en parle autour de moi",
                1,
            ),
            ("I volunteer for one session", "Je me porte volontaire pour une séance", 3),
            (
                "I volunteer and convince other parents to come",
                "Je me porte volontaire et convaincs d'autres parents de venir",
                4,
            ),
        ],
        "explanation": (
            "Language cafés help parents follow their children's schooling and meet each other. Volunteers need no teaching diploma, only patience.",
            "Les cafés des langues aident les parents à suivre la scolarité de leurs enfants et à se rencontrer. Les bénévoles n'ont pas besoin de diplôme, seulement de patience.",
        ),
        "idea": (
            "Offer one hour a month to a language café or a conversation group.",
            "Offrez une heure par mois à un café des langues ou à un groupe de conversation.",
        ),
    },
    {
        "code": "action-voting-rights-information",
        "short": False,
        "prompt": (
            "Local elections are coming. Many foreign residents in your area do not know they may be able to vote. What do you do?",
            "Les élections municipales approchent. Beaucoup de résidents étrangers de votre quartier ignorent qu'ils peuvent peut-être voter. Que faites-vous ?",
        ),
        "options": [
            ("Nothing", "Rien", 0),
            ("I check my own registration", "Je vérifie ma propre inscription", 1),
            (
                "I tell the neighbours I know how to check if they can register",
                "J'explique aux voisins que je connais comment vérifier s'ils peuvent s'inscrire",
                3,
            ),
            (
                "I help organise an information session with the city or an association",
                "J'aide à organiser une séance d'information avec la ville ou une association",
                4,
            ),
        ],
        "explanation": (
            "Turnout among foreign residents is often low simply because people do not know their rights. Information from a trusted person works best.",
            "La participation des résidents étrangers est souvent faible simplement parce qu'ils ignorent leurs droits. Une information venant d'une personne de confiance fonctionne le mieux.",
        ),
        "idea": (
            "Share your city's page on voter registration in the languages spoken around you.",
            "Partagez la page de votre ville sur l'inscription électorale dans les langues parlées autour de vous.",
        ),
    },
    {
        "code": "action-joke-at-dinner",
        "short": True,
        "prompt": (
            "At a dinner, a friend tells a joke that ridicules a minority. What do you do?",
            "Lors d'un dîner, un ami raconte une blague qui ridiculise une minorité. Que faites-vous ?",
        ),
        "options": [
            ("I laugh with the others", "Je ris avec les autres", 0),
            ("I do not laugh, but I say nothing", "Je ne ris pas, mais je ne dis rien", 1),
            ("I change the subject", "Je change de sujet", 2),
            (
                "I calmly tell my friend why the joke can hurt",
                "J'explique calmement à mon ami pourquoi la blague peut blesser",
                4,
            ),
        ],
        "explanation": (
            "Silence is often taken as approval. A calm remark between friends is rarely a drama, and it shows that such jokes are not shared by everyone.",
            "Le silence passe souvent pour une approbation. Une remarque calme entre amis est rarement un drame, et montre que ces blagues ne font pas l'unanimité.",
        ),
        "idea": (
            "Prepare one short, friendly sentence you could say the next time it happens.",
            "Préparez une phrase courte et aimable à dire la prochaine fois que cela arrive.",
        ),
    },
    {
        "code": "action-intercultural-council",
        "short": False,
        "prompt": (
            "The city invites residents to join its intercultural council. What do you do?",
            "La ville invite les habitants à rejoindre son conseil interculturel. Que faites-vous ?",
        ),
        "options": [
            ("I ignore the invitation", "J'ignore l'invitation", 0),
            ("I read about it", "Je me renseigne", 1),
            ("I go to an open meeting", "Je participe à une réunion ouverte", 3),
            (
                "I apply, and pass the invitation on to people who are rarely heard",
                "Je pose ma candidature et transmets l'invitation à des personnes que l'on entend rarement",
                4,
            ),
        ],
        "explanation": (
            "Intercultural councils advise the city on policies. They work best when their members come from many backgrounds, including newcomers.",
            "Les conseils interculturels conseillent la ville sur ses politiques. Ils fonctionnent au mieux quand leurs membres viennent d'horizons variés, y compris des nouveaux venus.",
        ),
        "idea": (
            "Attend one public meeting of your city's intercultural or residents' council.",
            "Assistez à une séance publique du conseil interculturel ou du conseil des habitants de votre ville.",
        ),
    },
]
