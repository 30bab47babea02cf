"""The Index's infographics, drawn with the framework's SVG charts (`tools.charts`)."""

from django.utils.translation import gettext as _

from tools.charts import BarRow, TrendSeries, bar_chart, profile_chart, trend_chart

__all__ = ["results_charts"]


def results_charts(results):
    """{name: chart} for one city's `CityResults`: the overall score, each area against the
    network average and against similar cities, the optional areas, and the trend."""
    charts = {}
    rows = [BarRow(_("This city"), results.overall, emphasis=True)]
    if results.network_shown:
        rows.append(BarRow(_("Network average"), results.network_overall))
    if results.group_shown:
        rows.append(BarRow(_("Average of similar cities"), results.similar_overall))
    charts["overall"] = bar_chart(rows, title=_("Overall score"), chart_id="index-overall")

    core = results.core_areas
    if results.network_shown:
        charts["areas_network"] = profile_chart(
            [(area.name, area.score) for area in core],
            averages={area.name: area.network for area in core},
            title=_("Each area against the network average"),
            reference_label=_("Network average"),
            chart_id="index-areas-network",
            table=True,
            first_column=_("Area"),
        )
    else:
        charts["areas_network"] = profile_chart(
            [(area.name, area.score) for area in core],
            title=_("Score of each area"),
            chart_id="index-areas",
            table=True,
            first_column=_("Area"),
        )
    if results.group_shown:
        charts["areas_similar"] = profile_chart(
            [(area.name, area.score) for area in core],
            averages={area.name: area.similar for area in core},
            title=_("Each area against similar cities"),
            reference_label=_("Average of similar cities"),
            chart_id="index-areas-similar",
            table=True,
            first_column=_("Area"),
        )
    optional = results.optional_areas
    if optional:
        charts["optional"] = profile_chart(
            [(area.name, area.score) for area in optional],
            averages={area.name: area.network for area in optional}
            if results.network_shown
            else None,
            title=_("Optional areas (not in the overall score)"),
            reference_label=_("Network average"),
            chart_id="index-optional",
            table=True,
            first_column=_("Area"),
        )
    if len(results.trend) > 1:
        charts["trend"] = trend_chart(
            [year for year, _shared, _own in results.trend],
            [TrendSeries(_("Overall score"), [shared for _year, shared, _own in results.trend])],
            title=_("Trend across rounds, on the indicators every round shares"),
            max_value=100,
            chart_id="index-trend",
            show_values=True,
            table=True,
            first_column=_("Year"),
        )
    return charts
