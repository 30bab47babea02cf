"""The city's network: public organisations, trainings and the number of agents trained."""

from antirumours.content import network_for
from antirumours.models import Certificate
from antirumours.models.common import of_city
from antirumours.views.common import allow_methods, render_screen

__all__ = ["network"]


@allow_methods("GET", "HEAD")
def network(request, strategy, mode):
    organisations, trainings, trained = network_for(strategy.city)
    certified = of_city(Certificate.objects.all(), strategy.city).count()
    context = {
        "organisations": organisations,
        "trainings": trainings,
        "agents_trained": trained,
        "agents_certified": certified,
    }
    return render_screen(request, strategy, mode, "antirumours/network.html", context)
