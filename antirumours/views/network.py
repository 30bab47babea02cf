"""The city's network: public organisations, trainings and the number of agents trained."""

from antirumours.content import network_for
from antirumours.models import Certificate
from antirumours.models.common import of_city
from antirumours.views.common import render_screen

__all__ = ["network"]


def network(request, customisation, mode):
    organisations, trainings, trained = network_for(customisation.city)
    certified = of_city(Certificate.objects.all(), customisation.city).count()
    context = {
        "organisations": organisations,
        "trainings": trainings,
        "agents_trained": trained,
        "agents_certified": certified,
    }
    return render_screen(request, customisation, mode, "antirumours/network.html", context)
