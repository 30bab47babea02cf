"""The demo practices, in English, summarised in our own words from the meeting reports in
`../shared/seeds/` (2016 to 2019) and the network's later work plan.

Each entry: slug, city slug, start year, end year (None: ongoing), topic slugs, title, summary,
purpose, rationale, process, results, contact organisation.
"""

PRACTICES = [
    {
        "slug": "lisbon-heritage-mapping",
        "city": "lisbon",
        "years": (2017, 2019),
        "topics": ["culture-heritage", "participation"],
        "title": "Mapping a neighbourhood's shared heritage",
        "summary": (
            "Residents, schools, associations and city staff in Lisbon mapped together the "
            "heritage of one neighbourhood, treating every community's memories as part of it."
        ),
        "purpose": (
            "To use cultural heritage as a meeting ground where people of different origins "
            "discover what their neighbourhood means to each of them."
        ),
        "rationale": (
            "A city's identity can welcome newcomers more easily than a national one. When the "
            "heritage of a place is read through many eyes, more residents feel they belong."
        ),
        "process": (
            "A local team was trained in 2017 within the STEPS pilot of the Council of Europe "
            "and the European Union. It agreed on what heritage means for the area, then "
            "listed its assets with the asset-based community development method rather than "
            "starting from its problems."
        ),
        "results": (
            "The method was written up so that other cities can reuse it; the network now "
            "presents it in its academies and in several languages."
        ),
        "contact": "Lisbon City Council",
    },
    {
        "slug": "rijeka-heritage-mapping",
        "city": "rijeka",
        "years": (2017, 2019),
        "topics": ["culture-heritage", "participation"],
        "title": "Heritage walks drawn by the people who live there",
        "summary": (
            "Rijeka was the second pilot city of participatory heritage mapping: a mixed team "
            "of citizens recorded the places and stories that matter to a diverse district."
        ),
        "purpose": (
            "To strengthen trust between communities by recognising the heritage each of them "
            "brought to the port city."
        ),
        "rationale": (
            "Rijeka has long been shaped by arrivals and departures. Mapping that history with "
            "residents turns diversity into a shared story instead of a dividing line."
        ),
        "process": (
            "Volunteers from associations, schools, the university and cultural institutions "
            "were trained alongside city officials, and followed principles of participatory "
            "design inspired by the Faro Convention on the value of heritage for society."
        ),
        "results": (
            "The experience fed the network's mapping methodology; Rijeka went on to host the "
            "coordinators' meeting of 2018."
        ),
        "contact": "City of Rijeka",
    },
    {
        "slug": "lisbon-marvila-regeneration",
        "city": "lisbon",
        "years": (2018, None),
        "topics": ["housing", "public-space", "participation"],
        "title": "Regenerating Marvila without pushing residents out",
        "summary": (
            "In Marvila, urban designers work with residents to renew public spaces so that "
            "the neighbourhood improves for the people already living there."
        ),
        "purpose": (
            "To make urban renewal a tool for mixing and interaction rather than a cause of "
            "displacement."
        ),
        "rationale": (
            "Gentrification often replaces lower-income households instead of bringing "
            "groups together. Involving residents from the start changes who benefits."
        ),
        "process": (
            "An architects' collective co-designs spaces with the inhabitants and shares power "
            "over decisions. Lisbon offered the network a study visit on the subject."
        ),
        "results": (
            "The work was presented to the network's coordinators in 2018 and prompted a wider "
            "search for inclusive regeneration practices among member cities."
        ),
        "contact": "Atelier MOB, Lisbon",
    },
    {
        "slug": "lisbon-diversity-charter",
        "city": "lisbon",
        "years": (2016, None),
        "topics": ["employment-business", "human-rights"],
        "title": "Signing the Portuguese Diversity Charter",
        "summary": (
            "Lisbon is one of the municipalities that signed the Portuguese Diversity Charter, "
            "committing its own services, as an employer, to equal opportunities."
        ),
        "purpose": ("To show that a city can lead by example in managing a diverse workforce."),
        "rationale": (
            "Signing the charter puts the city's human resources office in touch with the "
            "intercultural approach, beyond the department that usually handles integration."
        ),
        "process": (
            "The charter was written by some thirty organisations in positive, encouraging "
            "language. Signatories build their own expertise and can use a toolkit on "
            "intercultural competence."
        ),
        "results": (
            "More than two hundred organisations had signed by 2018, among them several member "
            "cities of the Portuguese network."
        ),
        "contact": "Portuguese network of intercultural cities",
    },
    {
        "slug": "oslo-human-rights-seminar",
        "city": "oslo",
        "years": (2017, 2017),
        "topics": ["human-rights"],
        "title": "A seminar linking human rights and intercultural policy",
        "summary": (
            "Oslo hosted the network's thematic seminar on human rights in the intercultural "
            "city, with examples from cities and civil-society movements."
        ),
        "purpose": (
            "To help cities build alliances with human-rights advocates and use rights as a "
            "basis for integration policy."
        ),
        "rationale": (
            "Equality, non-discrimination and participation underpin both human rights and the "
            "intercultural model, so each can strengthen the other at local level."
        ),
        "process": (
            "For two days in June, participants compared practices on civil rights, democratic "
            "participation and the rights of LGBTI people."
        ),
        "results": (
            "The seminar concluded that the two approaches are complementary; its report is "
            "one of the network's thematic papers."
        ),
        "contact": "City of Oslo",
    },
    {
        "slug": "oslo-intercultural-strategy",
        "city": "oslo",
        "years": (2008, None),
        "topics": ["participation", "human-rights"],
        "title": "An intercultural strategy since the pilot years",
        "summary": (
            "Oslo took part in the network from its first pilot and keeps reviewing its "
            "services through an intercultural lens."
        ),
        "purpose": (
            "To treat the diversity of the city's residents as an asset in every policy area."
        ),
        "rationale": (
            "The programme began in 2008 with a small group of pilot cities; those that stayed "
            "show how the approach matures over time."
        ),
        "process": (
            "The city assesses its policies with the Intercultural Cities Index and shares its "
            "experience in the Norwegian national network."
        ),
        "results": ("Oslo regularly offers to host network events and mentors newer members."),
        "contact": "City of Oslo",
    },
    {
        "slug": "bergen-refugee-day",
        "city": "bergen",
        "years": (2017, 2018),
        "topics": ["refugees-migrants", "media-communication"],
        "title": "Mayors speaking up on World Refugee Day",
        "summary": (
            "Bergen's mayor joined other mayors of the network in public statements welcoming "
            "refugees, and spoke about local integration at the Parliamentary Assembly."
        ),
        "purpose": (
            "To give cities a visible voice in the national and European debate on refugees."
        ),
        "rationale": (
            "Cities receive newcomers first; their experience of what works is a strong "
            "argument for inclusive integration."
        ),
        "process": (
            "The network organised joint campaigns on international days, and a side event at "
            "the Parliamentary Assembly of the Council of Europe in June 2017."
        ),
        "results": (
            "Coordinators were encouraged to follow the example of cities whose mayors signed "
            "the joint article for the International Refugee Day."
        ),
        "contact": "City of Bergen",
    },
    {
        "slug": "limassol-community-policing",
        "city": "limassol",
        "years": (2018, 2019),
        "topics": ["public-space", "education"],
        "title": "Intercultural training for the local police",
        "summary": (
            "At Limassol's request, the network organised training in intercultural community "
            "policing for its police officers."
        ),
        "purpose": (
            "To build trust between the police and all residents, and to prevent crime by "
            "involving citizens in the safety of public space."
        ),
        "rationale": (
            "Community policing links safety with care and relies on evidence rather than "
            "suspicion, which matters in a diverse city."
        ),
        "process": (
            "The training drew on the network's manual on intercultural community policing "
            "and on a specialised unit visited by other member cities."
        ),
        "results": (
            "The manual was published in 2019, with translations into several languages under way."
        ),
        "contact": "Limassol Municipality",
    },
    {
        "slug": "limassol-shared-values-conference",
        "city": "limassol",
        "years": (2017, 2017),
        "topics": ["human-rights", "participation"],
        "title": "Building diverse communities on shared values",
        "summary": (
            "Limassol hosted a conference on the added value of intercultural integration for "
            "human rights, democracy and inclusion."
        ),
        "purpose": (
            "To discuss how a shared, plural local identity can hold a diverse city together."
        ),
        "rationale": (
            "Urban citizenship can give non-nationals equal access to rights and create a new "
            "kind of solidarity across divides."
        ),
        "process": (
            "Mayors of the network met in a round table, and workshops covered citizen "
            "participation, relations between faiths and local partnerships."
        ),
        "results": (
            "Participants called for human rights, equality and diversity work to be brought "
            "together in one urban policy."
        ),
        "contact": "Limassol Municipality",
    },
    {
        "slug": "montreal-anti-rumour-strategy",
        "city": "montreal",
        "years": (2017, None),
        "topics": ["anti-rumours", "media-communication"],
        "title": "Launching a city-wide anti-rumour strategy",
        "summary": (
            "Montreal trained a team from several municipal departments and partner "
            "organisations to run an anti-rumour strategy on the network's method."
        ),
        "purpose": (
            "To counter the prejudices about diversity that feed discrimination, with facts "
            "and with empathy."
        ),
        "rationale": (
            "Rumours about newcomers are often local and specific; they are best answered by "
            "trusted local people."
        ),
        "process": (
            "A training of trainers in October 2017 prepared municipal staff and social actors "
            "to identify rumours, gather evidence and train anti-rumour agents."
        ),
        "results": (
            "The strategy follows the network's standard anti-rumour manual, published at the "
            "end of 2017."
        ),
        "contact": "Ville de Montréal",
    },
    {
        "slug": "montreal-undocumented-residents",
        "city": "montreal",
        "years": (2020, None),
        "topics": ["refugees-migrants", "human-rights"],
        "title": "Access to services for undocumented residents",
        "summary": (
            "Montreal leads a thematic group of the network on undocumented migrants and on "
            "strategic litigation to protect their rights."
        ),
        "purpose": (
            "To make sure that every resident can reach basic city services, whatever their status."
        ),
        "rationale": (
            "People without papers are residents too; excluding them from services harms the "
            "whole community."
        ),
        "process": (
            "Cities exchange legal strategies and service practices in a cluster created in "
            "the network's work plan for 2020 to 2022."
        ),
        "results": (
            "The cluster is one of several through which cities now work together with a "
            "lighter involvement of the Strasbourg team."
        ),
        "contact": "Ville de Montréal",
    },
    {
        "slug": "bilbao-anti-rumour-network",
        "city": "bilbao",
        "years": (2017, None),
        "topics": ["anti-rumours", "education"],
        "title": "Training the trainers of the Basque anti-rumour network",
        "summary": (
            "In Bilbao, the network trained the people who train anti-rumour agents across ten "
            "Basque municipalities."
        ),
        "purpose": (
            "To give the Basque anti-rumour network more skills to spread the method in its "
            "territory."
        ),
        "rationale": (
            "The ZAS network was already established; strengthening its trainers multiplies "
            "the effect of every session."
        ),
        "process": (
            "A session in December 2017 brought together NGOs, social actors, the Basque "
            "government and the University of the Basque Country."
        ),
        "results": ("The trainers now prepare new anti-rumour agents in the participating towns."),
        "contact": "Bilbao City Council",
    },
    {
        "slug": "bilbao-storycities",
        "city": "bilbao",
        "years": (2017, 2017),
        "topics": ["media-communication"],
        "title": "Storycities: the people behind Bilbao's practices",
        "summary": (
            "Bilbao filmed and recorded residents who put its intercultural policies into "
            "practice, as one of six Storycities."
        ),
        "purpose": (
            "To make good practices visible by telling them through the people who carry them."
        ),
        "rationale": ("Stories reach people that reports do not, especially on social media."),
        "process": (
            "Videos, audio, photos and written stories were produced with the network and "
            "shared online."
        ),
        "results": (
            "Participating cities said the project strengthened residents' sense of belonging "
            "to a common project."
        ),
        "contact": "Bilbao City Council",
    },
    {
        "slug": "cascais-storycities",
        "city": "cascais",
        "years": (2017, 2017),
        "topics": ["media-communication", "participation"],
        "title": "Cascais tells its diversity through residents' stories",
        "summary": (
            "Cascais collected the stories of residents and associations that help make "
            "diversity an advantage for everyone in the town."
        ),
        "purpose": ("To celebrate the people who work with the municipality on inclusion."),
        "rationale": ("Recognising residents' contributions encourages others to take part."),
        "process": (
            "Short films and portraits were published on the town's and the network's "
            "channels, the same year as an expert visit reviewed its strategy."
        ),
        "results": (
            "The videos became a tool to explain the diversity advantage in public debates."
        ),
        "contact": "Cascais Municipality",
    },
    {
        "slug": "erlangen-storycities",
        "city": "erlangen",
        "years": (2017, 2017),
        "topics": ["media-communication", "culture-heritage"],
        "title": "Erlangen's intercultural stories on film",
        "summary": (
            "Erlangen took part in Storycities, portraying residents and groups engaged in its "
            "intercultural work."
        ),
        "purpose": ("To give a face and a voice to the city's intercultural policy."),
        "rationale": ("A policy people can see and hear about is a policy they can support."),
        "process": (
            "The city worked with the network's communication team to film and edit the stories."
        ),
        "results": ("The material is used in the city's own communication about diversity."),
        "contact": "City of Erlangen",
    },
    {
        "slug": "geneva-anti-discrimination",
        "city": "geneva",
        "years": (2018, 2019),
        "topics": ["human-rights"],
        "title": "Fighting sexism, racism and homophobia together",
        "summary": (
            "Geneva tackles discrimination as a whole, looking at how sexism, racism and "
            "homophobia reinforce each other; the network organised a study visit there."
        ),
        "purpose": (
            "To prevent discrimination in a comprehensive way rather than one ground at a time."
        ),
        "rationale": (
            "People often face several kinds of discrimination at once; separate services "
            "miss what links them."
        ),
        "process": (
            "Geneva showed local and international practices to visiting cities, and a report "
            "gathered guidance for the network."
        ),
        "results": (
            "The visit fed the network's work on a preventive and inclusive approach to "
            "anti-discrimination."
        ),
        "contact": "Ville de Genève",
    },
    {
        "slug": "reggio-emilia-national-policy-lab",
        "city": "reggio-emilia",
        "years": (2017, 2018),
        "topics": ["participation", "refugees-migrants"],
        "title": "Talking with national lawmakers about integration",
        "summary": (
            "With the Italian network Città del Dialogo, Reggio Emilia took part in the first "
            "national policy lab, where cities met members of parliament and ministries."
        ),
        "purpose": ("To bring what cities learn about integration into national law and strategy."),
        "rationale": (
            "Integration works better when local and national levels pull in the same direction."
        ),
        "process": (
            "Cities discussed access to citizenship, a national plan for refugees and the "
            "recognition of places of worship."
        ),
        "results": (
            "Participants agreed on priorities for legislation and planned a second meeting."
        ),
        "contact": "Comune di Reggio Emilia",
    },
    {
        "slug": "reggio-emilia-intercultural-city",
        "city": "reggio-emilia",
        "years": (2008, None),
        "topics": ["education", "culture-heritage"],
        "title": "A pioneer of the intercultural city approach",
        "summary": (
            "Reggio Emilia was among the first pilot cities in 2008 and still shares its "
            "experience, including through Storycities in 2017."
        ),
        "purpose": ("To make intercultural interaction part of the everyday life of the city."),
        "rationale": ("Long-term commitment shows whether the intercultural model changes a city."),
        "process": (
            "The city reviews its policies regularly and works with the Italian network of "
            "intercultural cities."
        ),
        "results": ("Its practices are a reference for newer members of the Italian network."),
        "contact": "Comune di Reggio Emilia",
    },
    {
        "slug": "turin-hate-speech-event",
        "city": "turin",
        "years": (2019, 2019),
        "topics": ["human-rights", "media-communication"],
        "title": "Is interculturalism the answer to hate speech?",
        "summary": (
            "Turin hosted a thematic event on fighting discrimination and hate speech, which "
            "ended with recommendations for member cities."
        ),
        "purpose": (
            "To go beyond legal anti-discrimination tools and add intercultural strategies."
        ),
        "rationale": (
            "Hate speech spreads where people do not meet; interaction and cooperation "
            "between departments make prevention possible."
        ),
        "process": (
            "In June 2019 participants worked on six topics, from the law to communication."
        ),
        "results": ("A report with recommendations was published in English and French."),
        "contact": "Città di Torino",
    },
    {
        "slug": "lublin-impact-indicators",
        "city": "lublin",
        "years": (2019, None),
        "topics": ["participation"],
        "title": "Measuring what interaction changes",
        "summary": (
            "Lublin hosted the first working group on indicators that could prove the impact "
            "of intercultural policies on community cohesion."
        ),
        "purpose": (
            "To measure which contact activities best promote interaction between residents."
        ),
        "rationale": ("Cities need evidence to defend their policies and to choose what to fund."),
        "process": (
            "In June 2019 the group looked for data sources and for a way to follow the "
            "climate of cohesion continuously, like a barometer."
        ),
        "results": ("Work on smart indicators became part of the network's plan for 2020 to 2022."),
        "contact": "City of Lublin",
    },
    {
        "slug": "odessa-coordinators-meeting",
        "city": "odessa",
        "years": (2017, 2019),
        "topics": ["participation", "education"],
        "title": "From a first index to hosting the network",
        "summary": (
            "Odessa completed the Intercultural Cities Index in 2017, received an expert "
            "visit, and hosted the coordinators' meeting of 2019."
        ),
        "purpose": ("To assess the city's policies and learn from the wider network."),
        "rationale": ("An outside view helps a city see its strengths and what is missing."),
        "process": (
            "Experts checked the index results on site; the city also works within the "
            "Ukrainian national network."
        ),
        "results": (
            "In 2019 the meeting in Odessa used systemic design to rethink how the network works."
        ),
        "contact": "Odessa City Council",
    },
    {
        "slug": "reykjavik-integration-academy",
        "city": "reykjavik",
        "years": (2019, 2019),
        "topics": ["education", "refugees-migrants"],
        "title": "An intercultural integration academy for Iceland",
        "summary": (
            "Officials from Reykjavik and other Icelandic towns followed an intensive academy "
            "on the intercultural approach, organised with UNHCR."
        ),
        "purpose": ("To give new members the basics of intercultural policy quickly."),
        "rationale": (
            "New member cities need knowledge and tools early, before they write a strategy."
        ),
        "process": (
            "An immersive course of several days in March 2019 covered competence, dilemmas, "
            "anti-rumours and communication."
        ),
        "results": (
            "The academy became a format the network offers to other countries and regions."
        ),
        "contact": "Reykjavíkurborg",
    },
    {
        "slug": "sabadell-diversity-advantage",
        "city": "sabadell",
        "years": (2017, None),
        "topics": ["employment-business", "education"],
        "title": "Recognising projects that show the diversity advantage",
        "summary": (
            "Sabadell, a member of the Spanish network RECI, hosted one of its working "
            "sessions and takes part in its effort to collect inspiring practices."
        ),
        "purpose": ("To show, with concrete projects, that diversity brings better results."),
        "rationale": (
            "The diversity advantage is still hard to communicate; awarded examples make it "
            "tangible."
        ),
        "process": (
            "RECI's Diversity Advantage Challenge rewarded projects in policing, education, "
            "business and culture."
        ),
        "results": ("RECI is building a library of practices other cities can copy."),
        "contact": "Ajuntament de Sabadell",
    },
    {
        "slug": "stavanger-storycities",
        "city": "stavanger",
        "years": (2017, 2017),
        "topics": ["media-communication"],
        "title": "Stavanger's residents tell the city's story",
        "summary": (
            "Stavanger was one of six Storycities, producing videos about people who help the "
            "city live its diversity."
        ),
        "purpose": ("To communicate the benefits of diversity in a personal, emotional way."),
        "rationale": ("Facts convince some people; stories reach many more."),
        "process": ("The network helped the city collect and publish the stories online."),
        "results": ("The videos proved a strong tool for the visibility of the city's work."),
        "contact": "Stavanger kommune",
    },
    {
        "slug": "montreal-intercultural-competence",
        "city": "montreal",
        "years": (2020, 2021),
        "topics": ["education"],
        "title": "Sharing how to train staff in intercultural competence",
        "summary": (
            "Montreal joined a cluster of cities and national networks that pool their "
            "experience of training municipal staff in intercultural competence."
        ),
        "purpose": ("To help city employees serve a diverse public with confidence and fairness."),
        "rationale": (
            "Front-line staff meet intercultural dilemmas every day; training gives them "
            "shared references."
        ),
        "process": (
            "The cluster works on its own, with support from the network and experts, and "
            "compares curricula and methods."
        ),
        "results": ("Materials produced by the cluster are meant for the whole membership."),
        "contact": "Ville de Montréal",
    },
]
