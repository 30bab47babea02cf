"""Wires the toolkit into the admin: its screens in the framework's "Tools" menu, and the bulk
approval and rejection of the rumour reports queue."""

from wagtail import hooks

from antirumours.bulk_actions import ApproveReportsBulkAction, RejectReportsBulkAction
from antirumours.viewsets import StrategyAdminViewSet, register_scoped_snippets
from tools.viewsets import tools_group

register_scoped_snippets(tools_group)
strategy_admin_viewset = StrategyAdminViewSet()
tools_group.add_viewset(strategy_admin_viewset)


@hooks.register("register_admin_viewset")
def register_strategy_admin_viewset():
    return strategy_admin_viewset


hooks.register("register_bulk_action", ApproveReportsBulkAction)
hooks.register("register_bulk_action", RejectReportsBulkAction)
