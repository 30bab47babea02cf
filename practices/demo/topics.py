"""The demo topics: (slug, English name, French name)."""

TOPICS = [
    ("anti-rumours", "Anti-rumours", "Anti-rumeurs"),
    ("participation", "Participation", "Participation"),
    ("education", "Education", "Éducation"),
    ("public-space", "Public space and safety", "Espace public et sécurité"),
    ("employment-business", "Employment and business", "Emploi et entreprises"),
    ("media-communication", "Media and communication", "Médias et communication"),
    ("housing", "Housing and neighbourhoods", "Logement et quartiers"),
    ("human-rights", "Human rights and equality", "Droits humains et égalité"),
    ("refugees-migrants", "Refugees and migrants", "Réfugiés et migrants"),
    ("culture-heritage", "Culture and heritage", "Culture et patrimoine"),
]
