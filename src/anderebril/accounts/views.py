from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.translation import gettext as _

from anderebril.accounts.forms import ProfileForm
from anderebril.core.forms import style_form


class StyledFormViewMixin:
    def get_form(self, form_class: Any = None) -> Any:
        return style_form(super().get_form(form_class))  # type: ignore[misc]


class LoginView(StyledFormViewMixin, auth_views.LoginView):
    template_name = "accounts/login.html"
    redirect_authenticated_user = True


class PasswordResetView(StyledFormViewMixin, auth_views.PasswordResetView):
    template_name = "accounts/password_reset_form.html"
    email_template_name = "accounts/password_reset_email.txt"
    subject_template_name = "accounts/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")


class PasswordResetConfirmView(StyledFormViewMixin, auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")


class PasswordChangeView(StyledFormViewMixin, auth_views.PasswordChangeView):
    template_name = "accounts/password_change_form.html"
    success_url = reverse_lazy("accounts:account")

    def form_valid(self, form: Any) -> HttpResponse:
        messages.success(self.request, _("Je wachtwoord is gewijzigd."))
        return super().form_valid(form)


@login_required
def account(request: HttpRequest) -> HttpResponse:
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Je gegevens zijn opgeslagen."))
        return redirect("accounts:account")
    memberships = request.user.memberships.select_related("organisation")  # type: ignore[union-attr]
    context = {
        "form": form,
        "memberships": memberships,
        "manages_organisation": request.user.is_platform_admin  # type: ignore[union-attr]
        or memberships.filter(is_manager=True).exists(),
    }
    return render(request, "accounts/account.html", context)
