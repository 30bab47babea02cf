"""Demo publications library: reports, policy briefs, thematic papers and manuals.

Titles and years come from the publication lists in the seed documents (2016-2019); the
summaries are written for this demo. Available languages are illustrative.
"""

LIBRARY = {
    "slug": "publications",
    "title": "Publications",
    "intro": (
        "<p>Policy briefs, thematic papers, reports and manuals of the Intercultural Cities "
        "programme, to read and download.</p>"
    ),
}
LIBRARY_FR = {
    "Publications": "Publications",
    LIBRARY["intro"][3:-4]: (
        "Notes d’orientation, documents thématiques, rapports et manuels du programme des "
        "Cités interculturelles, à lire et à télécharger."
    ),
}

# slug, type, year, languages, English title, French title, English summary, French summary.
PUBLICATIONS = [
    (
        "participatory-democracy-strategies",
        "policy-brief",
        2017,
        ["en"],
        "Participatory and deliberative democracy strategies for the intercultural city",
        "Stratégies de démocratie participative et délibérative pour la cité interculturelle",
        "How cities can open decisions to every resident, whatever their nationality.",
        "Comment les villes peuvent ouvrir leurs décisions à tous les habitants, quelle que "
        "soit leur nationalité.",
    ),
    (
        "refugee-policies",
        "policy-brief",
        2017,
        ["en", "fr"],
        "Refugee policies for the intercultural city",
        "Politiques d’accueil des réfugiés pour la cité interculturelle",
        "Welcoming refugees as future neighbours: housing, language, work and contact.",
        "Accueillir les réfugiés comme de futurs voisins : logement, langue, travail et "
        "rencontres.",
    ),
    (
        "migrant-enterprise-policies",
        "policy-brief",
        2017,
        ["en"],
        "Migrant-enterprise policies for the intercultural city",
        "Politiques en faveur de l’entrepreneuriat migrant pour la cité interculturelle",
        "Why supporting migrant entrepreneurs pays off for the whole local economy.",
        "Pourquoi soutenir les entrepreneurs migrants profite à toute l’économie locale.",
    ),
    (
        "oslo-human-rights-seminar-report",
        "report",
        2017,
        ["en"],
        "Human rights in the intercultural city: Oslo thematic seminar report",
        "Les droits humains dans la cité interculturelle : rapport du séminaire d’Oslo",
        "Findings of the June 2017 seminar in Oslo: intercultural integration and human rights "
        "reinforce each other.",
        "Conclusions du séminaire d’Oslo de juin 2017 : intégration interculturelle et droits "
        "humains se renforcent mutuellement.",
    ),
    (
        "lyon-study-visit-report",
        "report",
        2017,
        ["en", "fr"],
        "Preventing radicalisation through intercultural policies: Lyon study visit report",
        "Prévenir la radicalisation par les politiques interculturelles : rapport de la visite "
        "d’étude à Lyon",
        "What cities learned in Lyon in October 2017 about long-term, cross-party prevention.",
        "Ce que les villes ont appris à Lyon en octobre 2017 sur une prévention de long terme, "
        "partagée au-delà des clivages politiques.",
    ),
    (
        "equality-diversity-inclusion-agendas",
        "thematic-paper",
        2017,
        ["en"],
        "Bridging the equality, diversity and inclusion agendas",
        "Rapprocher les politiques d’égalité, de diversité et d’inclusion",
        "A background paper on joining up work strands that cities often run separately.",
        "Un document de réflexion pour relier des politiques que les villes mènent souvent "
        "séparément.",
    ),
    (
        "migrant-participation-bodies",
        "thematic-paper",
        2017,
        ["en"],
        "Migrant representation and participation bodies in the intercultural city",
        "Instances de représentation et de participation des migrants dans la cité interculturelle",
        "Key principles for councils that give residents of migrant background a voice.",
        "Principes clés pour les conseils qui donnent la parole aux habitants issus de "
        "l’immigration.",
    ),
    (
        "anti-rumour-manual",
        "manual",
        2017,
        ["en", "es"],
        "Anti-rumour manual",
        "Manuel anti-rumeurs",
        "The standard method for city anti-rumour strategies, with an assessment guide.",
        "La méthode de référence des stratégies anti-rumeurs des villes, avec un guide "
        "d’évaluation.",
    ),
    (
        "intercultural-community-policing-manual",
        "manual",
        2019,
        ["en"],
        "Manual for intercultural community policing",
        "Manuel de police de proximité interculturelle",
        "How police services can build trust with every community they serve.",
        "Comment les services de police peuvent gagner la confiance de toutes les "
        "communautés qu’ils servent.",
    ),
    (
        "rijeka-coordinators-conclusions",
        "report",
        2018,
        ["en"],
        "Meeting of coordinators in Rijeka: conclusions",
        "Réunion des coordinateurs à Rijeka : conclusions",
        "The network’s priorities for 2019, agreed by city coordinators in September 2018.",
        "Les priorités du réseau pour 2019, décidées par les coordinateurs en septembre 2018.",
    ),
]
