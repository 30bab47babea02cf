"""The question bank's admin form: coordinators write only their own cities' questions."""

from tools.permissions import user_sees_all_cities
from tools.viewsets import CityScopedForm

__all__ = ["QuestionForm"]


class QuestionForm(CityScopedForm):
    """The framework's city-scoped form, plus: a coordinator's question always belongs to one of
    their cities. The shared bank (no city) and the default short test belong to editors: the
    short-test fields are left out of a coordinator's form (`Question.panels`), so a posted
    value is ignored whatever the browser sends."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is not None and not user_sees_all_cities(self.for_user):
            if "city" in self.fields:
                self.fields["city"].required = True
                self.fields["city"].empty_label = None
