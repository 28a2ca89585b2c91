from django.urls import path

from anderebril.genderscan.views import (
    actions,
    advice,
    dashboard,
    figures,
    reports,
    respond,
    rounds,
)

app_name = "genderscan"
urlpatterns = [
    path("", dashboard.dashboard, name="dashboard"),
    path("v/<str:token>/", respond.respond, name="respond"),
    path("v/<str:token>/bedankt/", respond.thanks, name="thanks"),
    path("<slug:slug>/", dashboard.organisation, name="organisation"),
    path("<slug:slug>/rondes/nieuw/", dashboard.round_new, name="round_new"),
    path("<slug:slug>/rondes/<int:pk>/", rounds.round_detail, name="round"),
    path("<slug:slug>/rondes/<int:pk>/sluiten/", rounds.round_close, name="round_close"),
    path("<slug:slug>/rondes/<int:pk>/rapport/", reports.report, name="report"),
    path("<slug:slug>/rondes/<int:pk>/rapport.pdf", reports.report_download, name="report_pdf"),
    path("<slug:slug>/rondes/<int:pk>/advies/", advice.advice, name="advice"),
    path(
        "<slug:slug>/rondes/<int:pk>/advies/genereren/",
        advice.advice_generate,
        name="advice_generate",
    ),
    path(
        "<slug:slug>/rondes/<int:pk>/advies/samenvatting/",
        advice.advice_summary,
        name="advice_summary",
    ),
    path(
        "<slug:slug>/rondes/<int:pk>/advies/publiceren/",
        advice.advice_publish,
        name="advice_publish",
    ),
    path(
        "<slug:slug>/rondes/<int:pk>/advies/nieuw/", advice.advice_item_edit, name="advice_item_new"
    ),
    path(
        "<slug:slug>/rondes/<int:pk>/advies/<int:item_pk>/",
        advice.advice_item_edit,
        name="advice_item",
    ),
    path(
        "<slug:slug>/rondes/<int:pk>/advies/<int:item_pk>/verwijderen/",
        advice.advice_item_delete,
        name="advice_item_delete",
    ),
    path(
        "<slug:slug>/rondes/<int:pk>/advies/<int:item_pk>/actie/",
        advice.advice_item_to_action,
        name="advice_item_action",
    ),
    path("<slug:slug>/cijfers/", figures.figures, name="figures"),
    path("<slug:slug>/cijfers/monitor/", figures.figures_prefill, name="figures_prefill"),
    path(
        "<slug:slug>/cijfers/sjabloon.<str:fmt>", figures.figures_template, name="figures_template"
    ),
    path("<slug:slug>/cijfers/<int:pk>/", figures.figures_edit, name="figures_edit"),
    path(
        "<slug:slug>/cijfers/<int:pk>/verwijderen/", figures.figures_delete, name="figures_delete"
    ),
    path("<slug:slug>/wervingsteksten/", rounds.recruitment_texts, name="texts"),
    path("<slug:slug>/plan/", actions.plan, name="plan"),
    path("<slug:slug>/plan/nieuw/", actions.action_edit, name="action_new"),
    path("<slug:slug>/plan/<int:pk>/", actions.action_edit, name="action_edit"),
    path("<slug:slug>/plan/<int:pk>/verwijderen/", actions.action_delete, name="action_delete"),
    path("<slug:slug>/plan-van-aanpak.<str:fmt>", actions.plan_download, name="plan_download"),
]
