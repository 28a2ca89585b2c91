from django import forms

from anderebril.accounts.models import User
from anderebril.core.forms import StyledFormMixin


class ProfileForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = User
        fields = ("first_name", "last_name")
