"""The evaluation guide's criteria, grouped by the elements of the anti-rumour method.

Written for this toolkit from the method's steps (commitment, diagnosis, arguments, network,
agents, campaigns, evaluation and sustainability). Each criterion is rated on the same four
levels; its evidence hint says what supports a rating and its recommendation what to do next.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

__all__ = [
    "CRITERIA",
    "ELEMENTS",
    "LEVELS",
    "MAX_LEVEL",
    "Criterion",
    "Element",
    "criterion",
    "element",
]

#: The levels every criterion is rated on.
LEVELS = [
    (0, _("Not in place")),
    (1, _("Started")),
    (2, _("In place")),
    (3, _("In place and reviewed")),
]
MAX_LEVEL = 3


@dataclass(frozen=True)
class Criterion:
    code: str
    text: str
    evidence_hint: str
    recommendation: str


@dataclass(frozen=True)
class Element:
    """An element of the method; a city meets it when its score reaches `threshold` (0-100)."""

    code: str
    name: str
    criteria: tuple
    threshold: int = 60


ELEMENTS = (
    Element(
        "commitment",
        _("Political commitment"),
        (
            Criterion(
                "commitment-mandate",
                _("The mayor or the council has adopted the strategy publicly and funds it."),
                _("A council decision, a budget line, public statements."),
                _(
                    "Ask the council to adopt the strategy formally, with a budget for at least "
                    "two years."
                ),
            ),
            Criterion(
                "commitment-team",
                _("A named team coordinates the strategy across departments."),
                _("A team mandate, meetings with other departments, minutes."),
                _("Name a coordinator and a cross-department group that meets every quarter."),
            ),
        ),
    ),
    Element(
        "diagnosis",
        _("Diagnosis of rumours"),
        (
            Criterion(
                "diagnosis-sources",
                _("The main rumours were identified with residents, organisations and data."),
                _("A survey, focus groups, reports from residents and agents."),
                _(
                    "Run a short survey and two focus groups, and open the anonymous report "
                    "form to residents."
                ),
            ),
            Criterion(
                "diagnosis-detail",
                _(
                    "The diagnosis records whom each rumour targets, where it spreads and how "
                    "widespread it is, and it is updated."
                ),
                _("The rumour list with its channels and prevalence, dated updates."),
                _(
                    "Complete each rumour's targets, channels and prevalence, and review the list "
                    "every year."
                ),
            ),
        ),
    ),
    Element(
        "arguments",
        _("Counter-arguments"),
        (
            Criterion(
                "arguments-facts",
                _("Each main rumour is answered with sourced and dated figures."),
                _("Rumour cards whose facts name their source and date."),
                _("Add at least two sourced, dated facts to every published rumour card."),
            ),
            Criterion(
                "arguments-emotions",
                _(
                    "The answers also speak to emotions, with stories, empathy and questions, "
                    "and never blame."
                ),
                _("Stories, empathetic arguments and questions on the cards."),
                _("Give every card a short local story and a question that invites reflection."),
            ),
        ),
    ),
    Element(
        "network",
        _("Network of local actors"),
        (
            Criterion(
                "network-breadth",
                _(
                    "Civil society, public services and businesses take part, each with a clear "
                    "role."
                ),
                _("The list of organisations and what each one brings."),
                _(
                    "Invite organisations from sectors still missing, such as business, sport "
                    "or the media, and agree on each one's role."
                ),
            ),
            Criterion(
                "network-governance",
                _("The network meets regularly and shares decisions with the city."),
                _("Meeting calendar, minutes, joint decisions."),
                _(
                    "Hold network meetings at least twice a year and decide the campaign plan "
                    "together."
                ),
            ),
        ),
    ),
    Element(
        "agents",
        _("Anti-rumour agents"),
        (
            Criterion(
                "agents-training",
                _("Agents are trained in the method, the facts and empathetic communication."),
                _("Training sessions with their modules, course certificates."),
                _(
                    "Plan a training with all the modules and point new agents to the online "
                    "course."
                ),
            ),
            Criterion(
                "agents-activity",
                _("Trained agents are active and supported, and their number is followed."),
                _("Number of agents, their activities, follow-up meetings."),
                _(
                    "Keep in touch with trained agents: a yearly meeting, material to use and a "
                    "count of their activities."
                ),
            ),
        ),
    ),
    Element(
        "campaigns",
        _("Awareness campaigns"),
        (
            Criterion(
                "campaigns-audience",
                _("Campaigns address the ambivalent majority with positive and creative messages."),
                _("Campaign audiences and key messages."),
                _(
                    "Aim the next campaign at people who are unsure rather than at convinced "
                    "opponents, with a positive message."
                ),
            ),
            Criterion(
                "campaigns-planning",
                _(
                    "Each campaign sets its objectives, audience, channels and indicators before "
                    "it starts."
                ),
                _("Campaign plans with their indicators."),
                _("Write a plan for each campaign with two or three measurable indicators."),
            ),
        ),
    ),
    Element(
        "evaluation",
        _("Evaluation and sustainability"),
        (
            Criterion(
                "evaluation-measure",
                _("Results are measured before and after each campaign."),
                _("Indicator values before and after, survey results."),
                _("Measure each campaign's indicators before it starts and again after it ends."),
            ),
            Criterion(
                "evaluation-learning",
                _("What the evaluation shows changes the next plans."),
                _("An evaluation report and the changes made after it."),
                _("Discuss each evaluation with the network and record what will change."),
            ),
            Criterion(
                "evaluation-sustainability",
                _(
                    "The strategy has resources beyond one term of office and does not depend on "
                    "one person."
                ),
                _("Multi-year budget, partners who share the work, written procedures."),
                _(
                    "Secure a multi-year budget and share the strategy's tasks among several "
                    "people and partners."
                ),
            ),
        ),
    ),
)

CRITERIA = tuple(item for each in ELEMENTS for item in each.criteria)
_ELEMENTS = {each.code: each for each in ELEMENTS}
_CRITERIA = {item.code: item for item in CRITERIA}


def element(code):
    """The element with this code (KeyError otherwise)."""
    return _ELEMENTS[code]


def criterion(code):
    """The criterion with this code (KeyError otherwise)."""
    return _CRITERIA[code]
